// Hands the room's shared state (timers) to the blocks that show it, in both windows.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TimerState } from '../../core/group/timer';

export interface GroupTimers {
  timers: Record<string, TimerState>;
  setTimer(key: string, timer: TimerState): void;
}

export const GroupTimersContext = createContext<GroupTimers>({ timers: {}, setTimer() {} });

export function useGroupTimers(): GroupTimers {
  return useContext(GroupTimersContext);
}
