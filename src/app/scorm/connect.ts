// Launch inside an LMS: find the API, initialize it, read back what the LMS keeps, reconcile it with
// the local journal, and hand the app a progress store. No API → null (standalone mode).
import type { Course } from '../../core/course/types';
import type { ProgressStore } from '../../core/progress/store';
import { ELEMENTS } from '../../core/scorm/data-model';
import { findApi, type ApiWindow } from './find-api';
import { defaultJournal, type Journal } from './journal';
import { createLmsSession, type LmsSession } from './lms-api';
import { floorElements, type RecordFloor } from '../../core/scorm/record-floor';
import { readJournalEntry, reconcile, type LaunchNotice, type LmsLaunch } from '../../core/scorm/reconcile';
import { createScormStore } from './scorm-store';

export interface LmsConnection {
  store: ProgressStore;
  /** What to tell the learner (worded by the boot), e.g. when the journal filled in what the LMS lacked. */
  notices: LaunchNotice[];
}

interface LaunchRead extends LmsLaunch {
  learnerId: string;
  objectiveIds: string[];
  /** cmi.mode / cmi.core.lesson_mode is "review" or "browse": the record must not change. */
  review: boolean;
  floor: RecordFloor;
  interactionCount: number;
}

export interface ConnectOptions {
  journal?: Journal;
  log?: (message: string) => void;
}

const defaultLog = (message: string) => console.warn(`[scorm] ${message}`);

/** Reads the launch data; errors other than "never set" make the LMS's copy unreadable. */
function readLaunch(lms: LmsSession, log: (message: string) => void): LaunchRead {
  const names = ELEMENTS[lms.version];
  let readable = true;
  const read = (element: string): string => {
    const result = lms.getValue(element);
    if (!result.ok) {
      log(`GetValue(${element}) failed: ${result.error} ${result.message}`);
      if (element === names.suspendData || element === names.location) readable = false;
    }
    return result.value;
  };
  const learnerId = read(names.learnerId);
  const entry = read(names.entry);
  const location = read(names.location);
  const suspendData = read(names.suspendData);
  const count = Number.parseInt(read('cmi.objectives._count'), 10);
  const objectiveIds: string[] = [];
  for (let n = 0; n < (Number.isFinite(count) ? count : 0); n++) objectiveIds.push(read(`cmi.objectives.${n}.id`));
  const mode = read(names.mode);
  const floor: RecordFloor = new Map();
  for (const element of floorElements(lms.version, objectiveIds.length)) floor.set(element, read(element));
  // Interactions are appended after those the LMS holds (1.2 makes them write-only: only _count is readable).
  const interactions = Number.parseInt(read('cmi.interactions._count'), 10);
  const review = mode === 'review' || mode === 'browse';
  return {
    learnerId,
    entry,
    location,
    suspendData,
    readable,
    objectiveIds,
    review,
    floor,
    interactionCount: Number.isFinite(interactions) ? interactions : 0,
  };
}

/**
 * Finds an LMS API (preferring the version in the launch URL's `?scorm=12|2004`), initializes it,
 * and returns a store; null when there is no LMS (→ standalone IndexedDB mode). Never throws.
 */
export async function connectLms(
  course: Course,
  win: Window | ApiWindow = window,
  options: ConnectOptions = {},
): Promise<LmsConnection | null> {
  const log = options.log ?? defaultLog;
  try {
    const found = findApi(win);
    if (!found) return null;
    const journal = options.journal ?? defaultJournal(course.id);
    const lms = createLmsSession(found);
    const init = lms.initialize();
    // 2004's 103 "already initialized": the session is live, e.g. the LMS initialized it for us.
    const alreadyInitialized = lms.version === '2004' && init.error === 103;
    if (!init.ok && !alreadyInitialized) {
      log(`Initialize failed: ${init.error} ${init.message}`);
      // Without a session the LMS cannot say who the learner is: the last one here is the best guess.
      const learnerId = (await journal.lastLearner().catch(() => null)) ?? '';
      const stored = await journal.load(learnerId).catch(() => null);
      const store = createScormStore({
        course,
        lms: null,
        journal,
        learnerId,
        stored: readJournalEntry(stored)?.progress ?? null,
        objectiveIds: [],
        log,
      });
      return { store, notices: ['init-failed'] };
    }
    const launch = readLaunch(lms, log);
    void journal.setLastLearner(launch.learnerId).catch(() => undefined);
    const journalled = await journal.load(launch.learnerId).catch((error: unknown) => {
      log(`journal read failed: ${String(error)}`);
      return null;
    });
    const { stored, notice } = reconcile(course, launch, journalled);
    const store = createScormStore({
      course,
      lms,
      journal,
      learnerId: launch.learnerId,
      stored,
      objectiveIds: launch.objectiveIds,
      log,
      review: launch.review,
      floor: launch.floor,
      interactionCount: launch.interactionCount,
    });
    const notices: LaunchNotice[] = launch.review ? ['review-mode'] : [];
    return { store, notices: notice ? [notice, ...notices] : notices };
  } catch (error) {
    log(`LMS connection failed: ${String(error)}`);
    return null;
  }
}
