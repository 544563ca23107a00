// The discussion timer as the room sees it: mm:ss counting down, Starta/Pausa/Nollställ, and
// "Tiden är ute" said politely at zero; its state is the room's, shared by every view of it.
import { act, fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sv } from '../../src/core/messages';
import { newTimer, startTimer, type TimerState } from '../../src/core/group/timer';
import { GroupTimersContext } from '../../src/app/group/group-context';
import { MessagesContext } from '../../src/app/state/use-messages';
import { DiscussionTimer } from '../../src/app/ui/projector/discussion-timer';

const T0 = 1_700_000_000_000;
const KEY = 'alfa/andra-sidan/1';
let clock = T0;
const now = () => clock;
/** Every timer the room was told about, in order. */
let set: [string, TimerState][] = [];

/** The room's timers, held as the group session holds them. */
function Room({ initial = {}, children }: { initial?: Record<string, TimerState>; children: ComponentChildren }) {
  const [timers, setTimers] = useState(initial);
  const setTimer = (key: string, timer: TimerState) => {
    set.push([key, timer]);
    setTimers((current) => ({ ...current, [key]: timer }));
  };
  return (
    <MessagesContext.Provider value={sv}>
      <GroupTimersContext.Provider value={{ timers, setTimer }}>{children}</GroupTimersContext.Provider>
    </MessagesContext.Provider>
  );
}

function renderTimer(minutes = 5, initial: Record<string, TimerState> = {}) {
  return render(
    <Room initial={initial}>
      <DiscussionTimer timerKey={KEY} minutes={minutes} now={now} />
    </Room>,
  );
}

/** Lets `ms` pass on the clock and on the timers that redraw it. */
async function wait(ms: number) {
  await act(() => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  });
}

const clockText = () => screen.getByRole('timer').textContent;
const liveText = () => document.querySelector('[aria-live="polite"]')?.textContent;
const press = async (name: string) => {
  await act(() => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
};
const buttons = () => screen.getAllByRole('button').map((b) => b.textContent);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
  clock = T0;
  set = [];
});

afterEach(() => {
  vi.useRealTimers();
});

describe('DiscussionTimer', () => {
  it('shows the discussion’s minutes, stopped, in a named group', () => {
    renderTimer();
    expect(screen.getByRole('group', { name: 'Diskussionens tidtagare' })).toBeTruthy();
    expect(clockText()).toBe('05:00');
    expect(buttons()).toEqual(['Starta', 'Nollställ']);
    expect(liveText()).toBe('');
  });

  it('shows other minutes from the course', () => {
    renderTimer(10);
    expect(clockText()).toBe('10:00');
  });

  it('counts down once started, redrawing on its own', async () => {
    renderTimer();
    await press('Starta');
    expect(set).toEqual([[KEY, { durationMs: 300_000, elapsedMs: 0, startedAt: T0 }]]);
    expect(buttons()).toEqual(['Pausa', 'Nollställ']);
    await wait(1000);
    expect(clockText()).toBe('04:59');
    await wait(61_000);
    expect(clockText()).toBe('03:58');
  });

  it('shows a whole second as soon as it starts, rounding up', async () => {
    renderTimer();
    await press('Starta');
    await wait(250);
    expect(clockText()).toBe('05:00');
    await wait(750);
    expect(clockText()).toBe('04:59');
  });

  it('pauses and goes on from where it stood', async () => {
    renderTimer();
    await press('Starta');
    await wait(30_000);
    await press('Pausa');
    expect(clockText()).toBe('04:30');
    expect(buttons()).toEqual(['Starta', 'Nollställ']);
    // Nothing redraws a paused clock, and nothing needs to.
    expect(vi.getTimerCount()).toBe(0);
    await wait(120_000);
    expect(clockText()).toBe('04:30');
    await press('Starta');
    await wait(10_000);
    expect(clockText()).toBe('04:20');
  });

  it('resets to the whole time, stopped', async () => {
    renderTimer();
    await press('Starta');
    await wait(95_000);
    await press('Nollställ');
    expect(clockText()).toBe('05:00');
    expect(buttons()).toEqual(['Starta', 'Nollställ']);
    await wait(5000);
    expect(clockText()).toBe('05:00');
  });

  it('says “Tiden är ute” politely at zero and stops', async () => {
    renderTimer(1);
    await press('Starta');
    await wait(59_000);
    expect(clockText()).toBe('00:01');
    expect(liveText()).toBe('');
    await wait(1000);
    expect(clockText()).toBe('00:00');
    const status = screen.getByText('Tiden är ute');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(buttons()).toEqual(['Starta', 'Nollställ']);
    expect(vi.getTimerCount()).toBe(0);
    await wait(30_000);
    expect(clockText()).toBe('00:00');
  });

  it('starts over with Starta once the time is out', async () => {
    renderTimer(1);
    await press('Starta');
    await wait(65_000);
    expect(liveText()).toBe('Tiden är ute');
    await press('Starta');
    expect(clockText()).toBe('01:00');
    expect(liveText()).toBe('');
    expect(buttons()).toEqual(['Pausa', 'Nollställ']);
    await wait(2000);
    expect(clockText()).toBe('00:58');
  });

  it('clears “Tiden är ute” on Nollställ', async () => {
    renderTimer(1);
    await press('Starta');
    await wait(60_000);
    await press('Nollställ');
    expect(clockText()).toBe('01:00');
    expect(liveText()).toBe('');
  });

  it('does not announce a time that ran out before it was shown', async () => {
    renderTimer(5, { [KEY]: startTimer(newTimer(5), T0 - 10 * 60_000) });
    expect(clockText()).toBe('00:00');
    await wait(1000);
    expect(liveText()).toBe('');
  });

  it('shows a timer the room started elsewhere, running', async () => {
    renderTimer(5, { [KEY]: startTimer(newTimer(5), T0 - 90_000) });
    expect(clockText()).toBe('03:30');
    expect(buttons()).toEqual(['Pausa', 'Nollställ']);
    await wait(30_000);
    expect(clockText()).toBe('03:00');
  });

  it('is one timer wherever it is shown', async () => {
    render(
      <Room>
        <DiscussionTimer timerKey={KEY} minutes={5} now={now} />
        <DiscussionTimer timerKey={KEY} minutes={5} now={now} />
        <DiscussionTimer timerKey="alfa/andra-sidan/3" minutes={2} now={now} />
      </Room>,
    );
    await act(() => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Starta' })[0] as HTMLElement);
    });
    await wait(5000);
    expect(screen.getAllByRole('timer').map((t) => t.textContent)).toEqual(['04:55', '04:55', '02:00']);
    await act(() => {
      fireEvent.click(screen.getAllByRole('button', { name: 'Pausa' })[1] as HTMLElement);
    });
    await wait(5000);
    expect(screen.getAllByRole('timer').map((t) => t.textContent)).toEqual(['04:55', '04:55', '02:00']);
  });
});
