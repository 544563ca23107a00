// The format's timings for a group in the room: minutes on a discussion and a module's planned group time.
import { CourseError } from './course-error.ts';
import type { FrontMatterFile } from './front-matter.ts';

/** A discussion's timer when its opening line names no minutes. */
export const DEFAULT_DISCUSSION_MINUTES = 5;
/** The planned group time of a module without `groupMinutes`, as a multiple of its `minutes`. */
export const GROUP_MINUTES_FACTOR = 3;
/** Upper bound of `groupMinutes`, for a module and for the whole course (a long day). */
export const MAX_GROUP_MINUTES = 600;

/** Minutes from the title of `:::diskussion 10 min`; throws CourseError naming the line when malformed or outside 1–60. */
export function discussionMinutes(file: string, line: number, title: string): number {
  if (title === '') return DEFAULT_DISCUSSION_MINUTES;
  const match = /^(\d+)\s*min$/.exec(title);
  const minutes = match ? Number(match[1]) : NaN;
  if (!match)
    throw new CourseError(
      file,
      line,
      `":::diskussion ${title}": give the timer's minutes as ":::diskussion 10 min", or nothing for ${DEFAULT_DISCUSSION_MINUTES} min`,
    );
  if (minutes < 1 || minutes > 60)
    throw new CourseError(file, line, `":::diskussion ${title}": minutes must be from 1 to 60`);
  return minutes;
}

/** The optional front-matter field `groupMinutes`: a whole number 1–600, or `fallback` when absent. */
export function groupMinutes(file: string, fm: FrontMatterFile, fallback: number): number {
  const value = fm.data.groupMinutes;
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_GROUP_MINUTES) {
    throw new CourseError(
      file,
      fm.keyLines.groupMinutes ?? 1,
      `front matter field "groupMinutes" must be a whole number from 1 to ${MAX_GROUP_MINUTES} (planned minutes for a group)`,
    );
  }
  return value;
}
