// Throttles writes to a progress store: at most one write per interval while the learner works,
// and an immediate write on demand (page hidden, page closing).

export interface ThrottledSaver<T> {
  /** Queues the latest value; it is written within `intervalMs`. */
  schedule(value: T): void;
  /** Writes the queued value now, if any. */
  flush(): Promise<void>;
  /** The value not yet written, if any. */
  pending(): T | undefined;
}

interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The least wait before a failed write is tried again. */
const RETRY_MS = 5000;

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Creates a saver around `write`. A failed write keeps the value queued for the next attempt and
 * reports the error, so nothing is lost while the backend is failing.
 */
export function createThrottledSaver<T>(
  write: (value: T) => Promise<void>,
  { intervalMs = 2000, onError = (_error: unknown) => {}, onSaved = () => {}, timers = defaultTimers } = {},
): ThrottledSaver<T> {
  let queued: { value: T } | null = null;
  let timer: unknown = null;
  let writing: Promise<void> = Promise.resolve();
  // Counts values taken for writing, so a failed write never comes back over a newer value.
  let taken = 0;

  const arm = (ms: number) => {
    if (timer === null) timer = timers.setTimeout(() => void flush(), ms);
  };

  const flush = (): Promise<void> => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    if (!queued) return writing;
    const { value } = queued;
    queued = null;
    const turn = ++taken;
    writing = writing
      .then(() => write(value))
      .then(onSaved, (error: unknown) => {
        if (!queued && turn === taken) {
          queued = { value };
          // Try again later on our own: the learner may make no further change for a while.
          arm(Math.max(intervalMs, RETRY_MS));
        }
        onError(error);
      });
    return writing;
  };

  return {
    schedule(value) {
      queued = { value };
      arm(intervalMs);
    },
    flush,
    pending: () => queued?.value,
  };
}
