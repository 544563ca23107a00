// Boot: load the compiled course, open the progress backend, restore progress, then hydrate the
// prerendered start page or render the screen the address asks for.
import { hydrate, render } from 'preact';
import { App } from './app';
import { emptyProgress } from '../core/progress/progress';
import { restoreProgress } from '../core/progress/restore';
import { registerServiceWorker } from './pwa/register-sw';
import course from 'virtual:course';
import messages from 'virtual:messages';
import { findApi } from './scorm/find-api';
import { AppContext } from './state/app-context';
import { createApp } from './state/app-state';
import { LAUNCH_NOTICES, LOSS_NOTICES } from './state/notice-texts';
import { openLocalStore } from './state/open-local-store';
import { parseRoute } from './state/route';
import { MessagesContext } from './state/use-messages';
import { readZoomPreference } from './state/zoom-preference';
import { focusFirstScreen } from './ui/use-page-heading';
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

  const tree = (
    <MessagesContext.Provider value={messages}>
      <AppContext.Provider value={app}>
        <App />
      </AppContext.Provider>
    </MessagesContext.Provider>
  );
  if (root.hasAttribute('data-prerendered') && parseRoute(window.location.hash, course).view === 'start') {
    // Hydration adopts the prerendered DOM without checking its attributes, so it must meet the very
    // state the build rendered (a new learner, zoom off). The learner's own state then comes as a
    // normal render in the same task: no frame shows a returning learner the new-learner page. That
    // render also runs the hydrated tree's effects (its key and address listeners) before the page
    // is marked ready; with hydration alone, Orca's first Return on a card was sometimes lost.
    app.state.progress.value = emptyProgress(course);
    app.state.notices.value = [];
    app.state.zoom.value = false;
    hydrate(tree, root);
    app.state.progress.value = progress;
    app.state.notices.value = notices;
    app.state.zoom.value = zoom;
    render(tree, root);
  } else {
    // Another screen was asked for: a deep link, or a card followed on the prerendered start page
    // before the player came, which is a move to a new screen like any other.
    if (root.hasAttribute('data-prerendered') && !document.documentElement.classList.contains('deep-link'))
      focusFirstScreen();
    root.textContent = '';
    render(tree, root);
  }
  document.documentElement.classList.remove('deep-link');
  // The page is the player's now: what index.html showed before has been taken over or replaced.
  root.setAttribute('data-ready', '');
  // A button pressed before the player came (marked by index.html's first script) is pressed now.
  const early = root.querySelector<HTMLElement>('[data-early-click]');
  early?.removeAttribute('data-early-click');
  early?.click();
}

// Looked up once: it decides both the progress backend and whether an offline worker may register.
const lmsApiFound = findApi(window) !== null;
const root = document.getElementById('app');
if (root) void boot(root, lmsApiFound);
registerServiceWorker(lmsApiFound);
