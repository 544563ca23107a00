// The one app state (cells) and the actions that change it; persistence hangs off the actions.
import type { Messages } from '../../core/messages';
import type { Course } from '../../core/course/types';
import type { Notes } from '../../core/export/text-version';
import {
  addTime,
  emptyProgress,
  markSeen,
  recordAnswer,
  type Location,
  type Progress,
} from '../../core/progress/progress';
import type { ProgressStore } from '../../core/progress/store';
import { createThrottledSaver, type ThrottledSaver } from './throttled-saver';
import { createCellGroup, type Cell, type CellGroup } from './cell';
import type { NotesStore } from './notes-store';
import { writeZoomPreference } from './zoom-preference';

/** A message for the learner about storage, shown politely (role="status"); the UI words it. */
export interface Notice {
  id: keyof Messages['notice'];
}

export interface AppState {
  course: Course;
  /** The UI words of the course's language. */
  messages: Messages;
  progress: Cell<Progress>;
  notes: Cell<Notes>;
  zoom: Cell<boolean>;
  notices: Cell<Notice[]>;
  /** Whether downloads and the print view include the learner's reflection notes. */
  includeNotes: Cell<boolean>;
  /** Tells of every change of the state. */
  changes: Pick<CellGroup, 'subscribe' | 'version'>;
}

export interface AppActions {
  showPage(location: Location): void;
  answer(moduleId: string, checkId: string, choice: number): void;
  countTime(moduleId: string, ms: number): void;
  setNote(reflectionId: string, text: string): void;
  toggleZoom(): void;
  restart(): Promise<void>;
  dismissNotice(id: string): void;
  /**
   * Runs `hook` synchronously first thing in every flush and close, so that what has not been
   * recorded yet (the visible seconds since the timer's last tick) goes out with the last write.
   * Returns the function that removes it.
   */
  beforeFlush(hook: () => void): () => void;
  /** Writes everything pending now: on `visibilitychange` to hidden. */
  flush(): Promise<void>;
  /** Last writes before the page goes away: on `pagehide`. */
  close(): void;
}

export interface AppInit {
  course: Course;
  messages: Messages;
  progress: Progress;
  notes: Notes;
  zoom: boolean;
  notices: Notice[];
  store: ProgressStore;
  notesStore: NotesStore;
}

const SAVE_FAILED: Notice = { id: 'saveFailed' };

export function createApp(init: AppInit): { state: AppState; actions: AppActions } {
  const cells = createCellGroup();
  const state: AppState = {
    course: init.course,
    messages: init.messages,
    progress: cells.cell(init.progress),
    notes: cells.cell(init.notes),
    zoom: cells.cell(init.zoom),
    notices: cells.cell(init.notices),
    includeNotes: cells.cell(false),
    changes: cells,
  };
  const addNotice = (notice: Notice) => {
    if (!state.notices.value.some((n) => n.id === notice.id)) state.notices.value = [...state.notices.value, notice];
  };
  const dismissNotice = (id: string) => {
    state.notices.value = state.notices.value.filter((n) => n.id !== id);
  };
  const progressSaver: ThrottledSaver<Progress> = createThrottledSaver((p) => init.store.save(p), {
    intervalMs: init.store.saveIntervalMs ?? 2000,
    onError: () => addNotice(SAVE_FAILED),
    onSaved: () => dismissNotice(SAVE_FAILED.id),
  });
  const notesSaver = createThrottledSaver((n: Notes) => init.notesStore.save(n), {
    intervalMs: 500,
    onError: () => addNotice(SAVE_FAILED),
  });
  const hooks = new Set<() => void>();
  const runHooks = () => {
    for (const hook of hooks) hook();
  };
  const update = (next: Progress) => {
    state.progress.value = next;
    progressSaver.schedule(next);
  };

  const actions: AppActions = {
    showPage: (location) => update(markSeen(state.progress.value, location)),
    answer(moduleId, checkId, choice) {
      const at = Date.now();
      update(recordAnswer(state.progress.value, moduleId, checkId, choice, at));
      init.store.recordAnswer?.({ checkId, choice, at });
    },
    countTime: (moduleId, ms) => update(addTime(state.progress.value, moduleId, ms)),
    setNote(reflectionId, text) {
      state.notes.value = { ...state.notes.value, [reflectionId]: text };
      notesSaver.schedule(state.notes.value);
    },
    toggleZoom() {
      state.zoom.value = !state.zoom.value;
      writeZoomPreference(state.course.id, state.zoom.value);
    },
    async restart() {
      await progressSaver.flush();
      state.progress.value = emptyProgress(state.course);
      await init.store.clear().catch(() => addNotice(SAVE_FAILED));
      progressSaver.schedule(state.progress.value);
    },
    dismissNotice,
    beforeFlush(hook) {
      hooks.add(hook);
      return () => void hooks.delete(hook);
    },
    flush() {
      runHooks();
      return Promise.all([progressSaver.flush(), notesSaver.flush()]).then(() => undefined);
    },
    close() {
      runHooks();
      void notesSaver.flush();
      if (init.store.close) init.store.close(state.progress.value);
      else void progressSaver.flush();
    },
  };
  return { state, actions };
}
