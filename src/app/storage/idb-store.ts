// Progress in IndexedDB through idb-keyval: the standalone (non-LMS) backend.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { Progress } from '../../core/progress/progress';
import type { ProgressStore } from '../../core/progress/store';

/**
 * The course's own database (named by the course id) for progress, notes and the SCORM journal:
 * two courses on one origin never share or clear each other's data.
 */
export function defaultIdbStore(courseId: string): UseStore {
  return createStore(courseId, 'kv');
}

/** A blocked IndexedDB can leave a request pending forever: give up after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A progress store keyed by course id, so two courses on one origin keep apart. */
export function createIdbStore(courseId: string, db: UseStore = defaultIdbStore(courseId)): ProgressStore {
  const key = `progress:${courseId}`;
  return {
    // A write costs 1–2 ms, so write at once: Chrome drops IndexedDB writes started in pagehide,
    // and a window of even a fraction of a second would lose the page a learner closes the tab on.
    saveIntervalMs: 0,
    load: () => get(key, db).then((value) => value ?? null),
    save: (progress: Progress) => set(key, progress, db),
    clear: () => del(key, db),
  };
}
