// The LMS side of the preview page: a scorm-again run-time per launch, whose committed data is kept
// in a key-value storage (the page's localStorage) so that the next launch resumes, as in an LMS.
// Options make it as strict as real LMSs are (LmsBehaviour). No DOM here: the page passes its
// storage in, and the tests run this in Node.
import { SCORM_FUNCTIONS } from '../../src/core/scorm/api-functions';
import { Scorm12API, Scorm2004API } from 'scorm-again';

export type LmsVersion = '1.2' | '2004';

/** What the preview keeps of a learner's attempt between launches. */
export interface SavedAttempt {
  /** The CMI data of the last successful commit, as scorm-again renders it (without the "cmi" root). */
  cmi: Record<string, unknown>;
  /** Total time including every terminated session, in the version's own format. */
  totalTime: string;
}

/** One call the course made, with the LMS's answer. */
export interface LmsCall {
  at: number;
  method: string;
  element?: string;
  value?: string;
  result: string;
  error: string;
}

export interface LmsCommit {
  at: number;
  terminate: boolean;
  suspendDataLength: number;
}

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** How strictly the preview LMS behaves; real LMSs differ from scorm-again's defaults here. */
export interface LmsBehaviour {
  /** SCORM 2004: exit "normal" ends the attempt, so the next launch is "ab-initio" with empty data (RTE 4.2.8). */
  exitNormalEndsAttempt: boolean;
  /** SCORM 1.2: cmi.suspend_data over 4096 characters (CMIString4096) refused with error 405, as Moodle with `scormstandard`. */
  suspendDataLimit: boolean;
  /** A never-set element reads "" with error 0 (Moodle) or with error 403 (scorm-again). */
  neverSet: 'moodle' | 'scorm-again';
  /** Every commit fails (error 101) and stores nothing: a network or server failure. */
  failCommits: boolean;
}

/** The preview's default: as strict as Moodle with `scormstandard` on. */
export const STRICT_LMS: LmsBehaviour = {
  exitNormalEndsAttempt: true,
  suspendDataLimit: true,
  neverSet: 'moodle',
  failCommits: false,
};

/** scorm-again as it comes. */
export const LENIENT_LMS: LmsBehaviour = {
  exitNormalEndsAttempt: false,
  suspendDataLimit: false,
  neverSet: 'scorm-again',
  failCommits: false,
};

/** 1.2's CMIString4096. */
const SUSPEND_DATA_LIMIT_12 = 4096;

export interface PreviewLmsOptions {
  version: LmsVersion;
  /** Defaults to STRICT_LMS. */
  behaviour?: LmsBehaviour;
  storage: KeyValueStorage;
  /** Where this package's attempt is kept in the storage. */
  key: string;
  learner?: { id: string; name: string };
  onCall?: (call: LmsCall) => void;
  onCommit?: (commit: LmsCommit, saved: SavedAttempt) => void;
}

export interface PreviewLms {
  /** The object to publish as `window.API` (1.2) or `window.API_1484_11` (2004). */
  api: Record<string, (...args: string[]) => string>;
  /** The property name it goes under. */
  name: 'API' | 'API_1484_11';
  /** Every CMI value the run-time holds now, by dotted element name. */
  values(): Record<string, string>;
}

/** Calls too frequent or too dull to list. */
const QUIET = /GetLastError|GetErrorString|GetDiagnostic/;

/** Reads what the storage holds for a key; anything unreadable counts as no attempt. */
export function loadAttempt(storage: KeyValueStorage, key: string): SavedAttempt | null {
  try {
    const parsed = JSON.parse(storage.getItem(key) ?? 'null') as SavedAttempt | null;
    return parsed && typeof parsed.cmi === 'object' && typeof parsed.totalTime === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * The data an LMS hands to a new launch: entry "ab-initio" the first time, "resume" after an exit
 * with "suspend", "" otherwise; write-only elements (exit, session_time) are not carried over.
 */
export function startingData(
  version: LmsVersion,
  saved: SavedAttempt | null,
  learner: { id: string; name: string },
  behaviour: LmsBehaviour = STRICT_LMS,
): Record<string, unknown> {
  // 2004 RTE 4.2.8: after exit "normal" the LMS begins a new attempt: nothing of the old one is handed over.
  if (version === '2004' && behaviour.exitNormalEndsAttempt && saved?.cmi.exit === 'normal') saved = null;
  // biome-ignore lint/suspicious/noExplicitAny: the stored record is whatever JSON the LMS kept.
  const cmi = structuredClone(saved?.cmi ?? {}) as Record<string, any>;
  if (version === '1.2') cmi.core ??= {};
  const core = version === '1.2' ? cmi.core : cmi;
  const entry = saved === null ? 'ab-initio' : core.exit === 'suspend' ? 'resume' : '';
  delete core.exit;
  delete core.session_time;
  Object.assign(
    core,
    version === '1.2'
      ? { student_id: learner.id, student_name: learner.name }
      : { learner_id: learner.id, learner_name: learner.name },
  );
  core.entry = entry;
  if (saved?.totalTime) core.total_time = saved.totalTime;
  return cmi;
}

/** Starts one LMS session for a launch of the package. */
export function startPreviewLms(options: PreviewLmsOptions): PreviewLms {
  const { version, storage, key } = options;
  const behaviour = options.behaviour ?? STRICT_LMS;
  const learner = options.learner ?? { id: 'forhandsvisning', name: 'Förhandsvisning, Elev' };
  let runtime!: Scorm12API | Scorm2004API;

  // scorm-again hands every commit to this service; here it lands in the storage instead of on a server.
  const http = {
    processHttpRequest(_url: string, _params: unknown, immediate: boolean) {
      if (behaviour.failCommits) return { result: false, errorCode: 101 };
      const cmi = (runtime.renderCMIToJSONObject() as { cmi: Record<string, unknown> }).cmi;
      const saved: SavedAttempt = {
        cmi,
        totalTime: immediate ? runtime.cmi.getCurrentTotalTime() : (loadAttempt(storage, key)?.totalTime ?? ''),
      };
      storage.setItem(key, JSON.stringify(saved));
      options.onCommit?.(
        { at: Date.now(), terminate: immediate, suspendDataLength: String(cmi.suspend_data ?? '').length },
        saved,
      );
      return { result: true, errorCode: 0 };
    },
    updateSettings: () => undefined,
  };
  const settings = { logLevel: 5 as const, lmsCommitUrl: 'preview:commit', autocommit: false };
  runtime = version === '1.2' ? new Scorm12API(settings, http) : new Scorm2004API(settings, http);
  runtime.loadFromJSON(startingData(version, loadAttempt(storage, key), learner, behaviour));

  const raw = runtime as unknown as Record<string, (...args: string[]) => unknown>;
  const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
  // The error the strict behaviour answers in scorm-again's place, until the course's next call.
  let ownError: string | null = null;
  /** The strict LMS's answer to a call, or null to let scorm-again answer. */
  const strictAnswer = (method: string, args: string[]): string | null => {
    if (
      method === 'LMSSetValue' &&
      behaviour.suspendDataLimit &&
      args[0] === 'cmi.suspend_data' &&
      (args[1] ?? '').length > SUSPEND_DATA_LIMIT_12
    ) {
      ownError = '405'; // 1.2 "incorrect data type": Moodle's answer to a value over CMIString4096
      return 'false';
    }
    return null;
  };
  const callRaw = (method: string, args: string[]) => {
    if (!raw[method]) throw new Error(`scorm-again has no ${method}`);
    // Called on `raw`, which scorm-again's methods need as `this`.
    return String(raw[method]?.(...args));
  };
  const api: PreviewLms['api'] = {};
  for (const method of SCORM_FUNCTIONS[version]) {
    api[method] = (...args: string[]) => {
      if (method === lastError && ownError !== null) return ownError;
      if (QUIET.test(method)) return callRaw(method, args);
      ownError = null;
      let result = strictAnswer(method, args) ?? callRaw(method, args);
      let error = ownError ?? callRaw(lastError, []);
      // Moodle answers a never-set element with "" and error 0; scorm-again with 403.
      if (method.endsWith('GetValue') && error === '403' && behaviour.neverSet === 'moodle') {
        [ownError, error, result] = ['0', '0', ''];
      }
      const [element, value] = method.endsWith('Value') ? args : [];
      options.onCall?.({ at: Date.now(), method, element, value, result, error });
      return result;
    };
  }
  return {
    api,
    name: version === '1.2' ? 'API' : 'API_1484_11',
    values: () =>
      Object.fromEntries(
        Object.entries(runtime.getFlattenedCMI()).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
      ),
  };
}
