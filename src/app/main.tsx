// Boot: load the compiled course, open the progress backend, restore progress, render.
import { render } from 'preact';
import { App } from './app';
import { restoreProgress } from '../core/progress/restore';
import { registerServiceWorker } from './pwa/register-sw';
import course from 'virtual:course';
import messages from 'virtual:messages';
import { findApi } from './scorm/find-api';
import { AppContext } from './state/app-context';
import { createApp } from './state/app-state';
import { LAUNCH_NOTICES, LOSS_NOTICES } from './state/notice-texts';
import { openLocalStore } from './state/open-local-store';
import { MessagesContext } from './state/use-messages';
import { readZoomPreference } from './state/zoom-preference';
import './ui/base.css';

async function boot(root: HTMLElement, lmsApiFound: boolean): Promise<void> {
  const zoom = readZoomPreference(course.id);
  document.documentElement.classList.toggle('zoom', zoom);
  // Notes stay in this browser in every mode; progress goes to the LMS when there is one.
  const local = await openLocalStore(course);
  // The SCORM code is a chunk of its own: a learner outside an LMS never loads it.
  const lms = lmsApiFound ? await (await import('./scorm/connect')).connectLms(course) : null;
  const { progress, loss } = restoreProgress(course, lms ? await lms.store.load().catch(() => null) : local.stored);
  const notes = await local.notesStore.load().catch(() => ({}));
  const base = lms ? lms.notices.map((code) => LAUNCH_NOTICES[code]) : local.notices;
  const notices = loss === 'none' ? base : [...base, LOSS_NOTICES[loss]];
  const store = lms?.store ?? local.store;
  const app = createApp({ course, messages, progress, notes, zoom, notices, store, notesStore: local.notesStore });

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void app.actions.flush();
  });
  // pagehide, not unload: unload is unreliable and blocked by some browsers and LMSs.
  window.addEventListener('pagehide', () => app.actions.close());

  root.textContent = '';
  render(
    <MessagesContext.Provider value={messages}>
      <AppContext.Provider value={app}>
        <App />
      </AppContext.Provider>
    </MessagesContext.Provider>,
    root,
  );
}

// Looked up once: it decides both the progress backend and whether an offline worker may register.
const lmsApiFound = findApi(window) !== null;
const root = document.getElementById('app');
if (root) void boot(root, lmsApiFound);
registerServiceWorker(lmsApiFound);
