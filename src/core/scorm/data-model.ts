// Progress mapped to each SCORM version's run-time data model: which elements the course reads at
// launch and which values it writes. Pure: the LMS calls happen in scorm-store.ts.
import type { Course, Module } from '../course/types';
import {
  checksOf,
  courseFraction,
  courseScore,
  isCourseComplete,
  moduleFraction,
  moduleStatus,
  type Progress,
} from '../progress/progress';
import { scorm12Timespan, scorm2004Duration } from './session-time';
import { encodeSuspendData } from './suspend-data';

/** The two SCORM editions the course is packaged for. */
export type ScormVersion = '1.2' | '2004';

/** The element names that differ between the versions. */
export interface ElementNames {
  learnerId: string;
  entry: string;
  location: string;
  /** Longest location the element holds: CMIString255 in 1.2, characterstring(1000) in 2004. */
  locationMax: number;
  suspendData: string;
  sessionTime: string;
  exit: string;
  /** "normal", "review" or "browse": in the last two the course writes nothing (RTE 4.2.14, 1.2 lesson_mode). */
  mode: string;
}

export const ELEMENTS: Record<ScormVersion, ElementNames> = {
  '1.2': {
    learnerId: 'cmi.core.student_id',
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    locationMax: 255,
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    mode: 'cmi.core.lesson_mode',
  },
  '2004': {
    learnerId: 'cmi.learner_id',
    entry: 'cmi.entry',
    location: 'cmi.location',
    locationMax: 1000,
    suspendData: 'cmi.suspend_data',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    mode: 'cmi.mode',
  },
};

/** A value list to SetValue in order (an objective's id always before its other fields). */
export type CmiValues = [element: string, value: string][];

export interface WriteContext {
  /** Visible time spent in this session, for session_time. */
  sessionMs: number;
  /** Objective index per module id: the LMS's existing ones first, new ones after (see objectiveIndexes). */
  objectives: Map<string, number>;
}

/** Writes `${moduleId}/${pageId}` as the resume point. */
function formatLocation(location: Progress['location']): string {
  return location ? `${location.moduleId}/${location.pageId}` : '';
}

/** Reads a resume point written by formatLocation. */
export function parseLocation(text: string): Progress['location'] {
  const [moduleId, pageId, ...rest] = text.split('/');
  return moduleId && pageId && rest.length === 0 ? { moduleId, pageId } : null;
}

/**
 * Where each module's objective lives in cmi.objectives.n: an objective keeps the index it already
 * has in the LMS (2004 forbids changing an id once set), and new modules are appended.
 */
export function objectiveIndexes(course: Course, existingIds: string[]): Map<string, number> {
  const indexes = new Map<string, number>();
  let next = existingIds.length;
  for (const module of course.modules) {
    const existing = existingIds.indexOf(module.id);
    indexes.set(module.id, existing >= 0 ? existing : next++);
  }
  return indexes;
}

/** A 0–1 fraction with at most four decimals (2004 real(10,7) allows seven). */
function decimal(fraction: number): string {
  return String(Math.round(Math.min(1, Math.max(0, fraction)) * 10_000) / 10_000);
}

/** Right answers as a percentage with at most two decimals, or null when nothing is answered. */
function percent(right: number, answered: number, max: number): number | null {
  return answered === 0 || max === 0 ? null : Math.round((right / max) * 10_000) / 100;
}

function moduleScore(module: Module, progress: Progress): number | null {
  const answers = progress.modules[module.id]?.answers ?? {};
  const checks = checksOf(module);
  const answered = checks.filter((c) => c.id in answers);
  return percent(answered.filter((c) => answers[c.id] === c.correct).length, answered.length, checks.length);
}

function courseScorePercent(course: Course, progress: Progress): number | null {
  const answered = course.modules.reduce(
    (n, m) => n + checksOf(m).filter((c) => c.id in (progress.modules[m.id]?.answers ?? {})).length,
    0,
  );
  const { raw, max } = courseScore(course, progress);
  return percent(raw, answered, max);
}

/** SCORM 1.2 values: lesson_status, a 0–100 score, one objective per module with status and score. */
function scorm12Values(course: Course, progress: Progress, context: WriteContext): CmiValues {
  const complete = isCourseComplete(course, progress);
  const values: CmiValues = [['cmi.core.lesson_status', complete ? 'completed' : 'incomplete']];
  const score = courseScorePercent(course, progress);
  if (score !== null)
    values.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(score)]);
  for (const module of course.modules) {
    const n = `cmi.objectives.${context.objectives.get(module.id)}`;
    const status = moduleStatus(module, progress);
    values.push(
      [`${n}.id`, module.id],
      [`${n}.status`, status === 'done' ? 'completed' : status === 'started' ? 'incomplete' : 'not attempted'],
    );
    const moduleRaw = moduleScore(module, progress);
    if (moduleRaw !== null)
      values.push([`${n}.score.min`, '0'], [`${n}.score.max`, '100'], [`${n}.score.raw`, String(moduleRaw)]);
  }
  // Always "suspend", also when complete: the next launch then resumes (entry "resume") with the data
  // kept, so a finished learner can come back to look things up (see README, "What the course writes").
  values.push(['cmi.core.session_time', scorm12Timespan(context.sessionMs)], ['cmi.core.exit', 'suspend']);
  return values;
}

/** SCORM 2004 values: completion_status and progress_measure, a scaled score, one objective per module. */
function scorm2004Values(course: Course, progress: Progress, context: WriteContext): CmiValues {
  const complete = isCourseComplete(course, progress);
  // progress_measure 1 means completed to the LMS, so an incomplete course stays below it.
  const measure = complete ? 1 : Math.min(0.9999, courseFraction(course, progress));
  const values: CmiValues = [
    ['cmi.completion_status', complete ? 'completed' : 'incomplete'],
    ['cmi.progress_measure', decimal(measure)],
  ];
  const score = courseScorePercent(course, progress);
  if (score !== null)
    values.push(
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', String(score)],
      ['cmi.score.scaled', decimal(score / 100)],
    );
  for (const module of course.modules) {
    const n = `cmi.objectives.${context.objectives.get(module.id)}`;
    const status = moduleStatus(module, progress);
    const fraction = status === 'done' ? 1 : Math.min(0.9999, moduleFraction(module, progress));
    values.push(
      [`${n}.id`, module.id],
      [
        `${n}.completion_status`,
        status === 'done' ? 'completed' : status === 'started' ? 'incomplete' : 'not attempted',
      ],
      [`${n}.progress_measure`, decimal(fraction)],
    );
    const moduleRaw = moduleScore(module, progress);
    if (moduleRaw !== null) {
      values.push(
        [`${n}.score.min`, '0'],
        [`${n}.score.max`, '100'],
        [`${n}.score.raw`, String(moduleRaw)],
        [`${n}.score.scaled`, decimal(moduleRaw / 100)],
      );
    }
  }
  // Never "normal": by RTE 4.2.8 the LMS would begin the next launch ab-initio with empty data, and
  // a finished learner coming back would see nothing done (and the course would write over the record).
  values.push(['cmi.session_time', scorm2004Duration(context.sessionMs)], ['cmi.exit', 'suspend']);
  return values;
}

/** Everything the course writes for a progress, in SetValue order: resume data first, then status. */
export function progressValues(
  version: ScormVersion,
  course: Course,
  progress: Progress,
  context: WriteContext,
): CmiValues {
  const names = ELEMENTS[version];
  const location = formatLocation(progress.location);
  const resume: CmiValues = [[names.suspendData, encodeSuspendData(progress)]];
  // 2004 LMSs may refuse "" for cmi.location (scorm-again answers 406); the resume point also lives in suspend_data.
  if (location !== '' && location.length <= names.locationMax) resume.unshift([names.location, location]);
  return [...resume, ...(version === '1.2' ? scorm12Values : scorm2004Values)(course, progress, context)];
}
