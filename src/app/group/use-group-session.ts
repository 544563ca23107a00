// A group session: which step of the page the projector shows, the room's timers, the black screen,
// and keeping the projector window and the facilitator window in step over the course's channel.
// The projector window owns the position (only it knows how its screen splits a page); the
// facilitator view asks it to move and shows where it is. Either window works alone.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Course } from '../../core/course/types';
import type { GroupMessage, GroupPosition } from '../../core/group/messages';
import { clampStep } from '../../core/group/step-index';
import type { StepRange } from '../../core/group/steps';
import type { TimerState } from '../../core/group/timer';
import { nextRoute, parseRoute, previousRoute, routeHash, type Route } from '../state/route';
import type { GroupChannel } from './group-channel';

export interface GroupSession {
  /** The step shown on the current page (0 where the page is shown whole). */
  step: number;
  stepCount: number;
  /** The page's measured steps, reported by the page on screen. */
  setRanges(hash: string, ranges: StepRange[] | null): void;
  /** The next step, or the next screen after a page's last step. */
  next(): void;
  /** The previous step, or the previous page's last step. */
  previous(): void;
  timers: Record<string, TimerState>;
  setTimer(key: string, timer: TimerState): void;
  blackout: boolean;
  toggleBlackout(): void;
  /** In the facilitator view: where the projector is (or, with no projector open, where it would be). */
  remote: GroupPosition | null;
  /** In the facilitator view: whether a projector window has answered. */
  projectorSeen: boolean;
}

const LAST_STEP = Number.POSITIVE_INFINITY;

export function useGroupSession({
  course,
  route,
  projecting,
  channel,
  navigate = (hash) => {
    window.location.hash = hash;
  },
  now = Date.now,
}: {
  course: Course;
  route: Route;
  /** Whether this window shows pages as projector steps. */
  projecting: boolean;
  channel: GroupChannel;
  navigate?: (hash: string) => void;
  now?: () => number;
}): GroupSession {
  const hash = routeHash(route);
  const isFacilitator = route.view === 'facilitator';
  // The step asked for on the screen being navigated to ("last" when going back a page).
  const pending = useRef<{ hash: string; step: number } | null>(null);
  const [stepState, setStepState] = useState({ hash, step: 0 });
  const [split, setSplit] = useState<{ hash: string; ranges: StepRange[] } | null>(null);
  const [timers, setTimers] = useState<Record<string, TimerState>>({});
  const [blackout, setBlackout] = useState(false);
  const [remote, setRemote] = useState<GroupPosition | null>(null);
  const [projectorSeen, setProjectorSeen] = useState(false);
  const moduleStart = useRef<{ moduleId: string; at: number } | null>(null);

  const requested =
    stepState.hash === hash ? stepState.step : pending.current?.hash === hash ? pending.current.step : 0;
  const ranges = projecting && split?.hash === hash ? split.ranges : null;
  const stepCount = ranges?.length ?? 1;
  const step = clampStep(requested, stepCount);

  useLayoutEffect(() => {
    if (stepState.hash !== hash) setStepState({ hash, step: requested });
    pending.current = null;
  }, [hash]);

  if (!isFacilitator && (route.view === 'page' || route.view === 'end')) {
    if (moduleStart.current?.moduleId !== route.moduleId) moduleStart.current = { moduleId: route.moduleId, at: now() };
  }
  const moduleStartedAt = moduleStart.current?.at ?? null;

  const goTo = (target: Route | null, targetStep: number) => {
    if (!target) return;
    const targetHash = routeHash(target);
    if (targetHash === hash) {
      setStepState({ hash, step: targetStep });
      return;
    }
    pending.current = { hash: targetHash, step: targetStep };
    navigate(targetHash);
  };

  // What the message listener needs, current at every render.
  const latest = useRef({ hash, step, ranges, moduleStartedAt, timers, blackout, isFacilitator, goTo });
  latest.current = { hash, step, ranges, moduleStartedAt, timers, blackout, isFacilitator, goTo };

  const positionNow = (): GroupPosition => {
    const l = latest.current;
    return { hash: l.hash, step: l.step, ranges: l.ranges, moduleStartedAt: l.moduleStartedAt };
  };

  useEffect(() => {
    const off = channel.listen((message: GroupMessage) => {
      const l = latest.current;
      switch (message.type) {
        case 'hello':
          if (!l.isFacilitator) channel.post({ type: 'position', position: positionNow() });
          if (Object.keys(l.timers).length > 0) channel.post({ type: 'timers', timers: l.timers });
          if (l.blackout) channel.post({ type: 'blackout', on: true });
          return;
        case 'position':
          if (l.isFacilitator) {
            setRemote(message.position);
            setProjectorSeen(true);
          }
          return;
        case 'go': {
          if (l.isFacilitator) return;
          const target = parseRoute(message.hash, course);
          if (target.view !== 'page' && target.view !== 'end' && target.view !== 'start') return;
          l.goTo(target, message.step < 0 ? LAST_STEP : message.step);
          return;
        }
        case 'timers': {
          // Merged by key, not replaced: timers are never removed, and two windows that each change a
          // different timer at once would otherwise swap their maps and drop both changes.
          const merged = { ...l.timers, ...message.timers };
          l.timers = merged;
          setTimers(merged);
          return;
        }
        case 'blackout':
          setBlackout(message.on);
          return;
      }
    });
    channel.post({ type: 'hello' });
    return off;
  }, [channel]);

  // The projector tells where it is after every move, and when its split of the page changes.
  const rangesKey = JSON.stringify(ranges);
  useEffect(() => {
    if (!isFacilitator) channel.post({ type: 'position', position: positionNow() });
  }, [hash, step, rangesKey, moduleStartedAt, isFacilitator]);

  const setTimer = (key: string, timer: TimerState) => {
    const next = { ...latest.current.timers, [key]: timer };
    latest.current.timers = next;
    setTimers(next);
    channel.post({ type: 'timers', timers: next });
  };

  const toggleBlackout = () => {
    const on = !latest.current.blackout;
    latest.current.blackout = on;
    setBlackout(on);
    channel.post({ type: 'blackout', on });
  };

  // The facilitator view moves its own copy of the position at once (so it works with no projector
  // open) and asks the projector to follow; the projector's answer then corrects the copy.
  const moveRemote = (direction: 1 | -1) => {
    const from = remote ?? { hash: '#/', step: 0, ranges: null, moduleStartedAt: null };
    const count = from.ranges?.length ?? 1;
    const inside = from.step + direction;
    if (inside >= 0 && inside < count) {
      setRemote({ ...from, step: inside });
      channel.post({ type: 'go', hash: from.hash, step: inside });
      return;
    }
    const here = parseRoute(from.hash, course);
    const target = direction === 1 ? nextRoute(course, here) : previousRoute(course, here);
    if (!target) return;
    const targetHash = routeHash(target);
    setRemote({ hash: targetHash, step: 0, ranges: null, moduleStartedAt: from.moduleStartedAt });
    channel.post({ type: 'go', hash: targetHash, step: direction === 1 ? 0 : -1 });
  };

  return {
    step,
    stepCount,
    setRanges(forHash, next) {
      setSplit((current) => {
        if (!next) return current?.hash === forHash ? null : current;
        if (current?.hash === forHash && JSON.stringify(current.ranges) === JSON.stringify(next)) return current;
        return { hash: forHash, ranges: next };
      });
    },
    next() {
      if (isFacilitator) return moveRemote(1);
      if (step < stepCount - 1) goTo(route, step + 1);
      else goTo(nextRoute(course, route), 0);
    },
    previous() {
      if (isFacilitator) return moveRemote(-1);
      if (step > 0) goTo(route, step - 1);
      else goTo(previousRoute(course, route), projecting ? LAST_STEP : 0);
    },
    timers,
    setTimer,
    blackout,
    toggleBlackout,
    remote,
    projectorSeen,
  };
}
