// Progress in IndexedDB through idb-keyval: the standalone (non-LMS) backend.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Progress } from './progress';
import type { ProgressStore } from './store';

/** The idb-keyval store the app uses; one database for progress, notes and the SCORM journal. */
export function defaultIdbStore(): UseStore {
  return createStore('medborgardialog', 'kv');
}

/** A progress store keyed by course id, so two courses on one origin keep apart. */
export function createIdbStore(courseId: string, db: UseStore = defaultIdbStore()): ProgressStore {
  const key = `progress:${courseId}`;
  return {
    kind: 'idb',
    // A write costs 1–2 ms, so write at once: Chrome drops IndexedDB writes started in pagehide,
    // and a window of even a fraction of a second would lose the page a learner closes the tab on.
    saveIntervalMs: 0,
    load: () => get(key, db).then((value) => value ?? null),
    save: (progress: Progress) => set(key, progress, db),
    clear: () => del(key, db),
  };
}
