// Launch-time reconciliation of the LMS's copy and the local journal: every combination of what the
// LMS hands over, cmi.entry, and what the journal holds.
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { addTime, emptyProgress, markSeen, recordAnswer, type Progress } from '../../src/core/progress/progress';
import { mergeProgress, restoreProgress } from '../../src/core/progress/restore';
import { reconcile, readJournalEntry, type LaunchNotice, type LmsLaunch } from '../../src/core/scorm/reconcile';

/** Where the launch progress comes from: the test's names for the rule's outcomes. */
type LaunchSource = 'nothing' | 'lms' | 'lms+journal' | 'journal' | 'new-attempt';
import { encodeSuspendData } from '../../src/core/scorm/suspend-data';

const course = loadCourse('tests/fixtures/course');
/** What the LMS holds: alfa's first page, written at t = 100. */
const lmsProgress = markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'andra-sidan' }, 100);
/** Newer work (t = 300): beta answered. */
const newer = recordAnswer(
  markSeen(emptyProgress(course), { moduleId: 'beta', pageId: 'enda-sidan' }, 200),
  'beta',
  'beta/enda-sidan/k1',
  0,
  300,
);
/** Older work (t = 50): alfa's first page. */
const older = markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'forsta-sidan' }, 50);

const LMS = {
  empty: { location: '', suspendData: '', readable: true },
  data: { location: 'alfa/andra-sidan', suspendData: encodeSuspendData(lmsProgress), readable: true },
  'location only': { location: 'alfa/andra-sidan', suspendData: '', readable: true },
  'unreadable suspend_data': { location: '', suspendData: 'not ours', readable: true },
  'read error': { location: '', suspendData: '', readable: false },
} as const;
const locationOnly: Progress = { ...emptyProgress(course), location: { moduleId: 'alfa', pageId: 'andra-sidan' } };

const JOURNAL = {
  none: null,
  'empty entry': { progress: emptyProgress(course), confirmed: false },
  'confirmed, newer': { progress: newer, confirmed: true },
  'unconfirmed, newer': { progress: newer, confirmed: false },
  'unconfirmed, older': { progress: older, confirmed: false },
  'bare progress (before entries), newer': newer,
} as const;

type LmsCase = keyof typeof LMS;
type JournalCase = keyof typeof JOURNAL;
type Expected = [LaunchSource, LaunchNotice | null];

/**
 * The rule, written out: [lms][journal] → outcome for entry "ab-initio", and for "resume" / "" when it differs.
 * LMS data is the record; the journal adds only newer, unconfirmed work; an empty LMS with a confirmed
 * journal and "ab-initio" is a new attempt.
 */
const TABLE: Record<LmsCase, Record<JournalCase, { abInitio: Expected; otherwise?: Expected }>> = {
  empty: {
    none: { abInitio: ['nothing', null] },
    'empty entry': { abInitio: ['nothing', null] },
    'confirmed, newer': { abInitio: ['new-attempt', null], otherwise: ['journal', 'journal-used'] },
    'unconfirmed, newer': { abInitio: ['journal', 'journal-used'] },
    'unconfirmed, older': { abInitio: ['journal', 'journal-used'] },
    'bare progress (before entries), newer': { abInitio: ['journal', 'journal-used'] },
  },
  data: {
    none: { abInitio: ['lms', null] },
    'empty entry': { abInitio: ['lms', null] },
    'confirmed, newer': { abInitio: ['lms', null] },
    'unconfirmed, newer': { abInitio: ['lms+journal', 'journal-used'] },
    'unconfirmed, older': { abInitio: ['lms', null] },
    'bare progress (before entries), newer': { abInitio: ['lms+journal', 'journal-used'] },
  },
  'location only': {
    none: { abInitio: ['lms', null] },
    'empty entry': { abInitio: ['lms', null] },
    'confirmed, newer': { abInitio: ['lms', null] },
    'unconfirmed, newer': { abInitio: ['lms+journal', 'journal-used'] },
    // cmi.location carries no time: any unconfirmed work is newer than it.
    'unconfirmed, older': { abInitio: ['lms+journal', 'journal-used'] },
    'bare progress (before entries), newer': { abInitio: ['lms+journal', 'journal-used'] },
  },
  'unreadable suspend_data': {
    none: { abInitio: ['nothing', 'lms-unreadable'] },
    'empty entry': { abInitio: ['nothing', 'lms-unreadable'] },
    'confirmed, newer': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
    'unconfirmed, newer': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
    'unconfirmed, older': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
    'bare progress (before entries), newer': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
  },
  'read error': {
    none: { abInitio: ['nothing', 'lms-unreadable'] },
    'empty entry': { abInitio: ['nothing', 'lms-unreadable'] },
    'confirmed, newer': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
    'unconfirmed, newer': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
    'unconfirmed, older': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
    'bare progress (before entries), newer': { abInitio: ['journal', 'lms-unreadable-journal-used'] },
  },
};

const ENTRIES = ['ab-initio', 'resume', ''] as const;
const cases = (Object.keys(LMS) as LmsCase[]).flatMap((lms) =>
  (Object.keys(JOURNAL) as JournalCase[]).flatMap((journal) => ENTRIES.map((entry) => [lms, journal, entry] as const)),
);

/** The progress each source stands for. */
function expectedStored(source: LaunchSource, lms: LmsCase, journal: JournalCase): Progress | null {
  const lmsCopy = lms === 'data' ? lmsProgress : lms === 'location only' ? locationOnly : null;
  const journalCopy = readJournalEntry(JOURNAL[journal])?.progress as Progress | undefined;
  if (source === 'lms') return lmsCopy;
  if (source === 'journal') return journalCopy ?? null;
  if (source === 'lms+journal') return mergeProgress(lmsCopy!, journalCopy!);
  return null;
}

describe('reconcile: every combination', () => {
  test.each(cases)('LMS %s, journal %s, entry %j', (lms, journal, entry) => {
    const row = TABLE[lms][journal];
    const [source, notice] = entry === 'ab-initio' ? row.abInitio : (row.otherwise ?? row.abInitio);
    const launch: LmsLaunch = { entry, ...LMS[lms] };
    const result = reconcile(course, launch, JOURNAL[journal]);
    expect(result.notice).toBe(notice);
    const stored = result.stored === null ? null : restoreProgress(course, result.stored).progress;
    expect(stored).toEqual(expectedStored(source, lms, journal));
  });
});

describe('reconcile: the cases behind the rules', () => {
  test('LMS data with entry "ab-initio" (a minimal 1.2 API): resume where the LMS says, no notice', () => {
    const ahead = markSeen(lmsProgress, { moduleId: 'alfa', pageId: 'tredje-sidan' }, 150);
    const result = reconcile(
      course,
      { entry: 'ab-initio', location: 'alfa/tredje-sidan', suspendData: encodeSuspendData(ahead), readable: true },
      { progress: lmsProgress, confirmed: true },
    );
    expect(result.notice).toBeNull();
    expect(restoreProgress(course, result.stored).progress.location).toEqual({
      moduleId: 'alfa',
      pageId: 'tredje-sidan',
    });
  });

  test('a newer unconfirmed journal that adds only time: merged, but no notice', () => {
    const moreTime = addTime(lmsProgress, 'alfa', 5000, 400);
    const result = reconcile(course, { entry: 'resume', ...LMS.data }, { progress: moreTime, confirmed: false });
    expect(result.notice).toBeNull();
    expect(restoreProgress(course, result.stored).progress.modules.alfa?.timeMs).toBe(5000);
  });

  test('a journal whose entry was confirmed, then the LMS began a new attempt: fresh, though the journal holds a finished course', () => {
    let done = emptyProgress(course);
    for (const module of course.modules)
      for (const page of module.pages) done = markSeen(done, { moduleId: module.id, pageId: page.id }, 500);
    expect(reconcile(course, { entry: 'ab-initio', ...LMS.empty }, { progress: done, confirmed: true })).toEqual({
      stored: null,
      notice: null,
    });
  });
});
