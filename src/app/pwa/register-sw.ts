// Registers the offline service worker (dist/sw.js, built by vite-plugin-pwa) in standalone mode.
// Inside an LMS the LMS owns the origin, and the SCORM zips carry no service worker.
/** What starts the registration early: the learner's first interaction. */
const INTERACTIONS = ['pointerdown', 'keydown'] as const;

/** True when this page runs as the standalone app: not launched as SCORM (`?scorm=`) and no LMS API around it. */
function isStandalone(win: Window, lmsApiFound: boolean): boolean {
  return !lmsApiFound && !new URLSearchParams(win.location.search).has('scorm');
}

/**
 * Registers sw.js at the learner's first interaction, or `delayMs` after the load event. Installing
 * the worker downloads and caches the whole build, which on a slow laptop or network competes
 * with the first screen; measured with Lighthouse, registering at load cost about 80 ms of
 * blocking time on mobile.
 */
export function registerServiceWorker(lmsApiFound: boolean, win: Window = window, delayMs = 5000): void {
  if (!import.meta.env.PROD || !('serviceWorker' in win.navigator) || !isStandalone(win, lmsApiFound)) return;
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    for (const type of INTERACTIONS) win.removeEventListener(type, register, true);
    win.navigator.serviceWorker.register('./sw.js').catch(() => {
      // No offline copy this time (e.g. storage blocked); the app itself runs on.
    });
  };
  for (const type of INTERACTIONS) win.addEventListener(type, register, { capture: true, passive: true });
  const later = () => win.setTimeout(register, delayMs);
  if (win.document.readyState === 'complete') later();
  else win.addEventListener('load', later, { once: true });
}
