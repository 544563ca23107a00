// The record never goes backwards within an attempt: the highest status and progress_measure the
// LMS holds (read at launch, raised by each accepted write) is a floor the course never writes below.
// Pure: scorm-store.ts reads the launch values and filters its writes through here.
import type { Progress } from '../progress/progress';
import type { CmiValues } from './data-model';
import type { ScormVersion } from './data-model';

/** Element → the highest value the LMS is known to hold. */
export type RecordFloor = Map<string, string>;

/**
 * Status order for 1.2 cmi.core.lesson_status / objectives.n.status and 2004 completion_status, low
 * to high; "", "unknown" and "not attempted" are below all. `passed` and `completed` both end the work.
 */
const STATUS_ORDER = ['browsed', 'incomplete', 'failed', 'completed', 'passed'];

/** The elements whose value may only rise, for the launch read-back. */
export function floorElements(version: ScormVersion, objectiveCount: number): string[] {
  const elements = version === '1.2' ? ['cmi.core.lesson_status'] : ['cmi.completion_status', 'cmi.progress_measure'];
  for (let n = 0; n < objectiveCount; n++) {
    if (version === '1.2') elements.push(`cmi.objectives.${n}.status`);
    else elements.push(`cmi.objectives.${n}.completion_status`, `cmi.objectives.${n}.progress_measure`);
  }
  return elements;
}

/** True when writing `value` would lower what the LMS holds (`held`). */
export function isLower(element: string, value: string, held = ''): boolean {
  if (held === '') return false;
  if (element.endsWith('progress_measure')) return Number(value) < Number(held);
  // `passed` is kept even over `completed`: 1.2 has one element for both completion and success.
  return (
    element.endsWith('status') &&
    (STATUS_ORDER.indexOf(value) < STATUS_ORDER.indexOf(held) || (held === 'passed' && value !== 'passed'))
  );
}

/** The values without those that would lower the record. */
export function aboveFloor(values: CmiValues, floor: RecordFloor): CmiValues {
  return values.filter(([element, value]) => !isLower(element, value, floor.get(element)));
}

/** Raises the floor after the LMS accepted a value. */
export function raiseFloor(floor: RecordFloor, element: string, value: string): void {
  if (/status$|progress_measure$/.test(element) && !isLower(element, value, floor.get(element)))
    floor.set(element, value);
}

/**
 * Whether `progress` knows everything `launch` knew: every page seen, every check answered and at
 * least the time per module. suspend_data that knows less is never written over what was read.
 */
export function knowsAtLeast(progress: Progress, launch: Progress): boolean {
  return Object.entries(launch.modules).every(([id, was]) => {
    const now = progress.modules[id];
    if (!now) return was.seen.length === 0 && Object.keys(was.answers).length === 0 && was.timeMs === 0;
    return (
      was.seen.every((page) => now.seen.includes(page)) &&
      Object.keys(was.answers).every((check) => check in now.answers) &&
      now.timeMs >= was.timeMs
    );
  });
}
