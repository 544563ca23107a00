// The learner's reflection notes: kept in this browser only, never sent to an LMS.
import { get, set, type UseStore } from 'idb-keyval';
import type { Notes } from '../../core/export/text-version';

export interface NotesStore {
  load(): Promise<Notes>;
  save(notes: Notes): Promise<void>;
}

/** Notes in IndexedDB, keyed by course id. */
export function createIdbNotesStore(courseId: string, db: UseStore): NotesStore {
  const key = `notes:${courseId}`;
  return {
    load: async () => {
      const value: unknown = await get(key, db);
      return typeof value === 'object' && value !== null ? (value as Notes) : {};
    },
    save: (notes) => set(key, notes, db),
  };
}

/** Notes for this page view only: the fallback when IndexedDB is blocked. */
export function createMemoryNotesStore(): NotesStore {
  let notes: Notes = {};
  return {
    load: async () => notes,
    save: async (next) => {
      notes = next;
    },
  };
}
