// One submitted knowledge check as cmi.interactions.n, for each version's data model: the LMS's
// per-question report. Pure: scorm-store.ts makes the SetValue calls.
import type { CheckBlock, Course } from '../course/types';
import type { CmiValues } from './data-model';
import type { ScormVersion } from './manifest';

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

/** The check id with every character outside [A-Za-z0-9_.-/] percent-encoded (UTF-8): printable ASCII only. */
function asciiId(checkId: string): string {
  return Array.from(checkId, (c) => (/[A-Za-z0-9_.\-/]/.test(c) ? c : Array.from(new TextEncoder().encode(c), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''))).join('');
}

/** Cuts an id to `max` characters, keeping it unique with a hash of the whole. */
function fit(id: string, max: number): string {
  if (id.length <= max) return id;
  const suffix = `~${hash(id)}`;
  return id.slice(0, max - suffix.length) + suffix;
}

/**
 * The interaction id, the same for every submission of a check: 1.2 CMIIdentifier (printable
 * ASCII, ≤ 255), 2004 long_identifier_type, which ADL recommends be a URI: `urn:<course>:<check>`.
 */
export function interactionId(version: ScormVersion, course: Course, checkId: string): string {
  const id = asciiId(checkId);
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
  const chars = Array.from(text);
  let cut = chars.length > DESCRIPTION_MAX ? `${chars.slice(0, DESCRIPTION_MAX - 1).join('')}…` : text;
  // Counted in UTF-16 units too, as LMSs written in JavaScript do.
  while (cut.length > DESCRIPTION_MAX) cut = `${Array.from(cut).slice(0, -2).join('')}…`;
  const tag = /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{2,8})*$/.test(language) ? `{lang=${language}}` : '';
  return tag + cut;
}

const two = (n: number) => String(n).padStart(2, '0');

/** 1.2 CMITime: the time of day `HH:MM:SS` in the learner's clock (the type carries no date or zone). */
export function scorm12TimeOfDay(at: number): string {
  const d = new Date(at);
  return `${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

/** 2004 time(second,10,0) in UTC; the zone designator may only follow fractional seconds (RTE 4.1.1.6). */
export function scorm2004Timestamp(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.0Z`;
}

/** The check a submission belongs to, or null when the course has no such check. */
export function findCheck(course: Course, checkId: string): CheckBlock | null {
  for (const module of course.modules) {
    for (const page of module.pages) {
      for (const block of page.blocks) if (block.kind === 'kunskapskontroll' && block.id === checkId) return block;
    }
  }
  return null;
}

/**
 * The values for cmi.interactions.n, in SetValue order: the id first (both versions require it
 * before the other fields), and in 2004 the type before the responses, whose format depends on it.
 */
export function interactionValues(version: ScormVersion, course: Course, n: number, submission: Submission): CmiValues {
  const check = findCheck(course, submission.checkId);
  if (!check || !(submission.choice >= 0 && submission.choice < check.options.length)) return [];
  const p = `cmi.interactions.${n}`;
  const id = interactionId(version, course, submission.checkId);
  const right = submission.choice === check.correct;
  const response = choiceLetter(submission.choice);
  const pattern = choiceLetter(check.correct);
  if (version === '1.2') {
    return [
      [`${p}.id`, id],
      [`${p}.type`, 'choice'],
      [`${p}.student_response`, response],
      [`${p}.correct_responses.0.pattern`, pattern],
      [`${p}.result`, right ? 'correct' : 'wrong'],
      [`${p}.time`, scorm12TimeOfDay(submission.at)],
    ];
  }
  return [
    [`${p}.id`, id],
    [`${p}.type`, 'choice'],
    [`${p}.description`, interactionDescription(course.language, check.question.text)],
    [`${p}.learner_response`, response],
    [`${p}.correct_responses.0.pattern`, pattern],
    [`${p}.result`, right ? 'correct' : 'incorrect'],
    [`${p}.timestamp`, scorm2004Timestamp(submission.at)],
  ];
}
