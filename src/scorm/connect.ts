// Launch inside an LMS: find the API, initialize it, read back what the LMS keeps, reconcile it with
// the local journal, and hand the app a progress store. No API → null (standalone mode).
import type { Course } from '../course/types';
import type { ProgressStore } from '../progress/store';
import { ELEMENTS } from './data-model';
import { findApi, type ApiWindow } from './find-api';
import { defaultJournal, type Journal } from './journal';
import { createLmsSession, type LmsSession } from './lms-api';
import { NOTICES, reconcile, type LmsLaunch } from './reconcile';
import { createScormStore } from './scorm-store';

export interface LmsConnection {
  store: ProgressStore;
  /** Swedish, shown politely to the learner, e.g. when the LMS failed and local journal progress was used. */
  notice: string | null;
}

export interface ConnectOptions {
  journal?: Journal;
  log?: (message: string) => void;
}

const defaultLog = (message: string) => console.warn(`[scorm] ${message}`);

/** Reads the launch data; errors other than "never set" make the LMS's copy unreadable. */
function readLaunch(lms: LmsSession, log: (message: string) => void): LmsLaunch & { learnerId: string; objectiveIds: string[] } {
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
  return { learnerId, entry, location, suspendData, readable, objectiveIds };
}

/**
 * Finds an LMS API (preferring the version in the launch URL's `?scorm=12|2004`), initializes it,
 * and returns a store; null when there is no LMS (→ standalone IndexedDB mode). Never throws.
 */
export async function connectLms(course: Course, win: Window | ApiWindow = window, options: ConnectOptions = {}): Promise<LmsConnection | null> {
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
      const store = createScormStore({ course, lms: null, journal, learnerId, stored, objectiveIds: [], log });
      return { store, notice: NOTICES.initFailed };
    }
    const launch = readLaunch(lms, log);
    void journal.setLastLearner(launch.learnerId).catch(() => undefined);
    const journalled = await journal.load(launch.learnerId).catch((error: unknown) => {
      log(`journal read failed: ${String(error)}`);
      return null;
    });
    const { stored, notice } = reconcile(course, launch, journalled);
    const store = createScormStore({ course, lms, journal, learnerId: launch.learnerId, stored, objectiveIds: launch.objectiveIds, log });
    return { store, notice };
  } catch (error) {
    log(`LMS connection failed: ${String(error)}`);
    return null;
  }
}
