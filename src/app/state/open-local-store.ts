// Opens the standalone backends (IndexedDB), falling back to memory when storage is blocked.
import type { Course } from '../../core/course/types';
import { createIdbStore, defaultIdbStore, withTimeout } from '../storage/idb-store';
import { createMemoryStore } from '../storage/memory-store';
import type { ProgressStore } from '../../core/progress/store';
import type { Notice } from './app-state';
import { createIdbNotesStore, createMemoryNotesStore, type NotesStore } from './notes-store';

const STORAGE_BLOCKED: Notice = { id: 'storageBlocked' };

export interface LocalBackends {
  store: ProgressStore;
  notesStore: NotesStore;
  /** What the store held at start. */
  stored: unknown;
  notices: Notice[];
}

/** A blocked IndexedDB can leave `open` pending forever; give up after this long. */
const OPEN_TIMEOUT_MS = 4000;

export async function openLocalStore(course: Course): Promise<LocalBackends> {
  try {
    const db = defaultIdbStore(course.id);
    const store = createIdbStore(course.id, db);
    const stored = await withTimeout(store.load(), OPEN_TIMEOUT_MS);
    return { store, notesStore: createIdbNotesStore(course.id, db), stored, notices: [] };
  } catch {
    return {
      store: createMemoryStore(),
      notesStore: createMemoryNotesStore(),
      stored: null,
      notices: [STORAGE_BLOCKED],
    };
  }
}
