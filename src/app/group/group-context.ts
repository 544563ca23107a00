// Hands the room's shared state (timers) to the blocks that show it, in both windows; and the shape
// of the line between the windows, which is loaded only when a room needs it.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { GroupMessage } from '../../core/group/messages';
import type { TimerState } from '../../core/group/timer';

export interface GroupChannel {
  post(message: GroupMessage): void;
  /** Calls `listener` with each well-formed message from another window; returns the unsubscribe. */
  listen(listener: (message: GroupMessage) => void): () => void;
  close(): void;
}

/** A line to nowhere: before the real one is loaded, and where the browser has no BroadcastChannel. */
export const SILENT_CHANNEL: GroupChannel = { post() {}, listen: () => () => {}, close() {} };

export interface GroupTimers {
  timers: Record<string, TimerState>;
  setTimer(key: string, timer: TimerState): void;
}

export const GroupTimersContext = createContext<GroupTimers>({ timers: {}, setTimer() {} });

export function useGroupTimers(): GroupTimers {
  return useContext(GroupTimersContext);
}
