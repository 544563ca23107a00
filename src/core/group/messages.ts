// What the projector window and the facilitator window tell each other over a BroadcastChannel.
// Messages from another window are checked like any outside input before they move anything.
import type { StepRange } from './steps';
import { readTimer, type TimerState } from './timer';

/** Where the projector is: the screen's hash route, the step on it, and how the page is split. */
export interface GroupPosition {
  hash: string;
  step: number;
  /** The projector's steps of the current page; null where it shows the page whole. */
  ranges: StepRange[] | null;
  /** When the room started the current module (ms since the epoch), for planned against elapsed time. */
  moduleStartedAt: number | null;
}

export type GroupMessage =
  /** A window opened (or reloaded) and asks the others for the state. */
  | { type: 'hello' }
  /** The projector moved; sent by the projector only. */
  | { type: 'position'; position: GroupPosition }
  /** Move there; `step` -1 means the page's last step. Sent by the facilitator view. */
  | { type: 'go'; hash: string; step: number }
  | { type: 'timers'; timers: Record<string, TimerState> }
  | { type: 'blackout'; on: boolean };

const MAX_HASH = 500;
const MAX_STEPS = 200;

/** A well-formed message, or null for anything else. */
export function readGroupMessage(data: unknown): GroupMessage | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'hello':
      return { type: 'hello' };
    case 'blackout':
      return typeof message.on === 'boolean' ? { type: 'blackout', on: message.on } : null;
    case 'go': {
      const { hash, step } = message;
      return isHash(hash) && isStep(step, -1) ? { type: 'go', hash, step } : null;
    }
    case 'timers': {
      const timers = readTimers(message.timers);
      return timers ? { type: 'timers', timers } : null;
    }
    case 'position': {
      const position = readPosition(message.position);
      return position ? { type: 'position', position } : null;
    }
    default:
      return null;
  }
}

function isHash(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith('#') && value.length <= MAX_HASH;
}

function isStep(value: unknown, min: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value < MAX_STEPS;
}

function readPosition(value: unknown): GroupPosition | null {
  if (!value || typeof value !== 'object') return null;
  const { hash, step, ranges, moduleStartedAt } = value as Record<string, unknown>;
  if (!isHash(hash) || !isStep(step, 0)) return null;
  if (!(moduleStartedAt === null || (typeof moduleStartedAt === 'number' && Number.isFinite(moduleStartedAt))))
    return null;
  if (ranges === null) return { hash, step, ranges: null, moduleStartedAt };
  if (!Array.isArray(ranges) || ranges.length > MAX_STEPS) return null;
  const read: StepRange[] = [];
  for (const range of ranges) {
    const { start, end } = (range ?? {}) as Record<string, unknown>;
    if (!isStep(start, 0) || typeof end !== 'number' || !Number.isInteger(end) || end <= start) return null;
    read.push({ start, end });
  }
  return { hash, step, ranges: read, moduleStartedAt };
}

function readTimers(value: unknown): Record<string, TimerState> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const entries = Object.entries(value);
  if (entries.length > MAX_STEPS) return null;
  const timers: [string, TimerState][] = [];
  for (const [key, raw] of entries) {
    const timer = readTimer(raw);
    if (!timer || key.length > MAX_HASH) return null;
    timers.push([key, timer]);
  }
  // Each key becomes the map's own: assigning a sent "__proto__" key would replace the map's prototype.
  return Object.fromEntries(timers);
}
