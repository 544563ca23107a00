// The start page as a new learner sees it, rendered to HTML at build time (scripts/vite-plugin-prerender.ts)
// so a phone paints it from index.html alone; main.tsx then hydrates it. Never part of the browser build.
import { renderToString } from 'preact-render-to-string';
import { emptyProgress } from '../core/progress/progress';
import course from 'virtual:course';
import messages from 'virtual:messages';
import { App } from './app';
import { AppContext } from './state/app-context';
import { createApp } from './state/app-state';
import { createMemoryNotesStore } from './state/notes-store';
import { MessagesContext } from './state/use-messages';
import { zoomPreferenceKey } from './state/zoom-preference';
import { createMemoryStore } from './storage/memory-store';

/** Where the learner's zoom choice is kept, so index.html can apply it before its first paint. */
export const zoomKey = zoomPreferenceKey(course.id);

/** The start page's document title, which index.html then has from the start (start-page.tsx sets the same). */
export const startTitle = `${course.title} – ${course.subtitle}`;

/** What a first visit shows: no progress, no notes, no notices, zoom off; main.tsx hydrates the same state. */
export function renderStartPage(): string {
  const app = createApp({
    course,
    messages,
    progress: emptyProgress(course),
    notes: {},
    zoom: false,
    notices: [],
    store: createMemoryStore(),
    notesStore: createMemoryNotesStore(),
  });
  return renderToString(
    <MessagesContext.Provider value={messages}>
      <AppContext.Provider value={app}>
        <App />
      </AppContext.Provider>
    </MessagesContext.Provider>,
  );
}
