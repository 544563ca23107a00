// The room's timer for a discussion: mm:ss counting down, Starta/Pausa/Nollställ, and "Tiden är ute"
// said politely at zero, without sound. One timer in both windows: its state is the group session's.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  formatClock,
  isRunning,
  newTimer,
  pauseTimer,
  remaining,
  resetTimer,
  startTimer,
} from '../../../core/group/timer';
import { useGroupTimers } from '../../group/group-context';
import { useRoomWords } from '../../state/use-room-words';

/** How often a running clock redraws: often enough that a second never looks skipped. */
const TICK_MS = 250;

export function DiscussionTimer({
  timerKey,
  minutes,
  now = Date.now,
}: {
  timerKey: string;
  minutes: number;
  now?: () => number;
}) {
  const m = useRoomWords();
  const { timers, setTimer } = useGroupTimers();
  const timer = timers[timerKey] ?? newTimer(minutes);
  const [, redraw] = useState(0);
  const left = remaining(timer, now());
  const running = isRunning(timer, now());
  const wasRunning = useRef(running);
  const [timeUp, setTimeUp] = useState(false);

  useEffect(() => {
    if (!running) return;
    const interval = setInterval(() => redraw((n) => n + 1), TICK_MS);
    return () => clearInterval(interval);
  }, [running, timer.startedAt]);

  // Said once, when a run reaches zero in this window; cleared when the timer starts again or resets.
  useEffect(() => {
    if (wasRunning.current && !running && left === 0) setTimeUp(true);
    if (running || left > 0) setTimeUp(false);
    wasRunning.current = running;
  }, [running, left === 0]);

  return (
    <fieldset class="discussion-timer">
      <legend class="visually-hidden">{m.timer}</legend>
      <span class={`timer-clock${left === 0 ? ' is-out' : ''}`} role="timer">
        {formatClock(left)}
      </span>
      <span class="timer-buttons">
        {running ? (
          <button
            type="button"
            class="button button-secondary"
            onClick={() => setTimer(timerKey, pauseTimer(timer, now()))}
          >
            {m.pause}
          </button>
        ) : (
          <button type="button" class="button" onClick={() => setTimer(timerKey, startTimer(timer, now()))}>
            {m.start}
          </button>
        )}
        <button type="button" class="button button-secondary" onClick={() => setTimer(timerKey, resetTimer(timer))}>
          {m.reset}
        </button>
      </span>
      <span class="timer-status" aria-live="polite">
        {timeUp ? m.timeUp : ''}
      </span>
    </fieldset>
  );
}
