// The local journal of LMS progress: every save also goes to IndexedDB, keyed by course and learner,
// so that a failing LMS loses nothing and the next launch can reconcile.
import { get, set, del, type UseStore } from 'idb-keyval';
import { defaultIdbStore, withTimeout } from '../storage/idb-store';
import type { Progress } from '../../core/progress/progress';

/** One journalled state and whether the LMS confirmed it (a successful Commit after it was set). */
export interface JournalEntry {
  progress: Progress;
  confirmed: boolean;
}

export interface Journal {
  /** What was journalled for this learner (a JournalEntry, or a bare Progress from before entries), or null. */
  load(learnerId: string): Promise<unknown>;
  save(learnerId: string, entry: JournalEntry): Promise<void>;
  clear(learnerId: string): Promise<void>;
  /** The learner who last launched this course here: the best guess when the LMS cannot say. */
  lastLearner(): Promise<string | null>;
  setLastLearner(learnerId: string): Promise<void>;
}

/** A blocked IndexedDB can leave requests pending forever; a journal read gives up after this. */
const TIMEOUT_MS = 3000;

/** The journal in IndexedDB, in the course's database. */
export function createIdbJournal(courseId: string, db: UseStore = defaultIdbStore(courseId)): Journal {
  const key = (learnerId: string) => `scorm-journal:${courseId}:${learnerId}`;
  const lastKey = `scorm-journal-last-learner:${courseId}`; // apart from the learner keys, whatever the ids
  return {
    load: (learnerId) => withTimeout(get(key(learnerId), db), TIMEOUT_MS).then((value: unknown) => value ?? null),
    save: (learnerId, entry) => withTimeout(set(key(learnerId), entry, db), TIMEOUT_MS),
    clear: (learnerId) => withTimeout(del(key(learnerId), db), TIMEOUT_MS),
    lastLearner: () =>
      withTimeout(get(lastKey, db), TIMEOUT_MS).then((value: unknown) => (typeof value === 'string' ? value : null)),
    setLastLearner: (learnerId) => withTimeout(set(lastKey, learnerId, db), TIMEOUT_MS),
  };
}

/** A journal in memory: for tests, and when IndexedDB cannot even be opened. */
export function createMemoryJournal(): Journal {
  const entries = new Map<string, unknown>();
  let last: string | null = null;
  return {
    load: async (learnerId) => entries.get(learnerId) ?? null,
    save: async (learnerId, entry) => void entries.set(learnerId, structuredClone(entry)),
    clear: async (learnerId) => void entries.delete(learnerId),
    lastLearner: async () => last,
    setLastLearner: async (learnerId) => {
      last = learnerId;
    },
  };
}

/** The IndexedDB journal, or a memory one when IndexedDB is missing or refuses to open. */
export function defaultJournal(courseId: string): Journal {
  try {
    return createIdbJournal(courseId);
  } catch {
    return createMemoryJournal();
  }
}
