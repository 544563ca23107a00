// Renders the whole app or a screen around a fixture course with in-memory stores.
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { loadCourse } from '../../scripts/load-course';
import type { Course } from '../../src/course/types';
import { emptyProgress, type Progress } from '../../src/progress/progress';
import { createMemoryStore } from '../../src/progress/memory-store';
import { AppContext } from '../../src/state/app-context';
import { createApp, type Notice } from '../../src/state/app-state';
import { createMemoryNotesStore } from '../../src/state/notes-store';

export const fixtureCourse: Course = loadCourse('tests/fixtures/course');

export function renderWithApp(ui: ComponentChildren, { progress = emptyProgress(fixtureCourse), notices = [] as Notice[] } = {}) {
  const store = createMemoryStore();
  const app = createApp({ course: fixtureCourse, progress: progress as Progress, notes: {}, zoom: false, notices, store, notesStore: createMemoryNotesStore() });
  const result = render(<AppContext.Provider value={app}>{ui}</AppContext.Provider>);
  return { ...result, app, store };
}
