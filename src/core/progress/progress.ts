// The Progress model and its rules: what the learner has done, as pure functions over the Course.
import type { CheckBlock, Course, Module } from '../course/types';

/** Where the learner was: the resume point. */
export interface Location {
  moduleId: string;
  pageId: string;
}

export interface ModuleProgress {
  /** Ids of the pages that have been shown. */
  seen: string[];
  /** Knowledge-check id → index of the chosen option. */
  answers: Record<string, number>;
  /** Time spent with a page of this module visible, in milliseconds. */
  timeMs: number;
}

export interface Progress {
  /** Fingerprint of the course version this progress was recorded against. */
  fingerprint: string;
  modules: Record<string, ModuleProgress>;
  location: Location | null;
  /** Milliseconds since the epoch of the last change; decides which copy is newer when two are merged. */
  updatedAt: number;
}

export type ModuleStatus = 'not-started' | 'started' | 'done';

/** A fresh progress for a course: nothing seen, nothing answered. */
export function emptyProgress(course: Course): Progress {
  return { fingerprint: course.fingerprint, modules: {}, location: null, updatedAt: 0 };
}

function moduleProgress(progress: Progress, moduleId: string): ModuleProgress {
  return progress.modules[moduleId] ?? { seen: [], answers: {}, timeMs: 0 };
}

function withModule(progress: Progress, moduleId: string, next: ModuleProgress, now: number): Progress {
  return { ...progress, modules: { ...progress.modules, [moduleId]: next }, updatedAt: now };
}

/** Records that a page was shown; it becomes the resume point. */
export function markSeen(progress: Progress, location: Location, now = Date.now()): Progress {
  const current = moduleProgress(progress, location.moduleId);
  const seen = current.seen.includes(location.pageId) ? current.seen : [...current.seen, location.pageId];
  return { ...withModule(progress, location.moduleId, { ...current, seen }, now), location };
}

/** Records the learner's choice in a knowledge check (a later try replaces it). */
export function recordAnswer(
  progress: Progress,
  moduleId: string,
  checkId: string,
  choice: number,
  now = Date.now(),
): Progress {
  const current = moduleProgress(progress, moduleId);
  return withModule(progress, moduleId, { ...current, answers: { ...current.answers, [checkId]: choice } }, now);
}

/** Adds visible time to a module. */
export function addTime(progress: Progress, moduleId: string, ms: number, now = Date.now()): Progress {
  if (!(ms > 0)) return progress;
  const current = moduleProgress(progress, moduleId);
  return withModule(progress, moduleId, { ...current, timeMs: current.timeMs + Math.round(ms) }, now);
}

/** All knowledge checks of a module, in page order. */
export function checksOf(module: Module): CheckBlock[] {
  return module.pages.flatMap((page) => page.blocks.filter((b): b is CheckBlock => b.kind === 'kunskapskontroll'));
}

/** How much of a module is done, 0–1: seen pages and answered checks weigh alike. */
export function moduleFraction(module: Module, progress: Progress): number {
  const mp = moduleProgress(progress, module.id);
  const checks = checksOf(module);
  const total = module.pages.length + checks.length;
  const seen = module.pages.filter((p) => mp.seen.includes(p.id)).length;
  const answered = checks.filter((c) => c.id in mp.answers).length;
  return total === 0 ? 1 : (seen + answered) / total;
}

export function moduleStatus(module: Module, progress: Progress): ModuleStatus {
  const fraction = moduleFraction(module, progress);
  if (fraction >= 1) return 'done';
  const mp = progress.modules[module.id];
  return fraction > 0 || (mp !== undefined && mp.timeMs > 0) ? 'started' : 'not-started';
}

/** How much of the course is done, 0–1, each module weighing alike. */
export function courseFraction(course: Course, progress: Progress): number {
  if (course.modules.length === 0) return 1;
  const sum = course.modules.reduce((acc, m) => acc + moduleFraction(m, progress), 0);
  return sum / course.modules.length;
}

export function isCourseComplete(course: Course, progress: Progress): boolean {
  return course.modules.every((m) => moduleStatus(m, progress) === 'done');
}

/** Right answers out of all knowledge checks of the course. */
export function courseScore(course: Course, progress: Progress): { raw: number; max: number } {
  let raw = 0;
  let max = 0;
  for (const module of course.modules) {
    const answers = moduleProgress(progress, module.id).answers;
    for (const check of checksOf(module)) {
      max += 1;
      if (answers[check.id] === check.correct) raw += 1;
    }
  }
  return { raw, max };
}

/** Total visible time across modules, in milliseconds. */
export function totalTimeMs(progress: Progress): number {
  return Object.values(progress.modules).reduce((acc, m) => acc + m.timeMs, 0);
}

/** Minutes left in a module, estimated from its length and the share of pages not yet seen. */
export function minutesLeft(module: Module, progress: Progress): number {
  const mp = moduleProgress(progress, module.id);
  const unseen = module.pages.filter((p) => !mp.seen.includes(p.id)).length;
  return Math.ceil((module.minutes * unseen) / Math.max(1, module.pages.length));
}

/** The module that follows, or null after the last one. */
export function nextModule(course: Course, moduleId: string): Module | null {
  const index = course.modules.findIndex((m) => m.id === moduleId);
  return index >= 0 ? (course.modules[index + 1] ?? null) : null;
}
