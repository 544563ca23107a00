// The room's discussion timer as plain data, so two windows can share it: both read the same clock,
// so a start time is all they need to agree on what is left.

export interface TimerState {
  durationMs: number;
  /** Time run before the current run started (after a pause). */
  elapsedMs: number;
  /** When the current run started (ms since the epoch), or null while stopped. */
  startedAt: number | null;
}

/** One key per discussion in the course, the same in every window: module, page and block index. */
export function discussionTimerKey(moduleId: string, pageId: string, blockIndex: number): string {
  return `${moduleId}/${pageId}/${blockIndex}`;
}

export function newTimer(minutes: number): TimerState {
  return { durationMs: minutes * 60_000, elapsedMs: 0, startedAt: null };
}

export function elapsed(timer: TimerState, now: number): number {
  return timer.elapsedMs + (timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt));
}

export function remaining(timer: TimerState, now: number): number {
  return Math.max(0, timer.durationMs - elapsed(timer, now));
}

export function isRunning(timer: TimerState, now: number): boolean {
  return timer.startedAt !== null && remaining(timer, now) > 0;
}

export function startTimer(timer: TimerState, now: number): TimerState {
  // Starting a timer that has run out starts it over, whether it was paused or ran out still started.
  if (remaining(timer, now) === 0) return { durationMs: timer.durationMs, elapsedMs: 0, startedAt: now };
  if (timer.startedAt !== null) return timer;
  return { ...timer, startedAt: now };
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (timer.startedAt === null) return timer;
  return { ...timer, elapsedMs: Math.min(timer.durationMs, elapsed(timer, now)), startedAt: null };
}

export function resetTimer(timer: TimerState): TimerState {
  return { durationMs: timer.durationMs, elapsedMs: 0, startedAt: null };
}

/** "mm:ss", rounding up, so the display reaches 00:00 only when the time is out. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.max(0, ms) / 1000);
  const mm = Math.floor(seconds / 60);
  const ss = seconds % 60;
  return `${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}`;
}

/** A well-formed timer from another window's message, or null. */
export function readTimer(value: unknown): TimerState | null {
  if (!value || typeof value !== 'object') return null;
  const { durationMs, elapsedMs, startedAt } = value as Record<string, unknown>;
  const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!finite(durationMs) || !finite(elapsedMs) || !(startedAt === null || finite(startedAt))) return null;
  return { durationMs, elapsedMs, startedAt };
}
