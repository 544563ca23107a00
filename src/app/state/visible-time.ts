// Measures time while the page is visible, so a hidden tab never counts as study time.

export interface VisibleTimer {
  /** Reports the visible time since the last report, and starts counting anew. */
  flush(): void;
  stop(): void;
}

/**
 * Calls `report(ms)` with visible time: every `tickMs`, when the page is hidden, and on flush().
 */
export function startVisibleTimer(
  report: (ms: number) => void,
  { doc = document, now = () => performance.now(), tickMs = 15000 } = {},
): VisibleTimer {
  let since: number | null = doc.visibilityState === 'visible' ? now() : null;
  const flush = () => {
    if (since === null) return;
    const t = now();
    const elapsed = t - since;
    since = t;
    if (elapsed > 0) report(elapsed);
  };
  const onVisibility = () => {
    if (doc.visibilityState === 'visible') {
      since ??= now();
    } else {
      flush();
      since = null;
    }
  };
  doc.addEventListener('visibilitychange', onVisibility);
  const interval = setInterval(flush, tickMs);
  return {
    flush,
    stop: () => {
      flush();
      since = null;
      clearInterval(interval);
      doc.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
