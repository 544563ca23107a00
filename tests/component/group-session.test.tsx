// A group session in two windows, the projector and the facilitator view, linked by an in-memory
// BroadcastChannel: steps, pages, timers and the black screen follow each other both ways.
import { act, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { Course } from '../../src/core/course/types';
import type { GroupMessage, GroupPosition } from '../../src/core/group/messages';
import type { StepRange } from '../../src/core/group/steps';
import { newTimer, startTimer } from '../../src/core/group/timer';
import { openGroupChannel } from '../../src/app/group/group-channel';
import { useGroupSession, type GroupSession } from '../../src/app/group/use-group-session';
import { parseRoute, routeHash, type Route } from '../../src/app/state/route';

const course: Course = loadCourse('tests/fixtures/course');
const T0 = 1_700_000_000_000;

const FIRST = '#/modul/alfa/forsta-sidan';
const SECOND = '#/modul/alfa/andra-sidan';
const THIRD = '#/modul/alfa/tredje-sidan';
const BETA = '#/modul/beta/enda-sidan';
const page = (hash: string) => parseRoute(hash, course);
const FACILITATOR: Route = { view: 'facilitator' };
const THREE_STEPS: StepRange[] = [
  { start: 0, end: 2 },
  { start: 2, end: 3 },
  { start: 3, end: 5 },
];
const TWO_STEPS: StepRange[] = [
  { start: 0, end: 1 },
  { start: 1, end: 4 },
];

/** Messages on their way between windows: delivered later, as a browser's BroadcastChannel does. */
let inFlight: (() => void)[] = [];

/** A BroadcastChannel within this test: every other open channel of the same name gets a copy. */
class FakeBroadcastChannel {
  static open: FakeBroadcastChannel[] = [];
  /** What this window sent, in order. */
  readonly posted: unknown[] = [];
  private readonly listeners = new Set<(event: MessageEvent) => void>();

  constructor(readonly name: string) {
    FakeBroadcastChannel.open.push(this);
  }

  postMessage(data: unknown) {
    if (!FakeBroadcastChannel.open.includes(this)) throw new DOMException('Channel is closed', 'InvalidStateError');
    this.posted.push(data);
    for (const other of FakeBroadcastChannel.open) {
      if (other === this || other.name !== this.name) continue;
      const copy = structuredClone(data);
      inFlight.push(() => {
        for (const listener of other.listeners) listener(new MessageEvent('message', { data: copy }));
      });
    }
  }

  addEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'message', listener: (event: MessageEvent) => void) {
    this.listeners.delete(listener);
  }

  close() {
    FakeBroadcastChannel.open = FakeBroadcastChannel.open.filter((c) => c !== this);
  }
}

const fakeWindow = { BroadcastChannel: FakeBroadcastChannel } as unknown as Window;

/** Delivers every message in flight, and those sent in answer, until the windows are quiet. */
async function settle() {
  for (let round = 0; inFlight.length > 0; round++) {
    if (round > 20) throw new Error('the windows never stop talking to each other');
    const batch = inFlight;
    inFlight = [];
    await act(() => {
      for (const deliver of batch) deliver();
    });
  }
}

interface TestWindow {
  /** The session as last rendered. */
  readonly session: GroupSession;
  readonly hash: string;
  /** Every hash the session asked to navigate to. */
  navigations: string[];
  /** What this window sent over the channel, as read by the other side. */
  sent(): GroupMessage[];
  /** Calls a session action as a key or button would, and lets the windows answer each other. */
  do(action: (session: GroupSession) => void): Promise<void>;
  /** Follows a link or the address bar to `hash`, not through the session. */
  visit(hash: string): Promise<void>;
  /** Closes the window: its session goes, and its channel with it. */
  close(): void;
}

let clock = T0;
const now = () => clock;

/** Opens a window of the course at `start`, its session rendered by a tiny component. */
async function openWindow(start: Route, { projecting = true } = {}): Promise<TestWindow> {
  const channel = openGroupChannel(course.id, fakeWindow);
  const fake = FakeBroadcastChannel.open.at(-1) as FakeBroadcastChannel;
  const state = {
    session: null as GroupSession | null,
    route: start,
    navigations: [] as string[],
    setRoute: (_: Route) => {},
  };
  function Harness() {
    const [route, setRoute] = useState(start);
    state.route = route;
    state.setRoute = setRoute;
    const session = useGroupSession({
      course,
      route,
      projecting: projecting && route.view === 'page',
      channel,
      now,
      navigate: (hash) => {
        state.navigations.push(hash);
        setRoute(parseRoute(hash, course));
      },
    });
    state.session = session;
    return (
      <p>
        {route.view} {session.step + 1}/{session.stepCount}
      </p>
    );
  }
  const { unmount } = render(<Harness />);
  await settle();
  const win: TestWindow = {
    get session() {
      return state.session as GroupSession;
    },
    get hash() {
      return routeHash(state.route);
    },
    navigations: state.navigations,
    sent: () => fake.posted as GroupMessage[],
    async do(action) {
      await act(() => action(win.session));
      await settle();
    },
    async visit(hash) {
      await act(() => state.setRoute(parseRoute(hash, course)));
      await settle();
    },
    close() {
      unmount();
      channel.close();
    },
  };
  return win;
}

/** The projector at `hash`, its page measured into `ranges`. */
async function openProjector(hash: string, ranges: StepRange[] | null = THREE_STEPS) {
  const projector = await openWindow(page(hash));
  if (ranges) await projector.do((s) => s.setRanges(hash, ranges));
  return projector;
}

const positions = (win: TestWindow): GroupPosition[] =>
  win.sent().flatMap((message) => (message.type === 'position' ? [message.position] : []));
const lastPosition = (win: TestWindow) => positions(win).at(-1);

beforeEach(() => {
  FakeBroadcastChannel.open = [];
  inFlight = [];
  clock = T0;
});

describe('the projector window', () => {
  it('says hello, then where it is, when it opens', async () => {
    const projector = await openWindow(page(FIRST));
    expect(projector.sent()).toEqual([
      { type: 'hello' },
      { type: 'position', position: { hash: FIRST, step: 0, ranges: null, moduleStartedAt: T0 } },
    ]);
    expect(screen.getByText('page 1/1')).toBeTruthy();
  });

  it('tells where it is again when its page is split and after each step', async () => {
    const projector = await openProjector(FIRST);
    expect(lastPosition(projector)).toEqual({ hash: FIRST, step: 0, ranges: THREE_STEPS, moduleStartedAt: T0 });
    await projector.do((s) => s.next());
    expect(lastPosition(projector)).toMatchObject({ hash: FIRST, step: 1, ranges: THREE_STEPS });
    expect(positions(projector)).toHaveLength(3);
  });

  it('does not tell again when the same split is reported again', async () => {
    const projector = await openProjector(FIRST);
    const before = projector.sent().length;
    await projector.do((s) =>
      s.setRanges(
        FIRST,
        THREE_STEPS.map((r) => ({ ...r })),
      ),
    );
    expect(projector.sent()).toHaveLength(before);
  });

  it('moves through the steps of a page, then on to the next page’s first step', async () => {
    const projector = await openProjector(FIRST);
    expect([projector.session.step, projector.session.stepCount]).toEqual([0, 3]);
    await projector.do((s) => s.next());
    await projector.do((s) => s.next());
    expect(projector.session.step).toBe(2);
    expect(projector.navigations).toEqual([]);
    await projector.do((s) => s.next());
    expect(projector.navigations).toEqual([SECOND]);
    expect(projector.hash).toBe(SECOND);
    expect([projector.session.step, projector.session.stepCount]).toEqual([0, 1]);
    expect(lastPosition(projector)).toEqual({ hash: SECOND, step: 0, ranges: null, moduleStartedAt: T0 });
  });

  it('goes back a step, and at a page’s first step to the previous page’s last step', async () => {
    const projector = await openProjector(FIRST);
    await projector.do((s) => s.next());
    await projector.do((s) => s.previous());
    expect(projector.session.step).toBe(0);
    await projector.do((s) => s.next());
    await projector.do((s) => s.next());
    await projector.do((s) => s.next());
    expect(projector.hash).toBe(SECOND);
    await projector.do((s) => s.previous());
    expect(projector.navigations).toEqual([SECOND, FIRST]);
    expect(projector.hash).toBe(FIRST);
    expect(projector.session.step).toBe(2);
    expect(lastPosition(projector)).toMatchObject({ hash: FIRST, step: 2 });
  });

  it('shows the last step once the previous page has been measured', async () => {
    const projector = await openProjector(SECOND, TWO_STEPS);
    await projector.do((s) => s.previous());
    expect(projector.hash).toBe(FIRST);
    // The page on screen now is not measured yet: it shows whole until it is.
    expect([projector.session.step, projector.session.stepCount]).toEqual([0, 1]);
    await projector.do((s) => s.setRanges(FIRST, THREE_STEPS));
    expect([projector.session.step, projector.session.stepCount]).toEqual([2, 3]);
    expect(lastPosition(projector)).toMatchObject({ hash: FIRST, step: 2, ranges: THREE_STEPS });
  });

  it('goes back to the first step of the previous page when not projecting', async () => {
    const learner = await openWindow(page(SECOND), { projecting: false });
    await learner.do((s) => s.previous());
    expect(learner.hash).toBe(FIRST);
    expect([learner.session.step, learner.session.stepCount]).toEqual([0, 1]);
  });

  it('shows a page opened by a link from its first step', async () => {
    const projector = await openProjector(FIRST);
    await projector.do((s) => s.next());
    await projector.do((s) => s.next());
    await projector.visit(THIRD);
    expect([projector.hash, projector.session.step]).toEqual([THIRD, 0]);
    await projector.visit(FIRST);
    expect([projector.hash, projector.session.step, projector.session.stepCount]).toEqual([FIRST, 0, 3]);
    expect(lastPosition(projector)).toMatchObject({ hash: FIRST, step: 0 });
    expect(projector.navigations).toEqual([]);
  });

  it('stays on a module’s first page when going back from its first step', async () => {
    const projector = await openProjector(FIRST);
    await projector.do((s) => s.previous());
    expect(projector.navigations).toEqual([]);
    expect(projector.session.step).toBe(0);
  });

  it('goes from a module’s end screen to the next module, keeping when each module started', async () => {
    const projector = await openProjector(THIRD, null);
    await projector.do((s) => s.next());
    expect(projector.hash).toBe('#/modul/alfa/klar');
    expect(lastPosition(projector)?.moduleStartedAt).toBe(T0);
    clock = T0 + 45 * 60_000;
    await projector.do((s) => s.next());
    expect(projector.hash).toBe(BETA);
    expect(lastPosition(projector)).toEqual({ hash: BETA, step: 0, ranges: null, moduleStartedAt: T0 + 45 * 60_000 });
  });
});

describe('the facilitator window', () => {
  it('knows where the projector is once it answers', async () => {
    const projector = await openProjector(FIRST);
    await projector.do((s) => s.next());
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    expect(facilitator.session.projectorSeen).toBe(true);
    expect(facilitator.session.remote).toEqual({ hash: FIRST, step: 1, ranges: THREE_STEPS, moduleStartedAt: T0 });
    // It never tells a position of its own.
    expect(positions(facilitator)).toEqual([]);
  });

  it('sees a projector opened after it, and follows its moves', async () => {
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    expect(facilitator.session.projectorSeen).toBe(false);
    expect(facilitator.session.remote).toBeNull();
    const projector = await openProjector(FIRST);
    expect(facilitator.session.projectorSeen).toBe(true);
    expect(facilitator.session.remote).toMatchObject({ hash: FIRST, step: 0, ranges: THREE_STEPS });
    await projector.do((s) => s.next());
    expect(facilitator.session.remote).toMatchObject({ hash: FIRST, step: 1 });
  });

  it('moves the projector a step, then to the next page', async () => {
    const projector = await openProjector(FIRST, TWO_STEPS);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    await facilitator.do((s) => s.next());
    expect(facilitator.sent()).toContainEqual({ type: 'go', hash: FIRST, step: 1 });
    expect(projector.session.step).toBe(1);
    expect(facilitator.session.remote).toMatchObject({ hash: FIRST, step: 1 });
    await facilitator.do((s) => s.next());
    expect(facilitator.sent().at(-1)).toEqual({ type: 'go', hash: SECOND, step: 0 });
    expect(projector.navigations).toEqual([SECOND]);
    expect(projector.hash).toBe(SECOND);
    expect(facilitator.session.remote).toEqual({ hash: SECOND, step: 0, ranges: null, moduleStartedAt: T0 });
    // The facilitator's own window stays where it is.
    expect(facilitator.hash).toBe('#/handledare');
    expect(facilitator.navigations).toEqual([]);
  });

  it('moves the projector back to the previous page’s last step', async () => {
    const projector = await openProjector(FIRST);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    for (let i = 0; i < 3; i++) await facilitator.do((s) => s.next());
    expect(projector.hash).toBe(SECOND);
    await facilitator.do((s) => s.previous());
    expect(facilitator.sent().at(-1)).toEqual({ type: 'go', hash: FIRST, step: -1 });
    expect(projector.hash).toBe(FIRST);
    expect(projector.session.step).toBe(2);
    expect(facilitator.session.remote).toMatchObject({ hash: FIRST, step: 2, ranges: THREE_STEPS });
  });

  it('cannot move before a projector has told where the room is', async () => {
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    await facilitator.do((s) => s.next());
    await facilitator.do((s) => s.previous());
    expect(facilitator.sent()).toEqual([{ type: 'hello' }]);
    expect(facilitator.session.remote).toBeNull();
  });
});

describe('one room in two windows', () => {
  it('shares a timer set in either window', async () => {
    const projector = await openProjector(SECOND, null);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    const started = startTimer(newTimer(10), T0);
    await facilitator.do((s) => s.setTimer('alfa/andra-sidan/1', started));
    expect(projector.session.timers).toEqual({ 'alfa/andra-sidan/1': started });
    await projector.do((s) => s.setTimer('alfa/andra-sidan/2', newTimer(5)));
    expect(facilitator.session.timers).toEqual({ 'alfa/andra-sidan/1': started, 'alfa/andra-sidan/2': newTimer(5) });
    expect(projector.session.timers).toEqual(facilitator.session.timers);
  });

  it('keeps both timers when the two windows set different ones at the same moment', async () => {
    const projector = await openProjector(SECOND, null);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    const first = startTimer(newTimer(10), T0);
    const second = startTimer(newTimer(5), T0 + 200);
    // Both change before either has heard from the other.
    await act(() => {
      facilitator.session.setTimer('alfa/andra-sidan/1', first);
      projector.session.setTimer('alfa/andra-sidan/2', second);
    });
    await settle();
    const both = { 'alfa/andra-sidan/1': first, 'alfa/andra-sidan/2': second };
    expect(projector.session.timers).toEqual(both);
    expect(facilitator.session.timers).toEqual(both);
  });

  it('hands the timers to a window opened later', async () => {
    const projector = await openProjector(SECOND, null);
    const started = startTimer(newTimer(10), T0);
    await projector.do((s) => s.setTimer('alfa/andra-sidan/1', started));
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    expect(facilitator.session.timers).toEqual({ 'alfa/andra-sidan/1': started });
  });

  it('blacks out and brings back the screen from either window', async () => {
    const projector = await openProjector(FIRST);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    await facilitator.do((s) => s.toggleBlackout());
    expect([projector.session.blackout, facilitator.session.blackout]).toEqual([true, true]);
    await projector.do((s) => s.toggleBlackout());
    expect([projector.session.blackout, facilitator.session.blackout]).toEqual([false, false]);
    await projector.do((s) => s.toggleBlackout());
    expect([projector.session.blackout, facilitator.session.blackout]).toEqual([true, true]);
  });

  it('keeps a reloaded projector black', async () => {
    await openProjector(FIRST);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    await facilitator.do((s) => s.toggleBlackout());
    const reloaded = await openProjector(FIRST);
    expect(reloaded.session.blackout).toBe(true);
  });

  it('ignores malformed messages from the channel', async () => {
    const projector = await openProjector(FIRST);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    const remoteBefore = facilitator.session.remote;
    const stranger = new FakeBroadcastChannel(`kurs:${course.id}:grupp`);
    for (const data of [
      null,
      'go',
      { type: 'go', hash: 'javascript:alert(1)', step: 0 },
      { type: 'go', hash: SECOND, step: 1.5 },
      { type: 'go', hash: SECOND, step: '1' },
      { type: 'blackout', on: 'yes' },
      { type: 'timers', timers: [newTimer(5)] },
      { type: 'timers', timers: { 'alfa/andra-sidan/1': { durationMs: -1, elapsedMs: 0, startedAt: null } } },
      { type: 'position', position: { hash: SECOND, step: -1, ranges: null, moduleStartedAt: null } },
      { type: 'position', position: { hash: SECOND, step: 0, ranges: [{ start: 1, end: 1 }], moduleStartedAt: 0 } },
    ]) {
      stranger.postMessage(data);
    }
    await settle();
    expect(projector.navigations).toEqual([]);
    expect([projector.hash, projector.session.step]).toEqual([FIRST, 0]);
    expect([projector.session.blackout, facilitator.session.blackout]).toEqual([false, false]);
    expect([projector.session.timers, facilitator.session.timers]).toEqual([{}, {}]);
    expect(facilitator.session.remote).toEqual(remoteBefore);
  });

  it('takes the projector only to module pages, end screens and the start page', async () => {
    const projector = await openProjector(FIRST);
    const stranger = new FakeBroadcastChannel(`kurs:${course.id}:grupp`);
    for (const hash of ['#/handledare', '#/utskrift', '#/handledarguide', '#/modul/finns-inte', '#/sida/kallor']) {
      stranger.postMessage({ type: 'go', hash, step: 0 });
    }
    await settle();
    expect(projector.navigations).toEqual([]);
    stranger.postMessage({ type: 'go', hash: '#/modul/alfa/klar', step: 0 });
    await settle();
    expect(projector.navigations).toEqual(['#/modul/alfa/klar']);
  });

  it('leaves the projector working when the facilitator window closes', async () => {
    const projector = await openProjector(FIRST);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    await facilitator.do((s) => s.next());
    facilitator.close();
    await projector.do((s) => s.next());
    expect(projector.session.step).toBe(2);
    await projector.do((s) => s.toggleBlackout());
    expect(projector.session.blackout).toBe(true);
  });

  it('leaves the facilitator moving its own copy when the projector closes, until a projector answers again', async () => {
    const projector = await openProjector(FIRST, TWO_STEPS);
    const facilitator = await openWindow(FACILITATOR, { projecting: false });
    projector.close();
    await facilitator.do((s) => s.next());
    expect(facilitator.session.remote).toMatchObject({ hash: FIRST, step: 1, ranges: TWO_STEPS });
    await facilitator.do((s) => s.next());
    expect(facilitator.session.remote).toEqual({ hash: SECOND, step: 0, ranges: null, moduleStartedAt: T0 });
    await facilitator.do((s) => s.next());
    expect(facilitator.session.remote).toMatchObject({ hash: THIRD, step: 0 });
    // A projector opened again shows its own page; the facilitator's copy follows it.
    await openProjector(SECOND, TWO_STEPS);
    expect(facilitator.session.remote).toEqual({ hash: SECOND, step: 0, ranges: TWO_STEPS, moduleStartedAt: T0 });
  });
});
