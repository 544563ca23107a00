// Study time counts only while the page is visible: a hidden tab never adds time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startVisibleTimer } from '../../src/app/state/visible-time';

/** A fake document: visibility the test sets, and the listeners the timer adds. */
function fakeDocument(initial: DocumentVisibilityState) {
  const listeners = new Set<() => void>();
  const doc = {
    visibilityState: initial,
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'visibilitychange') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: () => void) => {
      if (type === 'visibilitychange') listeners.delete(listener);
    },
  };
  return {
    doc: doc as unknown as Document,
    listeners,
    set(state: DocumentVisibilityState) {
      doc.visibilityState = state;
      for (const listener of listeners) listener();
    },
  };
}

let clock = 0;
const now = () => clock;
/** Moves the fake clock and the fake timers on together. */
function wait(ms: number) {
  for (let step = 0; step < ms; step += 100) {
    clock += Math.min(100, ms - step);
    vi.advanceTimersByTime(Math.min(100, ms - step));
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 10_000;
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startVisibleTimer', () => {
  it('reports visible time on flush, and counts anew from there', () => {
    const page = fakeDocument('visible');
    const report = vi.fn();
    const timer = startVisibleTimer(report, { doc: page.doc, now, tickMs: 60_000 });
    wait(5_000);
    timer.flush();
    wait(2_000);
    timer.flush();
    expect(report.mock.calls).toEqual([[5_000], [2_000]]);
  });

  it('never counts time while the tab is hidden', () => {
    const page = fakeDocument('visible');
    const report = vi.fn();
    const timer = startVisibleTimer(report, { doc: page.doc, now, tickMs: 60_000 });
    wait(3_000);
    page.set('hidden');
    wait(600_000);
    timer.flush();
    page.set('visible');
    wait(4_000);
    timer.flush();
    expect(report.mock.calls).toEqual([[3_000], [4_000]]);
  });

  it('starts counting only when a page opened in a hidden tab becomes visible', () => {
    const page = fakeDocument('hidden');
    const report = vi.fn();
    const timer = startVisibleTimer(report, { doc: page.doc, now, tickMs: 60_000 });
    wait(120_000);
    timer.flush();
    expect(report).not.toHaveBeenCalled();
    page.set('visible');
    wait(1_500);
    timer.flush();
    expect(report.mock.calls).toEqual([[1_500]]);
  });

  it('reports every tick while visible, and not at all while hidden', () => {
    const page = fakeDocument('visible');
    const report = vi.fn();
    startVisibleTimer(report, { doc: page.doc, now, tickMs: 15_000 });
    wait(30_000);
    expect(report.mock.calls).toEqual([[15_000], [15_000]]);
    page.set('hidden');
    wait(60_000);
    expect(report.mock.calls).toEqual([[15_000], [15_000]]);
  });

  it('a repeated "visible" event does not restart the count', () => {
    const page = fakeDocument('visible');
    const report = vi.fn();
    const timer = startVisibleTimer(report, { doc: page.doc, now, tickMs: 60_000 });
    wait(2_000);
    page.set('visible');
    wait(1_000);
    timer.flush();
    expect(report.mock.calls).toEqual([[3_000]]);
  });

  it('reports nothing when no time has passed', () => {
    const page = fakeDocument('visible');
    const report = vi.fn();
    startVisibleTimer(report, { doc: page.doc, now, tickMs: 60_000 }).flush();
    expect(report).not.toHaveBeenCalled();
  });

  it('stop reports the rest, then counts nothing more and lets go of the document', () => {
    const page = fakeDocument('visible');
    const report = vi.fn();
    const timer = startVisibleTimer(report, { doc: page.doc, now, tickMs: 15_000 });
    wait(4_000);
    timer.stop();
    expect(report.mock.calls).toEqual([[4_000]]);
    expect(page.listeners.size).toBe(0);
    wait(60_000);
    page.set('hidden');
    page.set('visible');
    wait(60_000);
    expect(report.mock.calls).toEqual([[4_000]]);
  });
});
