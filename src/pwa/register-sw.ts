// Registers the offline service worker (dist/sw.js, built by vite-plugin-pwa) in standalone mode.
// Inside an LMS the LMS owns the origin, and the SCORM zips carry no service worker.
import { findApi } from '../scorm/find-api';

/** True when this page runs as the standalone app: not launched as SCORM (`?scorm=`) and no LMS API around it. */
export function isStandalone(win: Window): boolean {
  if (new URLSearchParams(win.location.search).has('scorm')) return false;
  return findApi(win) === null;
}

/** Registers sw.js once the page has loaded, so it never competes with the first render. */
export function registerServiceWorker(win: Window = window): void {
  if (!import.meta.env.PROD || !('serviceWorker' in win.navigator) || !isStandalone(win)) return;
  const register = () => {
    win.navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline copy this time (e.g. storage blocked); the app itself runs on.
    });
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
