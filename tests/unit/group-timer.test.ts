// The room's discussion timer as plain data: start, pause, reset and what is left, from one shared clock.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  discussionTimerKey,
  elapsed,
  formatClock,
  isRunning,
  newTimer,
  pauseTimer,
  readTimer,
  remaining,
  resetTimer,
  startTimer,
  type TimerState,
} from '../../src/core/group/timer';

const T0 = 1_700_000_000_000;
const FIVE_MIN = 5 * 60_000;

describe('a new timer', () => {
  it('holds the whole duration and is stopped', () => {
    const timer = newTimer(5);
    expect(timer).toEqual({ durationMs: FIVE_MIN, elapsedMs: 0, startedAt: null });
    expect(remaining(timer, T0)).toBe(FIVE_MIN);
    expect(elapsed(timer, T0)).toBe(0);
    expect(isRunning(timer, T0)).toBe(false);
  });

  it('has one key per discussion: module, page and block index', () => {
    expect(discussionTimerKey('alfa', 'andra-sidan', 1)).toBe('alfa/andra-sidan/1');
  });
});

describe('startTimer', () => {
  it('counts down from the start time', () => {
    const timer = startTimer(newTimer(5), T0);
    expect(isRunning(timer, T0)).toBe(true);
    expect(elapsed(timer, T0 + 12_000)).toBe(12_000);
    expect(remaining(timer, T0 + 12_000)).toBe(FIVE_MIN - 12_000);
  });

  it('leaves a running timer as it is', () => {
    const timer = startTimer(newTimer(5), T0);
    expect(startTimer(timer, T0 + 30_000)).toBe(timer);
  });

  it('goes on from where a pause left it', () => {
    const paused = pauseTimer(startTimer(newTimer(5), T0), T0 + 60_000);
    const resumed = startTimer(paused, T0 + 600_000);
    expect(remaining(resumed, T0 + 600_000)).toBe(FIVE_MIN - 60_000);
    expect(remaining(resumed, T0 + 630_000)).toBe(FIVE_MIN - 90_000);
  });

  it('never counts time before its start (another window’s clock a little behind)', () => {
    const timer = startTimer(newTimer(5), T0);
    expect(elapsed(timer, T0 - 500)).toBe(0);
    expect(remaining(timer, T0 - 500)).toBe(FIVE_MIN);
  });

  it('stops running at zero', () => {
    const timer = startTimer(newTimer(5), T0);
    expect(isRunning(timer, T0 + FIVE_MIN - 1)).toBe(true);
    expect(remaining(timer, T0 + FIVE_MIN)).toBe(0);
    expect(isRunning(timer, T0 + FIVE_MIN)).toBe(false);
    expect(remaining(timer, T0 + FIVE_MIN + 60_000)).toBe(0);
  });

  it('starts over a timer that ran out and was paused', () => {
    const out = pauseTimer(startTimer(newTimer(5), T0), T0 + FIVE_MIN + 1000);
    expect(remaining(out, T0 + FIVE_MIN + 1000)).toBe(0);
    const again = startTimer(out, T0 + 700_000);
    expect(isRunning(again, T0 + 700_000)).toBe(true);
    expect(remaining(again, T0 + 700_000)).toBe(FIVE_MIN);
    expect(remaining(again, T0 + 710_000)).toBe(FIVE_MIN - 10_000);
  });

  it('starts over a timer that ran out while running (Starta at 00:00)', () => {
    const out = startTimer(newTimer(5), T0);
    const later = T0 + FIVE_MIN + 20_000;
    expect(isRunning(out, later)).toBe(false);
    const again = startTimer(out, later);
    expect(isRunning(again, later)).toBe(true);
    expect(remaining(again, later)).toBe(FIVE_MIN);
    expect(remaining(again, later + 1000)).toBe(FIVE_MIN - 1000);
  });
});

describe('pauseTimer', () => {
  it('freezes what is left', () => {
    const paused = pauseTimer(startTimer(newTimer(5), T0), T0 + 45_000);
    expect(paused).toEqual({ durationMs: FIVE_MIN, elapsedMs: 45_000, startedAt: null });
    expect(isRunning(paused, T0 + 45_000)).toBe(false);
    expect(remaining(paused, T0 + 999_000)).toBe(FIVE_MIN - 45_000);
  });

  it('leaves a stopped timer as it is', () => {
    const timer = newTimer(5);
    expect(pauseTimer(timer, T0)).toBe(timer);
  });

  it('keeps no more than the duration when paused after zero', () => {
    const paused = pauseTimer(startTimer(newTimer(1), T0), T0 + 5 * 60_000);
    expect(paused.elapsedMs).toBe(60_000);
    expect(remaining(paused, T0)).toBe(0);
  });
});

describe('resetTimer', () => {
  it.each<[string, TimerState]>([
    ['running', startTimer(newTimer(5), T0)],
    ['paused', pauseTimer(startTimer(newTimer(5), T0), T0 + 30_000)],
    ['run out', startTimer(newTimer(5), T0 - 2 * FIVE_MIN)],
  ])('brings a %s timer back to the whole duration, stopped', (_, timer) => {
    const reset = resetTimer(timer);
    expect(reset).toEqual({ durationMs: FIVE_MIN, elapsedMs: 0, startedAt: null });
    expect(remaining(reset, T0 + 1000)).toBe(FIVE_MIN);
    expect(isRunning(reset, T0 + 1000)).toBe(false);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '00:00'],
    [1, '00:01'],
    [999, '00:01'],
    [1000, '00:01'],
    [1001, '00:02'],
    [59_000, '00:59'],
    [59_001, '01:00'],
    [60_000, '01:00'],
    [299_500, '05:00'],
    [600_000, '10:00'],
    [3_600_000, '60:00'],
    [-5000, '00:00'],
  ])('%i ms shows %s', (ms, clock) => {
    expect(formatClock(ms)).toBe(clock);
  });

  it('reaches 00:00 only when no time is left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3_600_000 }), (ms) => {
        expect(formatClock(ms)).not.toBe('00:00');
      }),
    );
  });
});

describe('readTimer', () => {
  it('accepts a stopped and a running timer', () => {
    expect(readTimer({ durationMs: 300_000, elapsedMs: 0, startedAt: null })).toEqual({
      durationMs: 300_000,
      elapsedMs: 0,
      startedAt: null,
    });
    expect(readTimer({ durationMs: 300_000, elapsedMs: 1500, startedAt: T0 })).toEqual({
      durationMs: 300_000,
      elapsedMs: 1500,
      startedAt: T0,
    });
  });

  it('keeps only the timer’s own fields', () => {
    expect(readTimer({ durationMs: 1, elapsedMs: 0, startedAt: null, extra: 'x' })).toEqual({
      durationMs: 1,
      elapsedMs: 0,
      startedAt: null,
    });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 300_000],
    ['a string', '{"durationMs":1,"elapsedMs":0,"startedAt":null}'],
    ['an empty object', {}],
    ['a missing startedAt', { durationMs: 1, elapsedMs: 0 }],
    ['a string duration', { durationMs: '300000', elapsedMs: 0, startedAt: null }],
    ['a negative duration', { durationMs: -1, elapsedMs: 0, startedAt: null }],
    ['a negative elapsed time', { durationMs: 1, elapsedMs: -1, startedAt: null }],
    ['an infinite duration', { durationMs: Number.POSITIVE_INFINITY, elapsedMs: 0, startedAt: null }],
    ['a NaN elapsed time', { durationMs: 1, elapsedMs: Number.NaN, startedAt: null }],
    ['a string start', { durationMs: 1, elapsedMs: 0, startedAt: '2024-01-01' }],
    ['a negative start', { durationMs: 1, elapsedMs: 0, startedAt: -1 }],
    ['a NaN start', { durationMs: 1, elapsedMs: 0, startedAt: Number.NaN }],
  ])('rejects %s', (_, value) => {
    expect(readTimer(value)).toBeNull();
  });

  it('never throws, whatever comes', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const timer = readTimer(value);
        if (timer) expect(Object.keys(timer).sort()).toEqual(['durationMs', 'elapsedMs', 'startedAt']);
      }),
    );
  });
});

describe('any run of starts and pauses', () => {
  /** A start or a pause, after a wait of `gap` ms. */
  const action = fc.record({ op: fc.constantFrom('start', 'pause'), gap: fc.integer({ min: 0, max: 200_000 }) });

  it('keeps what is left within 0 and the duration, and the time counted going only forward until it starts over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.array(action, { maxLength: 40 }), (minutes, actions) => {
        let timer = newTimer(minutes);
        let t = T0;
        /** The time counted, up to the duration: a pause after zero keeps the duration, not the overrun. */
        const counted = () => Math.min(elapsed(timer, t), timer.durationMs);
        let before = counted();
        for (const { op, gap } of actions) {
          t += gap;
          expect(counted()).toBeGreaterThanOrEqual(before);
          // Only a start over a timer that has run out begins again from zero.
          const startsOver = op === 'start' && remaining(timer, t) === 0;
          timer = op === 'start' ? startTimer(timer, t) : pauseTimer(timer, t);
          const left = remaining(timer, t);
          expect(left).toBeGreaterThanOrEqual(0);
          expect(left).toBeLessThanOrEqual(timer.durationMs);
          expect(timer.durationMs).toBe(minutes * 60_000);
          if (startsOver) expect(counted()).toBe(0);
          else expect(counted()).toBeGreaterThanOrEqual(before);
          before = counted();
        }
      }),
    );
  });
});
