// Finds the LMS's run-time API the standard way: this window, its parents, then the opener and its
// parents; frames from another origin are skipped, not fatal.
import { SCORM_API_NAME, SCORM_FUNCTIONS } from '../../core/scorm/api-functions';
import type { FoundApi, Scorm12Api, Scorm2004Api } from './lms-api';
import type { ScormVersion } from '../../core/scorm/data-model';

/** What discovery needs of a window; a real Window has all of it. */
export interface ApiWindow {
  readonly parent: ApiWindow | null;
  readonly opener: ApiWindow | null;
  readonly top: ApiWindow | null;
  readonly location?: { readonly search: string };
}

/** The ADL sample code gives up after this many parents; so do we, against cyclic fakes. */
const MAX_DEPTH = 500;

/** The API version the package asked for in its launch URL (`?scorm=12` or `?scorm=2004`). */
export function launchVersion(search: string): ScormVersion | null {
  const wanted = new URLSearchParams(search).get('scorm');
  return wanted === '12' ? '1.2' : wanted === '2004' ? '2004' : null;
}

/** Reads a property; a cross-origin frame throws SecurityError, which counts as "not there". */
function read<K extends string>(win: ApiWindow, key: K): unknown {
  try {
    return (win as unknown as Record<K, unknown>)[key];
  } catch {
    return undefined;
  }
}

function searchOf(win: ApiWindow): string {
  const location = read(win, 'location') as { search?: unknown } | undefined;
  return typeof location?.search === 'string' ? location.search : '';
}

/** The window, then each parent up to the top. */
function withParents(start: ApiWindow | null): ApiWindow[] {
  const chain: ApiWindow[] = [];
  let win = start;
  while (win && !chain.includes(win) && chain.length < MAX_DEPTH) {
    chain.push(win);
    const parent = read(win, 'parent') as ApiWindow | null | undefined;
    win = parent && parent !== win ? parent : null;
  }
  return chain;
}

function apiIn(win: ApiWindow, version: ScormVersion): FoundApi | null {
  const api = read(win, SCORM_API_NAME[version]);
  if (typeof api !== 'object' || api === null) return null;
  const complete = SCORM_FUNCTIONS[version].every((name) => typeof read(api as ApiWindow, name) === 'function');
  if (!complete) return null;
  return version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };
}

/**
 * The LMS API nearest to `win`, of the preferred version if there is one anywhere, else of the
 * other (2004 first when nothing is preferred). Null when the course runs outside an LMS.
 */
export function findApi(
  win: ApiWindow = window,
  preferred: ScormVersion | null = launchVersion(searchOf(win)),
): FoundApi | null {
  const own = withParents(win);
  const top = read(win, 'top') as ApiWindow | null | undefined;
  const openers = [read(win, 'opener'), top ? read(top, 'opener') : null] as (ApiWindow | null | undefined)[];
  const windows = [...own];
  for (const opener of openers) {
    for (const w of withParents(opener ?? null)) if (!windows.includes(w)) windows.push(w);
  }
  const order: ScormVersion[] = preferred === '1.2' ? ['1.2', '2004'] : ['2004', '1.2'];
  for (const version of order) {
    for (const w of windows) {
      const found = apiIn(w, version);
      if (found) return found;
    }
  }
  return null;
}
