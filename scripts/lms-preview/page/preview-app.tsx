// The preview page: pick a package and an LMS version, run the course in a frame, and watch what it
// sends to the LMS. The LMS data stays in localStorage, so a reload or a new launch resumes.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  startPreviewLms,
  loadAttempt,
  STRICT_LMS,
  type KeyValueStorage,
  type LmsBehaviour,
  type LmsCall,
  type LmsCommit,
  type LmsVersion,
  type PreviewLms,
} from '../lms-runtime';
import type { PackageInfo } from '../server';
import { BehaviourFieldset } from './behaviour-fieldset';
import { ValuesPanel } from './values-panel';

const SELECTION_KEY = 'lms-preview:selection';
/** The learner id the preview LMS reports; a new one after "Radera", so the course's local journal starts afresh too. */
const LEARNER_KEY = 'lms-preview:learner';
const BEHAVIOUR_KEY = 'lms-preview:behaviour';

interface Props {
  storage: KeyValueStorage;
  /** The window the API is published on: the course finds it as its parent's `API` / `API_1484_11`. */
  host: Record<string, unknown>;
}

type Status = 'idle' | 'running' | 'ended';

const attemptKey = (pkg: string, version: LmsVersion) => `lms-preview:attempt:${pkg}:${version}`;
/** The attempt number the page shows; "Nytt försök" raises it. */
const attemptNumberKey = (pkg: string, version: LmsVersion) => `lms-preview:attempt-number:${pkg}:${version}`;
const time = (at: number) => new Date(at).toLocaleTimeString('sv-SE');
/** Reading a value that was never set answers 403 in SCORM 2004: expected, not a failure. */
const neverSet = (c: LmsCall) => c.method.endsWith('GetValue') && c.error === '403';
const failed = (c: LmsCall) => c.error !== '0' && !neverSet(c);

export function PreviewApp({ storage, host }: Props) {
  const [packages, setPackages] = useState<PackageInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const saved = JSON.parse(storage.getItem(SELECTION_KEY) ?? '{}') as { pkg?: string; version?: LmsVersion };
  const [pkgId, setPkgId] = useState(saved.pkg ?? '');
  const [version, setVersion] = useState<LmsVersion>(saved.version ?? '2004');
  const [behaviour, setBehaviour] = useState<LmsBehaviour>({
    ...STRICT_LMS,
    ...(JSON.parse(storage.getItem(BEHAVIOUR_KEY) ?? '{}') as Partial<LmsBehaviour>),
  });
  const [status, setStatus] = useState<Status>('idle');
  const [calls, setCalls] = useState<LmsCall[]>([]);
  const [commits, setCommits] = useState<LmsCommit[]>([]);
  const [values, setValues] = useState<Record<string, string>>({});
  const frameBox = useRef<HTMLDivElement>(null);
  const lms = useRef<PreviewLms | null>(null);

  useEffect(() => {
    fetch('packages.json')
      .then((r) => r.json() as Promise<PackageInfo[]>)
      .then((list) => {
        setPackages(list);
        const chosen = list.find((p) => p.id === pkgId) ?? list[0];
        if (chosen && chosen.id !== pkgId) choosePackage(chosen);
      })
      .catch((error: unknown) => setLoadError(String(error)));
  }, []);

  useEffect(() => storage.setItem(SELECTION_KEY, JSON.stringify({ pkg: pkgId, version })), [pkgId, version]);
  useEffect(() => storage.setItem(BEHAVIOUR_KEY, JSON.stringify(behaviour)), [behaviour]);

  const pkg = packages?.find((p) => p.id === pkgId) ?? null;
  const hasAttempt = pkg !== null && loadAttempt(storage, attemptKey(pkg.id, version)) !== null;
  const attemptNumber = pkg === null ? 1 : Number(storage.getItem(attemptNumberKey(pkg.id, version)) ?? '1');

  function choosePackage(next: PackageInfo) {
    setPkgId(next.id);
    if (next.version) setVersion(next.version);
  }

  /** Removing the frame makes the course see `pagehide`, so it commits and terminates first. */
  function end() {
    frameBox.current?.replaceChildren();
    if (lms.current) setValues(lms.current.values());
    setStatus((s) => (s === 'running' ? 'ended' : s));
  }

  function start() {
    if (!pkg?.launch) return;
    end();
    delete host.API;
    delete host.API_1484_11;
    setCalls([]);
    setCommits([]);
    const session = startPreviewLms({
      version,
      behaviour,
      storage,
      learner: { id: storage.getItem(LEARNER_KEY) ?? 'forhandsvisning', name: 'Förhandsvisning, Elev' },
      key: attemptKey(pkg.id, version),
      onCall: (call) => {
        setCalls((list) => [call, ...list].slice(0, 400));
        setValues(session.values());
      },
      onCommit: (commit) => setCommits((list) => [commit, ...list]),
    });
    lms.current = session;
    host[session.name] = session.api;
    setValues(session.values());
    const frame = document.createElement('iframe');
    frame.title = 'Kursen';
    frame.src = pkg.launch;
    frameBox.current?.replaceChildren(frame);
    setStatus('running');
  }

  /** The LMS's "start a new attempt": the same learner, nothing of the old attempt handed over. */
  function newAttempt() {
    if (!pkg) return;
    end();
    storage.removeItem(attemptKey(pkg.id, version));
    storage.setItem(attemptNumberKey(pkg.id, version), String(attemptNumber + 1));
    start();
  }

  function clearAttempt() {
    if (!pkg) return;
    end();
    storage.removeItem(attemptKey(pkg.id, version));
    storage.removeItem(attemptNumberKey(pkg.id, version));
    storage.setItem(LEARNER_KEY, `forhandsvisning-${Date.now().toString(36)}`);
    setValues({});
    setStatus('idle');
  }

  if (loadError) return <p role="alert">Paketlistan gick inte att hämta: {loadError}</p>;
  return (
    <div class="preview">
      <header class="preview-head">
        <h1>LMS-förhandsvisning</h1>
        <form
          class="controls"
          onSubmit={(e) => {
            e.preventDefault();
            start();
          }}
        >
          <label>
            Paket{' '}
            <select
              value={pkgId}
              onChange={(e) => {
                const chosen = packages?.find((p) => p.id === e.currentTarget.value);
                if (chosen) choosePackage(chosen);
              }}
            >
              {(packages ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} – {p.file}
                </option>
              ))}
            </select>
          </label>
          <fieldset>
            <legend>LMS-gränssnitt</legend>
            {(['1.2', '2004'] as const).map((v) => (
              <label key={v}>
                <input type="radio" name="version" value={v} checked={version === v} onChange={() => setVersion(v)} />{' '}
                SCORM {v}
              </label>
            ))}
          </fieldset>
          <BehaviourFieldset behaviour={behaviour} onChange={setBehaviour} />
          <button type="submit" disabled={!pkg?.launch}>
            Starta kursen
          </button>
          <button type="button" onClick={start} disabled={!pkg?.launch || (status !== 'running' && !hasAttempt)}>
            Ny session
          </button>
          <button type="button" onClick={newAttempt} disabled={!pkg?.launch}>
            Nytt försök
          </button>
          <button type="button" onClick={end} disabled={status !== 'running'}>
            Avsluta kursen
          </button>
          <button type="button" onClick={clearAttempt} disabled={!hasAttempt && status === 'idle'}>
            Radera sparad LMS-data
          </button>
        </form>
        <p class="state" role="status">
          {`Försök ${attemptNumber}. `}
          {status === 'running'
            ? 'Kursen körs.'
            : status === 'ended'
              ? 'Sessionen är avslutad.'
              : hasAttempt
                ? 'Det finns sparad LMS-data: kursen återupptas.'
                : 'Ingen sparad LMS-data: kursen startar från början.'}
          {pkg && pkg.version !== version && pkg.version ? ` Paketet är byggt för SCORM ${pkg.version}.` : ''}
        </p>
      </header>
      <div class="frame" ref={frameBox} />
      <aside class="panel">
        <ValuesPanel version={version} values={values} />
        <section aria-labelledby="commits-heading">
          <h2 id="commits-heading">Commits ({commits.length})</h2>
          <ol class="log" reversed>
            {commits.map((c, i) => (
              // Two commits can share a millisecond (a paused test clock, a fast LMS): keyed by position from the first.
              <li key={commits.length - i}>
                {time(c.at)} {c.terminate ? 'Terminate' : 'Commit'} – suspend_data {c.suspendDataLength} tecken
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="calls-heading">
          <h2 id="calls-heading">Anrop från kursen ({calls.length})</h2>
          <ol class="log" reversed>
            {calls.map((c, i) => (
              <li key={calls.length - i} class={failed(c) ? 'failed' : undefined}>
                {time(c.at)} {c.method}
                {c.element
                  ? `(${c.element}${c.value !== undefined ? `, "${c.value.length > 60 ? `${c.value.slice(0, 60)}…` : c.value}"` : ''})`
                  : '()'}{' '}
                → {c.result}
                {c.error === '0' ? '' : neverSet(c) ? ' (403: inte satt än)' : ` (fel ${c.error})`}
              </li>
            ))}
          </ol>
        </section>
      </aside>
    </div>
  );
}
