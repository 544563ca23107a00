// Renders the whole app or a screen around a fixture course with in-memory stores.
import { act, render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { loadCourse } from '../../scripts/load-course';
import { messagesFor, sv } from '../../src/core/messages';
import type { Course } from '../../src/core/course/types';
import { emptyProgress, type Progress } from '../../src/core/progress/progress';
import { createMemoryStore } from '../../src/app/storage/memory-store';
import { AppContext } from '../../src/app/state/app-context';
import { createApp, type Notice } from '../../src/app/state/app-state';
import { createMemoryNotesStore } from '../../src/app/state/notes-store';
import { MessagesContext } from '../../src/app/state/use-messages';

export const fixtureCourse: Course = loadCourse('tests/fixtures/course');

export function renderWithApp(
  ui: ComponentChildren,
  { progress = emptyProgress(fixtureCourse), notices = [] as Notice[] } = {},
) {
  const store = createMemoryStore();
  const messages = messagesFor(fixtureCourse.language) ?? sv;
  const app = createApp({
    course: fixtureCourse,
    messages,
    progress: progress as Progress,
    notes: {},
    zoom: false,
    notices,
    store,
    notesStore: createMemoryNotesStore(),
  });
  const result = render(
    <MessagesContext.Provider value={messages}>
      <AppContext.Provider value={app}>{ui}</AppContext.Provider>
    </MessagesContext.Provider>,
  );
  return { ...result, app, store };
}

/** Moves the app to `hash` as a link or the address bar would. */
export async function goTo(hash: string) {
  await act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}
