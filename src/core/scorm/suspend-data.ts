// The cmi.suspend_data codec: Progress as a short, versioned string that names modules and pages by
// id, so that progress from an older course version is mapped by id and never misattributed.
//
// Version 1, fields separated by "|":
//   1|<fingerprint>|<updatedAt, base 36 ms>|<moduleId>/<pageId> or empty|<module>;<module>…
//   module: <moduleId>:<timeMs, base 36>:<entry>,<entry>…
//   entry:  <pageId> for a seen page ("*<pageId>" when not seen), then "!<check>=<choice, base 36>"
//           for each answered check on it, <check> being what follows "<moduleId>/<pageId>/" in its id.
// Ids are written with every character outside [A-Za-z0-9_.-] percent-encoded.
import type { Course } from '../course/types';
import { checksOf, type ModuleProgress, type Progress } from '../progress/progress';

/** cmi.suspend_data is a CMIString4096 in SCORM 1.2; we keep to it in 2004 too (64000 there). */
export const SUSPEND_DATA_LIMIT = 4096;

const VERSION = '1';
/** Time per module is capped at 36^8 − 1 ms (about 89 years): at most 8 digits. */
const MAX_TIME_MS = 36 ** 8 - 1;
/** updatedAt is capped at 36^9 − 1 ms (the year 5188): at most 9 digits. */
const MAX_UPDATED_AT = 36 ** 9 - 1;

/** Thrown by decodeSuspendData for text it cannot read. */
export class SuspendDataError extends Error {
  override name = 'SuspendDataError';
}

function escapeId(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/gu, (c) => {
    let encoded: string;
    try {
      encoded = encodeURIComponent(c);
    } catch {
      encoded = '%EF%BF%BD'; // a lone surrogate: written as U+FFFD, so it never matches a real id
    }
    return encoded.replace(/[!'()*~]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`);
  });
}

function unescapeId(text: string): string {
  if (!/^[A-Za-z0-9_.%-]*$/.test(text)) throw new SuspendDataError(`unexpected character in "${text}"`);
  try {
    return decodeURIComponent(text);
  } catch {
    throw new SuspendDataError(`bad escape in "${text}"`);
  }
}

function base36(n: number, max: number): string {
  return Math.min(max, Math.max(0, Math.round(Number.isFinite(n) ? n : 0))).toString(36);
}

function parseBase36(text: string): number {
  if (!/^[0-9a-z]{1,9}$/.test(text)) throw new SuspendDataError(`not a base-36 number: "${text}"`);
  return parseInt(text, 36);
}

/** The page a check id belongs to and the rest of the id, when it has the `${moduleId}/${pageId}/…` shape. */
function splitCheckId(moduleId: string, checkId: string): { pageId: string; tail: string } | null {
  const prefix = `${moduleId}/`;
  if (!checkId.startsWith(prefix)) return null;
  const rest = checkId.slice(prefix.length);
  const slash = rest.lastIndexOf('/');
  return slash > 0 ? { pageId: rest.slice(0, slash), tail: rest.slice(slash + 1) } : null;
}

function encodeModule(moduleId: string, mp: ModuleProgress): string {
  const answersByPage = new Map<string, string[]>();
  for (const [checkId, choice] of Object.entries(mp.answers)) {
    const split = splitCheckId(moduleId, checkId);
    if (!split) continue; // not a check of this module: restoreProgress would drop it anyway
    const list = answersByPage.get(split.pageId) ?? [];
    list.push(`!${escapeId(split.tail)}=${base36(choice, Number.MAX_SAFE_INTEGER)}`);
    answersByPage.set(split.pageId, list);
  }
  const seen = [...new Set(mp.seen)];
  const unseen = [...answersByPage.keys()].filter((pageId) => !seen.includes(pageId));
  const entries = [
    ...seen.map((pageId) => escapeId(pageId) + (answersByPage.get(pageId) ?? []).join('')),
    ...unseen.map((pageId) => `*${escapeId(pageId)}${(answersByPage.get(pageId) ?? []).join('')}`),
  ];
  return `${escapeId(moduleId)}:${base36(mp.timeMs, MAX_TIME_MS)}:${entries.join(',')}`;
}

/** Encodes progress for cmi.suspend_data. Modules with nothing recorded are left out. */
export function encodeSuspendData(progress: Progress): string {
  const modules = Object.entries(progress.modules)
    .filter(([, mp]) => mp.seen.length > 0 || Object.keys(mp.answers).length > 0 || mp.timeMs > 0)
    .map(([id, mp]) => encodeModule(id, mp));
  const location = progress.location
    ? `${escapeId(progress.location.moduleId)}/${escapeId(progress.location.pageId)}`
    : '';
  return [
    VERSION,
    escapeId(progress.fingerprint),
    base36(progress.updatedAt, MAX_UPDATED_AT),
    location,
    modules.join(';'),
  ].join('|');
}

function decodeModule(text: string): [string, ModuleProgress] {
  const [id, time, entries, ...extra] = text.split(':');
  if (id === undefined || time === undefined || entries === undefined || extra.length > 0)
    throw new SuspendDataError(`bad module "${text}"`);
  const moduleId = unescapeId(id);
  const mp: ModuleProgress = { seen: [], answers: {}, timeMs: parseBase36(time) };
  for (const entry of entries === '' ? [] : entries.split(',')) {
    const [pagePart = '', ...answers] = entry.split('!');
    const unseen = pagePart.startsWith('*');
    const pageId = unescapeId(unseen ? pagePart.slice(1) : pagePart);
    if (pageId === '') throw new SuspendDataError(`empty page id in "${text}"`);
    if (!unseen) mp.seen.push(pageId);
    for (const answer of answers) {
      const [tail, choice, ...rest] = answer.split('=');
      if (tail === undefined || choice === undefined || rest.length > 0)
        throw new SuspendDataError(`bad answer "${answer}"`);
      mp.answers[`${moduleId}/${pageId}/${unescapeId(tail)}`] = parseBase36(choice);
    }
  }
  return [moduleId, mp];
}

/**
 * Reads what encodeSuspendData wrote, with the fingerprint it was written under. Ids are not checked
 * against any course: restoreProgress does that. Throws SuspendDataError on unreadable text.
 */
export function decodeSuspendData(text: string): Progress {
  const fields = text.split('|');
  if (fields[0] !== VERSION) throw new SuspendDataError(`unknown suspend_data version "${fields[0] ?? ''}"`);
  const [, fingerprint, updatedAt, location, modules, ...extra] = fields;
  if (
    fingerprint === undefined ||
    updatedAt === undefined ||
    location === undefined ||
    modules === undefined ||
    extra.length > 0
  ) {
    throw new SuspendDataError('wrong number of fields');
  }
  const [locModule, locPage, ...locRest] = location.split('/');
  if (location !== '' && (locModule === undefined || locPage === undefined || locRest.length > 0))
    throw new SuspendDataError(`bad location "${location}"`);
  return {
    fingerprint: unescapeId(fingerprint),
    updatedAt: parseBase36(updatedAt),
    location: location === '' ? null : { moduleId: unescapeId(locModule ?? ''), pageId: unescapeId(locPage ?? '') },
    modules: Object.fromEntries(modules === '' ? [] : modules.split(';').map(decodeModule)),
  };
}

/**
 * The progress whose encoding is longest for this course: every page listed, every check answered
 * with its highest-numbered option (on a page marked unseen, which costs one more character), the
 * longest resume point, and times at their caps.
 */
export function worstCaseProgress(course: Course): Progress {
  const modules: Record<string, ModuleProgress> = {};
  let location: Progress['location'] = null;
  let locationLength = -1;
  for (const module of course.modules) {
    const withChecks = new Set(checksOf(module).map((c) => splitCheckId(module.id, c.id)?.pageId));
    const answers = Object.fromEntries(checksOf(module).map((c) => [c.id, c.options.length - 1]));
    const seen = module.pages.filter((p) => !withChecks.has(p.id)).map((p) => p.id);
    modules[module.id] = { seen, answers, timeMs: MAX_TIME_MS };
    for (const page of module.pages) {
      const length = escapeId(module.id).length + escapeId(page.id).length;
      if (length > locationLength) [location, locationLength] = [{ moduleId: module.id, pageId: page.id }, length];
    }
  }
  return { fingerprint: course.fingerprint, modules, location, updatedAt: MAX_UPDATED_AT };
}

/** The longest suspend_data any progress of this course can encode to. */
export function maxSuspendDataLength(course: Course): number {
  return encodeSuspendData(worstCaseProgress(course)).length;
}
