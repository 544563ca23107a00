// The preview page's LMS: launches, commits into its storage, and resumes like an LMS would.
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import {
  LENIENT_LMS,
  loadAttempt,
  startingData,
  startPreviewLms,
  STRICT_LMS,
  type KeyValueStorage,
  type LmsBehaviour,
  type LmsCall,
  type LmsCommit,
} from '../../scripts/lms-preview/lms-runtime';
import { emptyProgress, markSeen, recordAnswer, addTime } from '../../src/core/progress/progress';
import { restoreProgress } from '../../src/core/progress/restore';
import { connectLms } from '../../src/app/scorm/connect';
import type { ApiWindow } from '../../src/app/scorm/find-api';
import { createMemoryJournal } from '../../src/app/scorm/journal';

const course = loadCourse('tests/fixtures/course');
const learner = { id: 'l1', name: 'Elev, En' };

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}

describe('startingData', () => {
  test.each([
    ['1.2', null, 'ab-initio'],
    ['1.2', { cmi: { core: { exit: 'suspend', session_time: '00:01:00' } }, totalTime: '00:01:00' }, 'resume'],
    ['1.2', { cmi: { core: { exit: '' } }, totalTime: '' }, ''],
    ['2004', null, 'ab-initio'],
    ['2004', { cmi: { exit: 'suspend', session_time: 'PT1M' }, totalTime: 'PT1M' }, 'resume'],
    ['2004', { cmi: { exit: 'normal' }, totalTime: 'PT1M' }, ''],
  ] as const)('SCORM %s after %j: entry %j, exit and session_time dropped', (version, saved, entry) => {
    const data = startingData(version, saved as never, learner, LENIENT_LMS) as Record<string, any>;
    const core = version === '1.2' ? data.core : data;
    expect(core.entry).toBe(entry);
    expect(core.exit).toBeUndefined();
    expect(core.session_time).toBeUndefined();
    expect(version === '1.2' ? core.student_id : core.learner_id).toBe('l1');
  });

  test('strict 2004: after exit "normal" the next launch is a new attempt, ab-initio with empty data (RTE 4.2.8)', () => {
    const data = startingData(
      '2004',
      { cmi: { exit: 'normal', suspend_data: 'x', completion_status: 'completed' }, totalTime: 'PT1M' },
      learner,
      STRICT_LMS,
    ) as Record<string, any>;
    expect(data).toEqual({ learner_id: 'l1', learner_name: 'Elev, En', entry: 'ab-initio' });
  });
});

describe('the strict preview LMS', () => {
  const storage = () => memoryStorage();
  const start = (version: '1.2' | '2004', behaviour: LmsBehaviour, calls: LmsCall[] = []) => {
    const lms = startPreviewLms({
      version,
      storage: storage(),
      key: 'k',
      learner,
      behaviour,
      onCall: (c) => calls.push(c),
    });
    lms.api[version === '1.2' ? 'LMSInitialize' : 'Initialize']!('');
    return lms;
  };

  test('SCORM 1.2 suspend_data over 4096 characters: refused with error 405, as Moodle with scormstandard', () => {
    const calls: LmsCall[] = [];
    const lms = start('1.2', STRICT_LMS, calls);
    expect(lms.api.LMSSetValue!('cmi.suspend_data', 'x'.repeat(4097))).toBe('false');
    expect(lms.api.LMSGetLastError!()).toBe('405');
    expect(lms.values()['cmi.suspend_data']).toBe('');
    expect(lms.api.LMSSetValue!('cmi.suspend_data', 'x'.repeat(4096))).toBe('true');
    expect(lms.api.LMSGetLastError!()).toBe('0');
    expect(calls.map((c) => c.error)).toEqual(['0', '405', '0']);
    expect(start('1.2', LENIENT_LMS).api.LMSSetValue!('cmi.suspend_data', 'x'.repeat(4097))).toBe('true');
  });

  test.each([
    ['moodle', '0'],
    ['scorm-again', '403'],
  ] as const)('a never-set element reads "" with error %s → %s', (neverSet, error) => {
    const lms = start('2004', { ...STRICT_LMS, neverSet });
    expect(lms.api.GetValue!('cmi.location')).toBe('');
    expect(lms.api.GetLastError!()).toBe(error);
  });

  test('failing commits store nothing and answer false', () => {
    const store = memoryStorage();
    const lms = startPreviewLms({
      version: '2004',
      storage: store,
      key: 'k',
      learner,
      behaviour: { ...STRICT_LMS, failCommits: true },
    });
    lms.api.Initialize!('');
    lms.api.SetValue!('cmi.location', 'a/b');
    expect(lms.api.Commit!('')).toBe('false');
    expect(lms.api.GetLastError!()).not.toBe('0');
    expect(store.map.size).toBe(0);
  });
});

describe.each(['1.2', '2004'] as const)('the preview LMS for SCORM %s', (version) => {
  function launch(storage: KeyValueStorage, calls: LmsCall[] = [], commits: LmsCommit[] = []) {
    const lms = startPreviewLms({
      version,
      storage,
      key: 'k',
      learner,
      onCall: (c) => calls.push(c),
      onCommit: (c) => commits.push(c),
    });
    const top: ApiWindow & Record<string, unknown> = { parent: null, opener: null, top: null, [lms.name]: lms.api };
    return { lms, win: { parent: top, opener: null, top, location: { search: '' } } satisfies ApiWindow };
  }

  test('keeps each commit in its storage, lists the calls, and the course resumes from it', async () => {
    const storage = memoryStorage();
    const calls: LmsCall[] = [];
    const commits: LmsCommit[] = [];
    const first = launch(storage, calls, commits);
    const connection = await connectLms(course, first.win, { journal: createMemoryJournal() });
    let progress = markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'forsta-sidan' }, 1);
    progress = recordAnswer(addTime(progress, 'alfa', 90_000, 2), 'alfa', 'alfa/tredje-sidan/k1', 1, 3);
    await connection!.store.save(progress);
    connection!.store.close?.(progress);

    expect(commits.map((c) => c.terminate)).toEqual([false, false, true]); // save, close's Commit, Terminate
    expect(commits[2]!.suspendDataLength).toBeGreaterThan(20);
    expect(calls.filter((c) => c.error !== '0' && !(c.method.endsWith('GetValue') && c.error === '403'))).toEqual([]); // 403: never set
    expect(calls.some((c) => c.method.endsWith('SetValue') && c.element === 'cmi.suspend_data')).toBe(true);
    expect(loadAttempt(storage, 'k')?.totalTime).toBe(version === '1.2' ? '00:01:30' : 'PT1M30S');

    const second = launch(storage);
    expect(second.lms.values()[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']).toBe('resume');
    const resumed = await connectLms(course, second.win, { journal: createMemoryJournal() });
    expect(restoreProgress(course, await resumed!.store.load()).progress).toEqual(progress);
  });

  test('unreadable stored data counts as no attempt', () => {
    const storage = memoryStorage();
    storage.setItem('k', '{not json');
    expect(loadAttempt(storage, 'k')).toBeNull();
    expect(launch(storage).lms.values()[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry']).toBe('ab-initio');
  });
});
