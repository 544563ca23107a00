// The SCORM progress backend: writes progress to the LMS data model and to the local journal (with
// whether the LMS confirmed it), commits on every save, and terminates the session on close. The
// record never goes backwards (record-floor.ts); in review or browse mode nothing is written.
import type { Course } from '../../core/course/types';
import { totalTimeMs, type Progress } from '../../core/progress/progress';
import { restoreProgress } from '../../core/progress/restore';
import type { ProgressStore } from '../../core/progress/store';
import { ELEMENTS, objectiveIndexes, progressValues } from '../../core/scorm/data-model';
import { interactionValues, MAX_INTERACTIONS, type Submission } from '../../core/scorm/interactions';
import type { Journal } from './journal';
import type { LmsSession } from './lms-api';
import { aboveFloor, knowsAtLeast, raiseFloor, type RecordFloor } from '../../core/scorm/record-floor';

export interface ScormStoreInit {
  course: Course;
  /** The initialized LMS session; null when Initialize failed and only the journal is written. */
  lms: LmsSession | null;
  journal: Journal;
  learnerId: string;
  /** The reconciled progress that load() hands to the app at launch. */
  stored: unknown;
  /** Objective ids the LMS already holds, in index order. */
  objectiveIds: string[];
  /** Where failures are reported for whoever debugs the LMS; the learner never sees these. */
  log?: (message: string) => void;
  /** The LMS launched in review or browse mode: show progress, write nothing. */
  review?: boolean;
  /** The status and progress_measure values the LMS held at launch (see record-floor.ts). */
  floor?: RecordFloor;
  /** cmi.interactions._count at launch: new interactions go after these. */
  interactionCount?: number;
}

/** A ProgressStore over an LMS session plus the local journal. */
export function createScormStore(init: ScormStoreInit): ProgressStore {
  const { course, lms, journal, learnerId } = init;
  const log = init.log ?? ((message: string) => console.warn(`[scorm] ${message}`));
  const objectives = objectiveIndexes(course, init.objectiveIds);
  const review = init.review === true;
  const floor: RecordFloor = new Map(init.floor);
  // What the launch knew: suspend_data that knows less is not written over it; "Börja om" resets it.
  let launchProgress = restoreProgress(course, init.stored).progress;
  // Time recorded before this session; session_time is what this session adds.
  const baselineMs = totalTimeMs(launchProgress);
  const sent = new Map<string, string>();
  let interactions = init.interactionCount ?? 0;
  let terminated = lms === null;
  // What load() answers: the launch data until the app saves or clears.
  let current: unknown = init.stored;

  /** One SetValue; failures are logged. */
  const set = (session: LmsSession, element: string, value: string): boolean => {
    const result = session.setValue(element, value);
    if (!result.ok) log(`SetValue(${element}, "${value.slice(0, 80)}") failed: ${result.error} ${result.message}`);
    return result.ok;
  };
  const commit = (session: LmsSession): boolean => {
    const result = session.commit();
    if (!result.ok) log(`Commit failed: ${result.error} ${result.message}`);
    return result.ok;
  };

  /** Sets what changed since the last send and commits; true when the LMS confirmed all of it. */
  const send = (progress: Progress): boolean => {
    if (!lms || terminated) return false;
    const names = ELEMENTS[lms.version];
    const all = progressValues(lms.version, course, progress, {
      sessionMs: Math.max(0, totalTimeMs(progress) - baselineMs),
      objectives,
    });
    const resume = new Set([names.suspendData, names.location]);
    const knows = knowsAtLeast(progress, launchProgress);
    const values = aboveFloor(all, floor).filter(([element]) => knows || !resume.has(element));
    let accepted = true;
    for (const [element, value] of values) {
      if (sent.get(element) === value) continue;
      if (set(lms, element, value)) {
        sent.set(element, value);
        raiseFloor(floor, element, value);
      } else {
        accepted = false;
      }
    }
    // Confirmed only when the LMS holds this state's resume data: every value set, then committed.
    return commit(lms) && accepted && knows;
  };

  const journalSave = (progress: Progress, confirmed: boolean): Promise<boolean> =>
    journal.save(learnerId, { progress, confirmed }).then(
      () => true,
      (error: unknown) => {
        log(`journal write failed: ${String(error)}`);
        return false;
      },
    );

  return {
    load: async () => structuredClone(current),
    async save(progress) {
      if (review) {
        current = structuredClone(progress);
        return;
      }
      const committed = send(progress);
      const journalled = journalSave(progress, committed);
      // Safe when either copy took it; the next launch reconciles the two.
      if (!(await journalled) && !committed) throw new Error('progress reached neither the LMS nor the local journal');
      current = structuredClone(progress);
    },
    async clear() {
      current = null;
      if (review) return;
      // The learner chose to start over: the progress read at launch no longer has to be kept.
      launchProgress = restoreProgress(course, null).progress;
      await journal.clear(learnerId).catch((error: unknown) => log(`journal clear failed: ${String(error)}`));
      if (!lms || terminated) return;
      const names = ELEMENTS[lms.version];
      // cmi.location cannot be emptied in 2004 (see progressValues); suspend_data wins over it at launch.
      for (const element of lms.version === '1.2' ? [names.suspendData, names.location] : [names.suspendData]) {
        sent.delete(element);
        set(lms, element, '');
      }
      commit(lms);
    },
    recordAnswer(submission: Submission) {
      if (review || !lms || terminated || interactions >= MAX_INTERACTIONS) return;
      // One new cmi.interactions.n per submission: 1.2 interactions are write-only, so a later try is
      // a new record, not an update. Committed with the save that follows the answer.
      const values = interactionValues(lms.version, course, interactions, submission);
      if (values.length === 0) return;
      interactions += 1;
      for (const [element, value] of values) set(lms, element, value);
    },
    close(progress) {
      if (review) {
        if (lms && !terminated) lms.terminate();
        terminated = true;
        return;
      }
      const committed = send(progress);
      void journalSave(progress, committed);
      if (!lms || terminated) return;
      const result = lms.terminate();
      if (!result.ok) log(`Terminate failed: ${result.error} ${result.message}`);
      terminated = true;
    },
  };
}
