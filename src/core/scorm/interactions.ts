// One submitted knowledge check as cmi.interactions.n, for each version's data model: the LMS's
// per-question report. Pure: scorm-store.ts makes the SetValue calls.
import type { CheckBlock, Course } from '../course/types';
import { checksOf } from '../progress/progress';
import type { CmiValues } from './data-model';
import type { ScormVersion } from './data-model';

/** One submission of a knowledge check. */
export interface Submission {
  checkId: string;
  /** Index of the chosen option. */
  choice: number;
  /** Milliseconds since the epoch when the learner pressed "Svara". */
  at: number;
}

/**
 * The most interactions the course writes in one attempt: SCORM 2004 requires LMSs to keep at least
 * 250 (RTE 4.2.9, smallest permitted maximum); 1.2 sets no number, so the same cap holds there.
 */
export const MAX_INTERACTIONS = 250;

/** 2004 cmi.interactions.n.description is a localized_string_type(250): 250 characters after the language tag. */
const DESCRIPTION_MAX = 250;
/** 1.2 CMIIdentifier: at most 255 printable ASCII characters, no white space. */
const ID_MAX_12 = 255;

/** FNV-1a, base 36: a short stable suffix for ids that had to be shortened. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** Cuts an id to `max` characters, keeping it unique with a hash of the whole. */
const fit = (id: string, max: number): string => (id.length <= max ? id : `${id.slice(0, max - 8)}~${hash(id)}`);

/**
 * The interaction id, the same for every submission of a check: 1.2 CMIIdentifier (printable
 * ASCII, ≤ 255), 2004 long_identifier_type, which ADL recommends be a URI: `urn:<course>:<check>`.
 */
export function interactionId(version: ScormVersion, course: Course, checkId: string): string {
  // encodeURIComponent leaves only printable ASCII without white space; the slashes stay readable.
  const id = encodeURIComponent(checkId).replace(/%2F/g, '/');
  if (version === '1.2') return fit(id, ID_MAX_12);
  // A URN's namespace id is 1–31 letters, digits and hyphens (RFC 8141).
  const nid = /^[A-Za-z0-9][A-Za-z0-9-]{0,30}$/.test(course.id) ? course.id : 'kurs';
  return fit(`urn:${nid}:${id}`, 4000);
}

/** An option as a choice response: a–z, then 0–9 (1.2 allows single characters from these for `choice`). */
export function choiceLetter(index: number): string {
  return index < 26 ? String.fromCharCode(97 + index) : String(index - 26);
}

/** The question as a 2004 description: one line, at most 250 characters, with the course's language tag. */
export function interactionDescription(language: string, question: string): string {
  // Nothing but the tag may start with "{" (the delimiter syntax of localized_string_type, RTE 4.1.1.6).
  const text = question.replace(/\s+/g, ' ').trim().replace(/^\{+/, '');
  // Cut by code points, never inside a surrogate pair; 250 UTF-16 units is within 250 characters too.
  let cut =
    text.length > DESCRIPTION_MAX
      ? `${Array.from(text)
          .slice(0, DESCRIPTION_MAX - 1)
          .join('')}…`
      : text;
  while (cut.length > DESCRIPTION_MAX) cut = `${Array.from(cut).slice(0, -2).join('')}…`;
  const tag = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{2,8})*$/.test(language) ? `{lang=${language}}` : '';
  return tag + cut;
}

/** 1.2 CMITime: the time of day `HH:MM:SS` in the learner's clock (the type carries no date or zone). */
const scorm12TimeOfDay = (at: number): string => new Date(at).toTimeString().slice(0, 8);

/** 2004 time(second,10,0) in UTC; the zone designator may only follow fractional seconds (RTE 4.1.1.6). */
export const scorm2004Timestamp = (at: number): string => `${new Date(at).toISOString().slice(0, 19)}.0Z`;

/** The check a submission belongs to, or null when the course has no such check. */
const findCheck = (course: Course, checkId: string): CheckBlock | null =>
  course.modules.flatMap(checksOf).find((c) => c.id === checkId) ?? null;

/**
 * The values for cmi.interactions.n, in SetValue order: the id first (both versions require it
 * before the other fields), and in 2004 the type before the responses, whose format depends on it.
 */
export function interactionValues(version: ScormVersion, course: Course, n: number, submission: Submission): CmiValues {
  const check = findCheck(course, submission.checkId);
  if (!check || !(submission.choice >= 0 && submission.choice < check.options.length)) return [];
  const p = `cmi.interactions.${n}`;
  const v12 = version === '1.2';
  const values: CmiValues = [
    [`${p}.id`, interactionId(version, course, submission.checkId)],
    [`${p}.type`, 'choice'],
    [`${p}.${v12 ? 'student' : 'learner'}_response`, choiceLetter(submission.choice)],
    [`${p}.correct_responses.0.pattern`, choiceLetter(check.correct)],
    [`${p}.result`, submission.choice === check.correct ? 'correct' : v12 ? 'wrong' : 'incorrect'],
    v12 ? [`${p}.time`, scorm12TimeOfDay(submission.at)] : [`${p}.timestamp`, scorm2004Timestamp(submission.at)],
  ];
  // 2004 only: the question, after the type (scorm-again and the ADL test suite want the type first).
  if (!v12) values.splice(2, 0, [`${p}.description`, interactionDescription(course.language, check.question.text)]);
  return values;
}
