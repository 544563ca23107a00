// The LMS's run-time API as the course calls it: one shape for SCORM 1.2 (`API`) and SCORM 2004
// (`API_1484_11`), where every call reports an error code and nothing throws.
import type { ScormVersion } from '../../core/scorm/data-model';

/** SCORM 1.2's `window.API`. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): unknown;
  LMSFinish(parameter: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(parameter: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic(code: string): unknown;
}

/** SCORM 2004's `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(parameter: ''): unknown;
  Terminate(parameter: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(parameter: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic(code: string): unknown;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

/** The outcome of one call: error 0 is success. */
export interface LmsResult {
  ok: boolean;
  error: number;
  /** The LMS's words for the error (GetErrorString), or the exception text. */
  message: string;
}

export interface LmsSession {
  readonly version: ScormVersion;
  initialize(): LmsResult;
  /** The element's value; `""` for a value never set, whether the LMS says so with error 403 or 0. */
  getValue(element: string): LmsResult & { value: string };
  setValue(element: string, value: string): LmsResult;
  commit(): LmsResult;
  terminate(): LmsResult;
}

/** "General exception" in both versions: used when the LMS throws or fails without a code. */
const GENERAL_EXCEPTION = 101;

/** Wraps a found API so that each call returns its result with the LMS's error code. */
export function createLmsSession(found: FoundApi): LmsSession {
  const calls =
    found.version === '1.2'
      ? {
          initialize: () => found.api.LMSInitialize(''),
          terminate: () => found.api.LMSFinish(''),
          get: (e: string) => found.api.LMSGetValue(e),
          set: (e: string, v: string) => found.api.LMSSetValue(e, v),
          commit: () => found.api.LMSCommit(''),
          lastError: () => found.api.LMSGetLastError(),
          errorString: (code: string) => found.api.LMSGetErrorString(code),
        }
      : {
          initialize: () => found.api.Initialize(''),
          terminate: () => found.api.Terminate(''),
          get: (e: string) => found.api.GetValue(e),
          set: (e: string, v: string) => found.api.SetValue(e, v),
          commit: () => found.api.Commit(''),
          lastError: () => found.api.GetLastError(),
          errorString: (code: string) => found.api.GetErrorString(code),
        };

  const lastError = (): { error: number; message: string } => {
    try {
      const error = Number(calls.lastError());
      if (!Number.isFinite(error) || error === 0) return { error: 0, message: '' };
      return { error, message: String(calls.errorString(String(error)) ?? '') };
    } catch (e) {
      return { error: GENERAL_EXCEPTION, message: String(e) };
    }
  };

  /** Runs a call that answers "true"/"false" (some LMSs answer booleans). */
  const run = (call: () => unknown): LmsResult => {
    try {
      const answer = call();
      const { error, message } = lastError();
      const ok = String(answer) === 'true';
      return ok ? { ok, error, message } : { ok, error: error || GENERAL_EXCEPTION, message };
    } catch (e) {
      return { ok: false, error: GENERAL_EXCEPTION, message: String(e) };
    }
  };

  return {
    version: found.version,
    initialize: () => run(calls.initialize),
    terminate: () => run(calls.terminate),
    setValue: (element, value) => run(() => calls.set(element, value)),
    commit: () => run(calls.commit),
    getValue(element) {
      try {
        const answer = calls.get(element);
        const value = answer === null || answer === undefined ? '' : String(answer);
        const { error, message } = lastError();
        // 403 "data model element value not initialized" (2004), or 0 with "" (many 1.2 LMSs): never set.
        if (error === 403) return { ok: true, error: 0, message: '', value: '' };
        return { ok: error === 0, error, message, value: error === 0 ? value : '' };
      } catch (e) {
        return { ok: false, error: GENERAL_EXCEPTION, message: String(e), value: '' };
      }
    },
  };
}
