// At launch: the LMS's copy of progress and the local journal's, combined by one rule: the LMS's data
// is the record; the journal only brings back what the LMS never confirmed. Returns codes; the boot
// words them for the learner (src/state/notice-texts.ts).
import type { Course } from '../course/types';
import { mergeProgress, restoreProgress } from '../progress/restore';
import type { Progress } from '../progress/progress';
import { parseLocation } from './data-model';
import { decodeSuspendData, SuspendDataError } from './suspend-data';

/** What the LMS handed over at launch. */
export interface LmsLaunch {
  /** cmi.entry / cmi.core.entry: "ab-initio", "resume" or "". */
  entry: string;
  location: string;
  suspendData: string;
  /** False when the LMS answered the reads with an error other than "never set". */
  readable: boolean;
}

/** Something the learner should be told at launch. */
export type LaunchNotice =
  | 'init-failed'
  | 'journal-used'
  | 'lms-unreadable'
  | 'lms-unreadable-journal-used'
  | 'review-mode';

export interface Reconciled {
  /** Progress-shaped data for restoreProgress, or null when there was none. */
  stored: Progress | unknown;
  notice: LaunchNotice | null;
}

/** A journal entry as stored; a bare Progress from before entries counts as never confirmed (the safe side). */
export function readJournalEntry(raw: unknown): { progress: unknown; confirmed: boolean } | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'object' && 'progress' in raw && 'confirmed' in raw) {
    const entry = raw as { progress: unknown; confirmed: unknown };
    return { progress: entry.progress, confirmed: entry.confirmed === true };
  }
  return { progress: raw, confirmed: false };
}

/**
 * The LMS's progress: suspend_data, else just the resume point from cmi.location. Read whatever
 * cmi.entry says: some LMSs keep the data but report "ab-initio" (seen with a minimal 1.2 API), and
 * data the LMS hands over is the record.
 */
function fromLms(course: Course, launch: LmsLaunch): Progress | 'unreadable' | null {
  if (!launch.readable) return 'unreadable';
  let progress: Progress | null = null;
  if (launch.suspendData !== '') {
    try {
      progress = decodeSuspendData(launch.suspendData);
    } catch (error) {
      if (error instanceof SuspendDataError) return 'unreadable';
      throw error;
    }
  }
  // cmi.location alone, when suspend_data is missing (e.g. an LMS that refused it).
  const location = parseLocation(launch.location);
  return progress ?? (location ? { fingerprint: course.fingerprint, modules: {}, location, updatedAt: 0 } : null);
}

function hasProgress(progress: Progress): boolean {
  return Object.values(progress.modules).some((m) => m.seen.length > 0 || Object.keys(m.answers).length > 0);
}

/** Whether `merged` holds a seen page or an answer that `base` lacks: what the learner would notice. */
function addsWork(merged: Progress, base: Progress): boolean {
  return Object.entries(merged.modules).some(([id, m]) => {
    const b = base.modules[id];
    return (
      m.seen.some((page) => !b?.seen.includes(page)) ||
      Object.entries(m.answers).some(([check, choice]) => b?.answers[check] !== choice)
    );
  });
}

/**
 * Combines the LMS's and the journal's copies:
 * - LMS unreadable → the journal, with a notice either way;
 * - LMS data present → it, merged with the journal only if the journal's state is newer and was never confirmed;
 * - LMS empty, entry "ab-initio" and the journal confirmed → the LMS began a new attempt: start fresh;
 * - LMS empty otherwise → the journal's unconfirmed (or unexplained lost) work, with a notice.
 */
export function reconcile(course: Course, launch: LmsLaunch, journalled: unknown): Reconciled {
  const lms = fromLms(course, launch);
  const entry = readJournalEntry(journalled);
  const journal = entry ? restoreProgress(course, entry.progress) : null;
  // A partly unreadable journal still counts for what restoreProgress could keep of it.
  const journalUseful = entry !== null && journal !== null && hasProgress(journal.progress);

  if (lms === 'unreadable') {
    return journalUseful
      ? { stored: entry.progress, notice: 'lms-unreadable-journal-used' }
      : { stored: null, notice: 'lms-unreadable' };
  }
  if (!journalUseful) return { stored: lms, notice: null };
  if (!lms) {
    if (entry.confirmed && launch.entry === 'ab-initio') return { stored: null, notice: null };
    return { stored: entry.progress, notice: 'journal-used' };
  }

  const fromLmsRestored = restoreProgress(course, lms);
  const newer = journal.progress.updatedAt > fromLmsRestored.progress.updatedAt;
  if (entry.confirmed || !newer) return { stored: lms, notice: null };
  const merged = mergeProgress(fromLmsRestored.progress, journal.progress);
  // Keep a foreign fingerprint, so that the app still tells the learner the course has changed.
  const foreign = [lms, entry.progress as Progress].find((p) => p.fingerprint !== course.fingerprint);
  const stored = foreign ? { ...merged, fingerprint: foreign.fingerprint } : merged;
  return { stored, notice: addsWork(merged, fromLmsRestored.progress) ? 'journal-used' : null };
}
