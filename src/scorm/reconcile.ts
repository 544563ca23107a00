// At launch: the LMS's copy of progress and the local journal's, combined so that the furthest wins,
// with a notice for the learner when the journal filled in what the LMS had lost.
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

export const NOTICES = {
  initFailed:
    'Lärplattformen svarar inte just nu. Dina framsteg sparas i den här webbläsaren och förs över till lärplattformen nästa gång du öppnar kursen.',
  journalUsed: 'En del av dina framsteg fanns inte i lärplattformen, men de fanns sparade i den här webbläsaren. Nu är de med igen.',
  lmsUnreadable: 'Dina framsteg i lärplattformen gick inte att läsa.',
  lmsUnreadableJournalUsed: 'Dina framsteg i lärplattformen gick inte att läsa, så vi använder det som finns sparat i den här webbläsaren.',
} as const;

export interface Reconciled {
  /** Progress-shaped data for restoreProgress, or null when there was none. */
  stored: Progress | unknown;
  notice: string | null;
}

/** The LMS's progress: suspend_data, else just the resume point from cmi.location. */
function fromLms(course: Course, launch: LmsLaunch): Progress | 'unreadable' | null {
  if (!launch.readable) return 'unreadable';
  // A new attempt (ab-initio) starts from nothing in the LMS; the journal may still fill it in.
  if (launch.entry === 'ab-initio') return null;
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

/** Combines the LMS's and the journal's copies; furthest progress wins (see mergeProgress). */
export function reconcile(course: Course, launch: LmsLaunch, journalled: unknown): Reconciled {
  const lms = fromLms(course, launch);
  const journal = journalled === null || journalled === undefined ? null : restoreProgress(course, journalled);
  // A partly unreadable journal still counts for what restoreProgress could keep of it.
  const journalUseful = journal !== null && hasProgress(journal.progress);

  if (lms === 'unreadable') {
    return journalUseful ? { stored: journalled, notice: NOTICES.lmsUnreadableJournalUsed } : { stored: null, notice: NOTICES.lmsUnreadable };
  }
  if (!journal || !journalUseful) return { stored: lms, notice: null };
  if (!lms) return { stored: journalled, notice: NOTICES.journalUsed };

  const fromLmsRestored = restoreProgress(course, lms);
  const merged = mergeProgress(fromLmsRestored.progress, journal.progress);
  // Keep a foreign fingerprint, so that the app still tells the learner the course has changed.
  const foreign = [lms, journalled as Progress].find((p) => p.fingerprint !== course.fingerprint);
  const stored = foreign ? { ...merged, fingerprint: foreign.fingerprint } : merged;
  const ahead = journal.progress.updatedAt > fromLmsRestored.progress.updatedAt;
  return { stored, notice: ahead ? NOTICES.journalUsed : null };
}
