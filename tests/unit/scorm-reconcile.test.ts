// Launch-time reconciliation of the LMS's copy and the local journal, case by case.
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { emptyProgress, markSeen, recordAnswer } from '../../src/progress/progress';
import { restoreProgress } from '../../src/progress/restore';
import { NOTICES, reconcile, type LmsLaunch } from '../../src/scorm/reconcile';
import { encodeSuspendData } from '../../src/scorm/suspend-data';

const course = loadCourse('tests/fixtures/course');
const seenAlfa = markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'forsta-sidan' }, 100);
const answeredBeta = recordAnswer(markSeen(emptyProgress(course), { moduleId: 'beta', pageId: 'enda-sidan' }, 200), 'beta', 'beta/enda-sidan/k1', 0, 300);
const launch = (over: Partial<LmsLaunch> = {}): LmsLaunch => ({ entry: 'resume', location: '', suspendData: '', readable: true, ...over });

describe('reconcile', () => {
  test('nothing anywhere: nothing stored, no notice', () => {
    expect(reconcile(course, launch({ entry: 'ab-initio' }), null)).toEqual({ stored: null, notice: null });
  });

  test('the LMS alone', () => {
    const { stored, notice } = reconcile(course, launch({ suspendData: encodeSuspendData(seenAlfa) }), null);
    expect(stored).toEqual(seenAlfa);
    expect(notice).toBeNull();
  });

  test('a new attempt (ab-initio) ignores leftover LMS data', () => {
    expect(reconcile(course, launch({ entry: 'ab-initio', suspendData: encodeSuspendData(seenAlfa), location: 'alfa/forsta-sidan' }), null).stored).toBeNull();
  });

  test('cmi.location alone gives the resume point when suspend_data is missing', () => {
    expect(reconcile(course, launch({ location: 'alfa/andra-sidan' }), null).stored).toEqual({ ...emptyProgress(course), location: { moduleId: 'alfa', pageId: 'andra-sidan' } });
  });

  test('the journal alone fills in, with a notice', () => {
    expect(reconcile(course, launch({ entry: 'ab-initio' }), seenAlfa)).toEqual({ stored: seenAlfa, notice: NOTICES.journalUsed });
  });

  test('an empty journal changes nothing', () => {
    expect(reconcile(course, launch({ suspendData: encodeSuspendData(seenAlfa) }), emptyProgress(course))).toEqual({ stored: seenAlfa, notice: null });
  });

  test('both: merged, furthest wins; a notice only when the journal was ahead', () => {
    const journalAhead = reconcile(course, launch({ suspendData: encodeSuspendData(seenAlfa) }), answeredBeta);
    expect(restoreProgress(course, journalAhead.stored).progress.modules).toEqual({ ...seenAlfa.modules, ...answeredBeta.modules });
    expect(journalAhead.notice).toBe(NOTICES.journalUsed);
    const lmsAhead = reconcile(course, launch({ suspendData: encodeSuspendData(answeredBeta) }), seenAlfa);
    expect(lmsAhead.notice).toBeNull();
  });

  test.each([
    ['unreadable suspend_data', launch({ suspendData: 'not ours' })],
    ['an LMS that errs on reading', launch({ readable: false })],
  ])('%s: the journal if there is one, and a notice either way', (_name, lmsLaunch) => {
    expect(reconcile(course, lmsLaunch, seenAlfa)).toEqual({ stored: seenAlfa, notice: NOTICES.lmsUnreadableJournalUsed });
    expect(reconcile(course, lmsLaunch, null)).toEqual({ stored: null, notice: NOTICES.lmsUnreadable });
  });
});
