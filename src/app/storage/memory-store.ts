// Progress kept only in memory: the fallback when storage is blocked or failing.
import type { Progress } from '../../core/progress/progress';
import type { ProgressStore } from '../../core/progress/store';

/** A store that lives as long as the page. */
export function createMemoryStore(initial: unknown = null): ProgressStore {
  let stored: unknown = initial;
  return {
    saveIntervalMs: 0,
    load: async () => structuredClone(stored),
    save: async (progress: Progress) => {
      stored = structuredClone(progress);
    },
    clear: async () => {
      stored = null;
    },
  };
}
