// Turns stored progress of unknown shape or course version into valid Progress, and merges two copies.
import type { Course, Module } from '../course/types';
import { checksOf, emptyProgress, type Location, type ModuleProgress, type Progress } from './progress';

/** Why stored progress was not taken over whole; the UI words it for the learner. */
export type RestoreLoss = 'none' | 'corrupt' | 'course-changed';

export interface Restored {
  progress: Progress;
  loss: RestoreLoss;
}

/**
 * Bounds on stored progress, far above any real course (a module has a few dozen pages and
 * checks). Anything larger is unreadable: checking it would only make every reload slow.
 */
export const MAX_STORED_MODULES = 500;
/** Most entries in one module's `seen` list or `answers`. */
export const MAX_STORED_ENTRIES = 2000;

/** A plain object, as JSON, IndexedDB or the suspend_data decoder give: not an array, Map or class instance. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Counts own keys up to `max + 1`, so a huge object costs no more than a sane one. */
function tooManyKeys(value: Record<string, unknown>, max: number): boolean {
  let n = 0;
  for (const key in value) if (Object.hasOwn(value, key) && ++n > max) return true;
  return false;
}

/** What restoring found wrong: `malformed` for data of the wrong type, `unmatched` for ids the course lacks. */
interface Findings {
  malformed: boolean;
  unmatched: boolean;
}

const isChoice = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function restoreModule(module: Module | undefined, raw: unknown, found: Findings): ModuleProgress | null {
  if (!isRecord(raw)) {
    found.malformed = true;
    return null;
  }
  if (!module) {
    found.unmatched = true;
    return null;
  }
  const pageIds = new Set(module.pages.map((p) => p.id));
  const seen = new Set<string>();
  if (raw.seen !== undefined && !Array.isArray(raw.seen)) found.malformed = true;
  for (const id of Array.isArray(raw.seen) ? (raw.seen as unknown[]) : []) {
    if (typeof id !== 'string' || seen.has(id)) found.malformed = true;
    else if (!pageIds.has(id)) found.unmatched = true;
    else seen.add(id);
  }

  const checks = new Map(checksOf(module).map((c) => [c.id, c.options.length]));
  const answers: Record<string, number> = {};
  if (raw.answers !== undefined && !isRecord(raw.answers)) found.malformed = true;
  for (const [checkId, choice] of Object.entries(isRecord(raw.answers) ? raw.answers : {})) {
    const options = checks.get(checkId);
    if (!isChoice(choice)) found.malformed = true;
    else if (options === undefined || choice >= options) found.unmatched = true;
    else answers[checkId] = choice;
  }
  if (raw.timeMs !== undefined && !isTime(raw.timeMs)) found.malformed = true;
  return { seen: [...seen], answers, timeMs: isTime(raw.timeMs) ? Math.round(raw.timeMs) : 0 };
}

function restoreLocation(course: Course, raw: unknown, found: Findings): Location | null {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw) || typeof raw.moduleId !== 'string' || typeof raw.pageId !== 'string') {
    found.malformed = true;
    return null;
  }
  const module = course.modules.find((m) => m.id === raw.moduleId);
  if (module?.pages.some((p) => p.id === raw.pageId)) return { moduleId: raw.moduleId, pageId: raw.pageId };
  found.unmatched = true;
  return null;
}

/** Whether stored progress is beyond the bounds: too many modules, or a module with too many entries. */
function oversized(modules: Record<string, unknown>): boolean {
  if (tooManyKeys(modules, MAX_STORED_MODULES)) return true;
  for (const key in modules) {
    const value = modules[key];
    if (!isRecord(value)) continue;
    if (Array.isArray(value.seen) && value.seen.length > MAX_STORED_ENTRIES) return true;
    if (isRecord(value.answers) && tooManyKeys(value.answers, MAX_STORED_ENTRIES)) return true;
  }
  return false;
}

/**
 * Validates stored progress against the course. Keeps whatever still matches by module, page and
 * check id; drops the rest and says so. Data of the wrong type, or beyond the size bounds, is
 * "corrupt" even when the fingerprint differs; ids the course lacks are "course-changed" when the
 * fingerprint differs. Never throws; time is linear in the size of `raw` up to the bounds.
 */
export function restoreProgress(course: Course, raw: unknown): Restored {
  if (raw === null || raw === undefined) return { progress: emptyProgress(course), loss: 'none' };
  if (!isRecord(raw) || !isRecord(raw.modules) || typeof raw.fingerprint !== 'string' || oversized(raw.modules)) {
    return { progress: emptyProgress(course), loss: 'corrupt' };
  }

  const found: Findings = { malformed: false, unmatched: false };
  const byId = new Map(course.modules.map((m) => [m.id, m]));
  const modules: Record<string, ModuleProgress> = {};
  for (const [moduleId, value] of Object.entries(raw.modules)) {
    const restored = restoreModule(byId.get(moduleId), value, found);
    if (restored) modules[moduleId] = restored;
  }
  const location = restoreLocation(course, raw.location, found);
  if (raw.updatedAt !== undefined && !(typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt)))
    found.malformed = true;
  const updatedAt = typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0;
  const progress: Progress = { fingerprint: course.fingerprint, modules, location, updatedAt };

  const sameCourse = raw.fingerprint === course.fingerprint;
  const loss: RestoreLoss = found.malformed
    ? 'corrupt'
    : !sameCourse
      ? 'course-changed'
      : found.unmatched
        ? 'corrupt'
        : 'none';
  return { progress, loss };
}

/**
 * Combines two copies of the same learner's progress (e.g. LMS and local journal) so that the
 * furthest progress wins: seen pages are united, time is the larger, and answers and the resume
 * point come from the newer copy where both have them.
 */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const [newer, older] = a.updatedAt >= b.updatedAt ? [a, b] : [b, a];
  const modules: Record<string, ModuleProgress> = {};
  for (const id of new Set([...Object.keys(older.modules), ...Object.keys(newer.modules)])) {
    const n = newer.modules[id];
    const o = older.modules[id];
    modules[id] = {
      seen: [...new Set([...(o?.seen ?? []), ...(n?.seen ?? [])])],
      answers: { ...(o?.answers ?? {}), ...(n?.answers ?? {}) },
      timeMs: Math.max(n?.timeMs ?? 0, o?.timeMs ?? 0),
    };
  }
  return {
    fingerprint: newer.fingerprint,
    modules,
    location: newer.location ?? older.location,
    updatedAt: newer.updatedAt,
  };
}
