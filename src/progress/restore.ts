// Turns stored progress of unknown shape or course version into valid Progress, and merges two copies.
import type { Course } from '../course/types';
import { checksOf, emptyProgress, type Location, type ModuleProgress, type Progress } from './progress';

/** Why stored progress was not taken over whole; the UI words it for the learner. */
export type RestoreLoss = 'none' | 'corrupt' | 'course-changed';

export interface Restored {
  progress: Progress;
  loss: RestoreLoss;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function restoreModule(course: Course, moduleId: string, raw: unknown): { value: ModuleProgress; dropped: boolean } | null {
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module || !isRecord(raw)) return null;
  let dropped = false;
  const pageIds = new Set(module.pages.map((p) => p.id));
  const seenRaw = Array.isArray(raw.seen) ? raw.seen : [];
  const seen = [...new Set(seenRaw.filter((id): id is string => typeof id === 'string' && pageIds.has(id)))];
  if (seen.length !== seenRaw.length || !Array.isArray(raw.seen)) dropped = true;

  const answers: Record<string, number> = {};
  const answersRaw = isRecord(raw.answers) ? raw.answers : {};
  for (const [checkId, choice] of Object.entries(answersRaw)) {
    const check = checksOf(module).find((c) => c.id === checkId);
    if (check && Number.isInteger(choice) && (choice as number) >= 0 && (choice as number) < check.options.length) {
      answers[checkId] = choice as number;
    } else {
      dropped = true;
    }
  }
  const timeMs = typeof raw.timeMs === 'number' && Number.isFinite(raw.timeMs) && raw.timeMs >= 0 ? Math.round(raw.timeMs) : 0;
  return { value: { seen, answers, timeMs }, dropped };
}

function restoreLocation(course: Course, raw: unknown): Location | null {
  if (!isRecord(raw) || typeof raw.moduleId !== 'string' || typeof raw.pageId !== 'string') return null;
  const module = course.modules.find((m) => m.id === raw.moduleId);
  return module?.pages.some((p) => p.id === raw.pageId) ? { moduleId: raw.moduleId, pageId: raw.pageId } : null;
}

/**
 * Validates stored progress against the course. Keeps whatever still matches by module, page and
 * check id; drops the rest and says so. Never throws.
 */
export function restoreProgress(course: Course, raw: unknown): Restored {
  if (raw === null || raw === undefined) return { progress: emptyProgress(course), loss: 'none' };
  if (!isRecord(raw) || !isRecord(raw.modules)) return { progress: emptyProgress(course), loss: 'corrupt' };

  let dropped = false;
  const modules: Record<string, ModuleProgress> = {};
  for (const [moduleId, value] of Object.entries(raw.modules)) {
    const restored = restoreModule(course, moduleId, value);
    if (!restored) {
      dropped = true;
      continue;
    }
    modules[moduleId] = restored.value;
    dropped ||= restored.dropped;
  }
  const location = restoreLocation(course, raw.location);
  if (raw.location != null && !location) dropped = true;
  const updatedAt = typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) ? raw.updatedAt : 0;
  const progress: Progress = { fingerprint: course.fingerprint, modules, location, updatedAt };

  const sameCourse = raw.fingerprint === course.fingerprint;
  const loss: RestoreLoss = sameCourse ? (dropped ? 'corrupt' : 'none') : 'course-changed';
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
  return { fingerprint: newer.fingerprint, modules, location: newer.location ?? older.location, updatedAt: newer.updatedAt };
}
