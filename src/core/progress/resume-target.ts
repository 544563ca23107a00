// Where the start page's primary action leads: always forward, never back into a finished module.
import type { Course, Module } from '../course/types';
import { type Location, moduleStatus, type Progress } from './progress';

/**
 * `start`: nothing done yet, the course's first page. `continue`: the page the learner was on (or,
 * without a usable resume point, the next page to do in a module already begun). `next-module`: a
 * module not yet begun, because the one the learner was in is finished.
 */
export type ResumeKind = 'start' | 'continue' | 'next-module';

export interface ResumeTarget extends Location {
  kind: ResumeKind;
}

/** Whether any page was seen or any check answered; time alone does not make a learner returning. */
function hasWork(progress: Progress): boolean {
  return Object.values(progress.modules).some((m) => m.seen.length > 0 || Object.keys(m.answers).length > 0);
}

/** The first thing left to do in a module: an unseen page, else a page with an unanswered check, else its first page. */
function nextPageIn(module: Module, progress: Progress): string | undefined {
  const mp = progress.modules[module.id];
  const seen = mp?.seen ?? [];
  const answers = mp?.answers ?? {};
  const unseen = module.pages.find((p) => !seen.includes(p.id));
  const unanswered = module.pages.find((p) =>
    p.blocks.some((b) => b.kind === 'kunskapskontroll' && !(b.id in answers)),
  );
  return (unseen ?? unanswered ?? module.pages[0])?.id;
}

/** The first unfinished module from `from` on, wrapping round to the course's first: later modules come before earlier gaps. */
function nextUnfinished(course: Course, progress: Progress, from: number): Module | undefined {
  const count = course.modules.length;
  for (let step = 0; step < count; step++) {
    const module = course.modules[(from + step) % count];
    if (module && moduleStatus(module, progress) !== 'done') return module;
  }
  return undefined;
}

/** The resume point if it still names a page of this course (a republished course may have dropped it). */
function validLocation(course: Course, progress: Progress): { location: Location; index: number } | null {
  const location = progress.location;
  if (!location) return null;
  const index = course.modules.findIndex((m) => m.id === location.moduleId);
  const found = course.modules[index]?.pages.some((p) => p.id === location.pageId);
  return found ? { location, index } : null;
}

/**
 * Where the learner should go from the start page: the last page shown if its module is unfinished;
 * otherwise the next page to do in the next unfinished module; the last page again when the whole
 * course is done. Null only for a course without pages.
 */
export function resumeTarget(course: Course, progress: Progress): ResumeTarget | null {
  const first = course.modules[0];
  const firstPage = first?.pages[0];
  if (!first || !firstPage) return null;
  if (!hasWork(progress)) return { kind: 'start', moduleId: first.id, pageId: firstPage.id };

  const last = validLocation(course, progress);
  const lastModule = last ? course.modules[last.index] : undefined;
  if (last && lastModule && moduleStatus(lastModule, progress) !== 'done')
    return { kind: 'continue', ...last.location };

  const module = nextUnfinished(course, progress, last ? last.index + 1 : 0);
  const pageId = module && nextPageIn(module, progress);
  if (!module || !pageId) {
    // Everything is done: back to where the learner was, to look something up.
    return { kind: 'continue', ...(last?.location ?? { moduleId: first.id, pageId: firstPage.id }) };
  }
  const begun = moduleStatus(module, progress) !== 'not-started';
  // Without a resume point, a module already begun is where the learner was, as far as we know.
  const kind: ResumeKind = last || !begun ? 'next-module' : 'continue';
  return { kind, moduleId: module.id, pageId };
}
