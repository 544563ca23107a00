// The SCORM progress backend: writes progress to the LMS data model and to the local journal, commits
// on every save, and terminates the session on close.
import type { Course } from '../course/types';
import { totalTimeMs, type Progress } from '../progress/progress';
import { restoreProgress } from '../progress/restore';
import type { ProgressStore } from '../progress/store';
import { ELEMENTS, objectiveIndexes, progressValues } from './data-model';
import type { Journal } from './journal';
import type { LmsSession } from './lms-api';

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
}

/** A ProgressStore over an LMS session plus the local journal. */
export function createScormStore(init: ScormStoreInit): ProgressStore {
  const { course, lms, journal, learnerId } = init;
  const log = init.log ?? ((message: string) => console.warn(`[scorm] ${message}`));
  const objectives = objectiveIndexes(course, init.objectiveIds);
  // Time recorded before this session; session_time is what this session adds.
  const baselineMs = totalTimeMs(restoreProgress(course, init.stored).progress);
  const sent = new Map<string, string>();
  let terminated = lms === null;
  // What load() answers: the launch data until the app saves or clears.
  let current: unknown = init.stored;

  /** Sets what changed since the last send and commits; true when the LMS confirmed the commit. */
  const send = (progress: Progress): boolean => {
    if (!lms || terminated) return false;
    const values = progressValues(lms.version, course, progress, { sessionMs: Math.max(0, totalTimeMs(progress) - baselineMs), objectives });
    for (const [element, value] of values) {
      if (sent.get(element) === value) continue;
      const result = lms.setValue(element, value);
      if (result.ok) sent.set(element, value);
      else log(`SetValue(${element}, "${value.slice(0, 80)}") failed: ${result.error} ${result.message}`);
    }
    const commit = lms.commit();
    if (!commit.ok) log(`Commit failed: ${commit.error} ${commit.message}`);
    return commit.ok;
  };

  const journalSave = (progress: Progress): Promise<boolean> =>
    journal.save(learnerId, progress).then(
      () => true,
      (error: unknown) => {
        log(`journal write failed: ${String(error)}`);
        return false;
      },
    );

  return {
    kind: lms ? 'scorm' : 'idb',
    load: async () => structuredClone(current),
    async save(progress) {
      const journalled = journalSave(progress);
      const committed = send(progress);
      // Safe when either copy took it; the next launch reconciles the two.
      if (!(await journalled) && !committed) throw new Error('progress reached neither the LMS nor the local journal');
      current = structuredClone(progress);
    },
    async clear() {
      current = null;
      await journal.clear(learnerId).catch((error: unknown) => log(`journal clear failed: ${String(error)}`));
      if (!lms || terminated) return;
      const names = ELEMENTS[lms.version];
      // cmi.location cannot be emptied in 2004 (see progressValues); suspend_data wins over it at launch.
      for (const element of lms.version === '1.2' ? [names.suspendData, names.location] : [names.suspendData]) {
        sent.delete(element);
        const result = lms.setValue(element, '');
        if (!result.ok) log(`SetValue(${element}, "") failed: ${result.error} ${result.message}`);
      }
      const commit = lms.commit();
      if (!commit.ok) log(`Commit failed: ${commit.error} ${commit.message}`);
    },
    close(progress) {
      void journalSave(progress);
      if (!lms || terminated) return;
      send(progress);
      const result = lms.terminate();
      if (!result.ok) log(`Terminate failed: ${result.error} ${result.message}`);
      terminated = true;
    },
  };
}
