// The SCORM backend against scorm-again as the LMS, for both versions: every value accepted with
// error 0, resume, completion, session time, and the ways an LMS fails.
import { SCORM_API_NAME, SCORM_FUNCTIONS } from '../../src/core/scorm/api-functions';
import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { addTime, emptyProgress, markSeen, recordAnswer, type Progress } from '../../src/core/progress/progress';
import { restoreProgress } from '../../src/core/progress/restore';
import { connectLms, type LmsConnection } from '../../src/app/scorm/connect';
import type { ApiWindow } from '../../src/app/scorm/find-api';
import { createMemoryJournal, type Journal } from '../../src/app/scorm/journal';
import type { ScormVersion } from '../../scripts/scorm/manifest';
import { decodeSuspendData, encodeSuspendData } from '../../src/core/scorm/suspend-data';
import { describeStoreContract } from './store-contract';

const course = loadCourse('tests/fixtures/course');
type Cmi = Record<string, any>;

/**
 * An LMS server with scorm-again as its run-time: it keeps what each successful commit carried, and
 * at the next launch hands it back with entry "resume" when the course exited with "suspend".
 */
class FakeLms {
  saved: Cmi | null = null;
  failCommits = false;
  sets: { element: string; value: string; result: string; error: string }[] = [];
  calls: string[] = [];

  constructor(
    readonly version: ScormVersion,
    readonly learnerId = 'elev-1',
  ) {}

  /** Starts an LMS session: a fresh run-time loaded with what the server kept. */
  launch(overrides: Partial<Record<string, (...args: any[]) => unknown>> = {}): {
    win: ApiWindow;
    api: Scorm12API | Scorm2004API;
  } {
    let api!: Scorm12API | Scorm2004API;
    const http = {
      processHttpRequest: () => {
        if (this.failCommits) return { result: false, errorCode: 101 };
        this.saved = structuredClone((api.renderCMIToJSONObject() as Cmi).cmi);
        return { result: true, errorCode: 0 };
      },
      updateSettings: () => undefined,
    };
    const settings = { logLevel: 5 as const, lmsCommitUrl: 'https://lms.test/commit', autocommit: false };
    api = this.version === '1.2' ? new Scorm12API(settings, http) : new Scorm2004API(settings, http);
    api.loadFromJSON(this.startingData());

    const wrapped: Record<string, unknown> = {};
    const raw = api as unknown as Record<string, (...args: unknown[]) => unknown>;
    for (const name of SCORM_FUNCTIONS[this.version]) {
      wrapped[name] = (...args: unknown[]) => {
        this.calls.push(name);
        const override = overrides[name];
        const result = override ? override(...args) : raw[name]!(...args);
        if (name.endsWith('SetValue'))
          this.sets.push({
            element: String(args[0]),
            value: String(args[1]),
            result: String(result),
            error: String(raw[this.version === '1.2' ? 'LMSGetLastError' : 'GetLastError']!()),
          });
        return result;
      };
    }
    // The LMS page holds the API; the course runs in a frame inside it.
    const lmsWindow: ApiWindow & Record<string, unknown> = {
      parent: null,
      opener: null,
      top: null,
      [SCORM_API_NAME[this.version]]: wrapped,
    };
    const content: ApiWindow = {
      parent: lmsWindow,
      opener: null,
      top: lmsWindow,
      location: { search: `?scorm=${this.version === '1.2' ? '12' : '2004'}` },
    };
    return { win: content, api };
  }

  private startingData(): Cmi {
    const data: Cmi = structuredClone(this.saved ?? {});
    if (this.version === '1.2') {
      data.core ??= {};
      const core = data.core;
      core.student_id = this.learnerId;
      core.entry = this.saved === null ? 'ab-initio' : core.exit === 'suspend' ? 'resume' : '';
      delete core.exit;
      delete core.session_time;
    } else {
      data.learner_id = this.learnerId;
      data.entry = this.saved === null ? 'ab-initio' : data.exit === 'suspend' ? 'resume' : '';
      delete data.exit;
      delete data.session_time;
    }
    return data;
  }

  /** A value the server kept, by its dotted element name. */
  value(element: string): string {
    return (
      element
        .split('.')
        .slice(1)
        .reduce<any>((node, key) => node?.[key], this.saved) ?? ''
    );
  }
}

async function connect(
  lms: FakeLms,
  journal: Journal,
  overrides = {},
): Promise<{ connection: LmsConnection; logs: string[] }> {
  const logs: string[] = [];
  const connection = await connectLms(course, lms.launch(overrides).win, { journal, log: (m) => logs.push(m) });
  if (!connection) throw new Error('no LMS connection');
  return { connection, logs };
}

/** The learner's way through the fixture course, one Progress per step, time passing. */
function walk(steps: 'alfa' | 'all'): Progress[] {
  const states: Progress[] = [];
  let p = emptyProgress(course);
  let now = 1_700_000_000_000;
  const step = (next: (p: Progress, now: number) => Progress) => {
    now += 1000;
    p = next(p, now);
    states.push(p);
  };
  for (const module of steps === 'all' ? course.modules : course.modules.slice(0, 1)) {
    for (const page of module.pages) {
      step((q, t) => markSeen(q, { moduleId: module.id, pageId: page.id }, t));
      step((q, t) => addTime(q, module.id, 30_000, t));
      for (const block of page.blocks) {
        if (block.kind === 'kunskapskontroll') step((q, t) => recordAnswer(q, module.id, block.id, block.correct, t));
      }
    }
  }
  return states;
}

const last = <T>(list: T[]): T => list[list.length - 1]!;

const NAMES = {
  '1.2': {
    status: 'cmi.core.lesson_status',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    session: 'cmi.core.session_time',
    raw: 'cmi.core.score.raw',
  },
  '2004': {
    status: 'cmi.completion_status',
    location: 'cmi.location',
    exit: 'cmi.exit',
    session: 'cmi.session_time',
    raw: 'cmi.score.raw',
  },
};

describe.each(['1.2', '2004'] as const)('SCORM %s', (version) => {
  const names = NAMES[version];

  // Each store is a first launch on its own LMS; forCourse relaunches on one LMS per course from
  // another browser (an empty journal), so that what comes back came from the LMS.
  const lmsByCourse = new Map<string, FakeLms>();
  describeStoreContract(
    `SCORM ${version}`,
    async () => (await connect(new FakeLms(version), createMemoryJournal())).connection.store,
    {
      forCourse: async (courseId) => {
        const lms = lmsByCourse.get(courseId) ?? new FakeLms(version);
        lmsByCourse.set(courseId, lms);
        return (await connect(lms, createMemoryJournal())).connection.store;
      },
    },
  );

  test('a first launch has nothing to resume and no notice', async () => {
    const lms = new FakeLms(version);
    const { connection, logs } = await connect(lms, createMemoryJournal());
    expect(connection.notices).toEqual([]);
    expect(await connection.store.load()).toBeNull();
    expect(logs).toEqual([]);
  });

  test('every value the course sets is accepted with error 0, and the LMS keeps them', async () => {
    const lms = new FakeLms(version);
    const { connection, logs } = await connect(lms, createMemoryJournal());
    const states = walk('alfa');
    for (const state of states) await connection.store.save(state);
    connection.store.close?.(last(states));

    expect(lms.sets.length).toBeGreaterThan(20);
    expect(lms.sets.filter((s) => s.result !== 'true' || s.error !== '0')).toEqual([]);
    expect(logs).toEqual([]);
    expect(lms.value(names.location)).toBe('alfa/tredje-sidan');
    expect(lms.value('cmi.suspend_data')).toBe(encodeSuspendData(last(states)));
    expect(lms.value(names.status)).toBe('incomplete');
    expect(lms.value(names.raw)).toBe('50');
    expect(lms.calls.filter((c) => c === (version === '1.2' ? 'LMSFinish' : 'Terminate'))).toHaveLength(1);
  });

  test('only changed values are sent again', async () => {
    const lms = new FakeLms(version);
    const { connection } = await connect(lms, createMemoryJournal());
    const [first] = walk('alfa');
    await connection.store.save(first!);
    const count = lms.sets.length;
    await connection.store.save(first!);
    expect(lms.sets.length).toBe(count);
  });

  test('resume: the next launch reads back location and suspend_data', async () => {
    const lms = new FakeLms(version);
    const session1 = await connect(lms, createMemoryJournal());
    const states = walk('alfa');
    for (const state of states) await session1.connection.store.save(state);
    session1.connection.store.close?.(last(states));
    expect(lms.value(names.exit)).toBe('suspend');

    // Another device: an empty journal, so everything comes from the LMS.
    const session2 = await connect(lms, createMemoryJournal());
    expect(session2.connection.notices).toEqual([]);
    expect(restoreProgress(course, await session2.connection.store.load())).toEqual({
      progress: last(states),
      loss: 'none',
    });
  });

  test('completion: the whole course walked reports completed, full score, objectives and exit', async () => {
    const lms = new FakeLms(version);
    const { connection } = await connect(lms, createMemoryJournal());
    const states = walk('all');
    for (const state of states) await connection.store.save(state);
    connection.store.close?.(last(states));

    expect(lms.sets.filter((s) => s.error !== '0')).toEqual([]);
    expect(lms.value(names.status)).toBe('completed');
    expect(lms.value(names.raw)).toBe('100');
    // suspend also when complete, so that a later launch resumes with the record (RTE 4.2.8).
    expect(lms.value(names.exit)).toBe('suspend');
    const objectives = Object.values(lms.value('cmi.objectives') as unknown as Record<string, Cmi>);
    expect(objectives.map((o) => o.id)).toEqual(['alfa', 'beta']);
    if (version === '1.2') {
      expect(objectives.map((o) => o.status)).toEqual(['completed', 'completed']);
    } else {
      expect(lms.value('cmi.progress_measure')).toBe('1');
      expect(lms.value('cmi.score.scaled')).toBe('1');
      expect(objectives.map((o) => [o.completion_status, o.progress_measure])).toEqual([
        ['completed', '1'],
        ['completed', '1'],
      ]);
    }
  });

  test('objectives keep the index the LMS gave them, even when the course order changes', async () => {
    const lms = new FakeLms(version);
    const session1 = await connect(lms, createMemoryJournal());
    await session1.connection.store.save(walk('alfa')[0]!);
    session1.connection.store.close?.(walk('alfa')[0]!);
    lms.saved!.objectives = { 0: { ...lms.saved!.objectives[1] }, 1: { ...lms.saved!.objectives[0] } };

    const session2 = await connect(lms, createMemoryJournal());
    const progress = last(walk('all'));
    await session2.connection.store.save(progress);
    expect(lms.sets.filter((s) => s.error !== '0')).toEqual([]);
    expect(lms.value('cmi.objectives.0.id')).toBe('beta');
    expect(lms.value('cmi.objectives.1.id')).toBe('alfa');
  });

  test(`session time is this session's visible time, in the version's format`, async () => {
    const lms = new FakeLms(version);
    const session1 = await connect(lms, createMemoryJournal());
    const before = addTime(
      markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'forsta-sidan' }, 1),
      'alfa',
      3_600_000,
      2,
    );
    await session1.connection.store.save(before);
    session1.connection.store.close?.(before);
    const session2 = await connect(lms, createMemoryJournal());
    const after = addTime(addTime(before, 'alfa', 61_500, 3), 'beta', 1_000, 4);
    session2.connection.store.close?.(after);
    expect(last(lms.sets.filter((s) => s.element === names.session)).value).toBe(
      version === '1.2' ? '0000:01:02.50' : 'PT1M2.5S',
    );
  });

  test('Commit returning false: the journal keeps the progress and the next launch restores it with a notice', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const session1 = await connect(lms, journal);
    const states = walk('alfa');
    await session1.connection.store.save(states[0]!);
    lms.failCommits = true;
    for (const state of states.slice(1)) await expect(session1.connection.store.save(state)).resolves.toBeUndefined();
    session1.connection.store.close?.(last(states));
    expect(session1.logs.some((l) => l.startsWith('Commit failed: 101'))).toBe(true);

    lms.failCommits = false;
    const session2 = await connect(lms, journal);
    expect(session2.connection.notices).toEqual(['journal-used']);
    expect(restoreProgress(course, await session2.connection.store.load()).progress).toEqual(last(states));
  });

  test('Commit throwing is caught, and the journal still has the progress', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const commit = version === '1.2' ? 'LMSCommit' : 'Commit';
    const { connection, logs } = await connect(lms, journal, {
      [commit]: () => {
        throw new Error('network down');
      },
    });
    const progress = walk('alfa')[0]!;
    await expect(connection.store.save(progress)).resolves.toBeUndefined();
    expect(logs).toEqual(['Commit failed: 101 Error: network down']);
    expect(await journal.load('elev-1')).toEqual({ progress, confirmed: false });
  });

  test('a save that reaches neither the LMS nor the journal rejects', async () => {
    const lms = new FakeLms(version);
    lms.failCommits = true;
    const journal = { ...createMemoryJournal(), save: () => Promise.reject(new Error('quota')) };
    const { connection } = await connect(lms, journal);
    await expect(connection.store.save(walk('alfa')[0]!)).rejects.toThrow('neither');
  });

  test('Initialize failing: progress goes to the journal of the last learner, with a notice', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    await journal.setLastLearner('elev-1');
    const init = version === '1.2' ? 'LMSInitialize' : 'Initialize';
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    const { connection, logs } = await connect(lms, journal, { [init]: () => 'false', [lastError]: () => '101' });
    expect(connection.notices).toEqual(['init-failed']);
    expect(logs[0]).toMatch(/^Initialize failed: 101/);
    const progress = walk('alfa')[0]!;
    await connection.store.save(progress);
    connection.store.close?.(progress);
    expect(lms.sets).toEqual([]);
    expect(await journal.load('elev-1')).toEqual({ progress, confirmed: false });

    // The LMS works again: the journal fills in what it never got.
    const next = await connect(lms, journal);
    expect(next.connection.notices).toEqual(['journal-used']);
    expect(restoreProgress(course, await next.connection.store.load()).progress).toEqual(progress);
  });

  if (version === '2004') {
    test('Initialize answering 103 "already initialized" is a live session, not a failure', async () => {
      const lms = new FakeLms(version);
      const api = lms.launch().api;
      api.lmsInitialize();
      const connection = await connectLms(
        course,
        { parent: { parent: null, opener: null, top: null, API_1484_11: api } as ApiWindow, opener: null, top: null },
        { journal: createMemoryJournal(), log: () => undefined },
      );
      expect(connection?.notices).toEqual([]);
      await connection!.store.save(walk('alfa')[0]!);
      expect(lms.value('cmi.location')).toBe('alfa/forsta-sidan');
    });
  }

  test('never-set values read as "" whether the LMS says 403 or 0', async () => {
    const lms = new FakeLms(version);
    const get = version === '1.2' ? 'LMSGetValue' : 'GetValue';
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    // A Moodle-like LMS: "" and error 0 for everything.
    const { connection, logs } = await connect(lms, createMemoryJournal(), { [get]: () => '', [lastError]: () => '0' });
    expect(await connection.store.load()).toBeNull();
    expect(connection.notices).toEqual([]);
    expect(logs).toEqual([]);
  });

  test('an LMS that errs on reading suspend_data: the journal is used, with a notice', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const saved = walk('alfa')[2]!;
    await journal.save('elev-1', { progress: saved, confirmed: false });
    const get = version === '1.2' ? 'LMSGetValue' : 'GetValue';
    const lastError = version === '1.2' ? 'LMSGetLastError' : 'GetLastError';
    let failing = false;
    const { connection } = await connect(lms, journal, {
      [get]: (element: string) => {
        failing = element === 'cmi.suspend_data';
        return failing ? '' : element.endsWith('_id') ? 'elev-1' : element.endsWith('_count') ? '0' : '';
      },
      [lastError]: () => (failing ? '101' : '0'),
    });
    expect(connection.notices).toEqual(['lms-unreadable-journal-used']);
    expect(await connection.store.load()).toEqual(saved);
  });

  test('LMS data and newer unconfirmed journal work: merged, with a notice; older journal work is not', async () => {
    const lms = new FakeLms(version);
    const session1 = await connect(lms, createMemoryJournal());
    const p = markSeen(emptyProgress(course), { moduleId: 'beta', pageId: 'enda-sidan' }, 10);
    await session1.connection.store.save(p);
    session1.connection.store.close?.(p);

    const journal = createMemoryJournal();
    await journal.save('elev-1', {
      progress: markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'forsta-sidan' }, 20),
      confirmed: false,
    });
    const session2 = await connect(lms, journal);
    const stored = restoreProgress(course, await session2.connection.store.load()).progress;
    expect(stored.modules.alfa?.seen).toEqual(['forsta-sidan']);
    expect(stored.modules.beta?.seen).toEqual(['enda-sidan']);
    expect(stored.location).toEqual({ moduleId: 'alfa', pageId: 'forsta-sidan' });
    expect(session2.connection.notices).toEqual(['journal-used']);

    const olderJournal = createMemoryJournal();
    await olderJournal.save('elev-1', {
      progress: markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'forsta-sidan' }, 5),
      confirmed: false,
    });
    const session3 = await connect(lms, olderJournal);
    expect(restoreProgress(course, await session3.connection.store.load()).progress).toEqual(p);
    expect(session3.connection.notices).toEqual([]);
  });

  test('progress from an older course version keeps its fingerprint, so the app reports the change', async () => {
    const lms = new FakeLms(version);
    const session1 = await connect(lms, createMemoryJournal());
    const old = { ...walk('alfa')[0]!, fingerprint: 'deadbeef' };
    await session1.connection.store.save(old);
    session1.connection.store.close?.(old);
    const session2 = await connect(lms, createMemoryJournal());
    expect(decodeSuspendData(lms.value('cmi.suspend_data')).fingerprint).toBe('deadbeef');
    expect(restoreProgress(course, await session2.connection.store.load()).loss).toBe('course-changed');
  });

  test('after close, saves go to the journal only and the LMS is not called again', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const { connection } = await connect(lms, journal);
    const [a, b] = walk('alfa');
    connection.store.close?.(a!);
    const calls = lms.calls.length;
    await connection.store.save(b!);
    connection.store.close?.(b!);
    expect(lms.calls.length).toBe(calls);
    expect(await journal.load('elev-1')).toEqual({ progress: b, confirmed: false });
  });

  test('clear empties the resume data in the LMS and the journal', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const { connection } = await connect(lms, journal);
    await connection.store.save(last(walk('alfa')));
    await connection.store.clear();
    expect(lms.value('cmi.suspend_data')).toBe('');
    // 2004 cannot empty cmi.location; the app saves the fresh progress right after clearing.
    expect(lms.value(names.location)).toBe(version === '1.2' ? '' : 'alfa/tredje-sidan');
    expect(await journal.load('elev-1')).toBeNull();
    await connection.store.save(emptyProgress(course));
    connection.store.close?.(emptyProgress(course));
    expect(lms.sets.filter((s) => s.error !== '0')).toEqual([]);
    const next = await connect(lms, journal);
    expect(restoreProgress(course, await next.connection.store.load()).progress).toEqual(emptyProgress(course));
  });

  test('an LMS that keeps the data but reports entry "ab-initio": resume where the LMS says, no notice', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const session1 = await connect(lms, journal);
    const states = walk('alfa');
    for (const state of states) await session1.connection.store.save(state);
    session1.connection.store.close?.(last(states));
    // A journal entry from earlier in the walk (as if a later write was lost), confirmed at the time.
    await journal.save('elev-1', { progress: states[2]!, confirmed: true });
    if (version === '1.2') lms.saved!.core.exit = '';
    else lms.saved!.exit = '';
    const get = version === '1.2' ? 'LMSGetValue' : 'GetValue';
    let api: Record<string, (...args: unknown[]) => unknown> | null = null;
    const launched = lms.launch({
      [get]: (element: string) => (element.endsWith('.entry') ? 'ab-initio' : api![get]!(element)),
    });
    api = launched.api as unknown as Record<string, (...args: unknown[]) => unknown>;
    const connection = await connectLms(course, launched.win, { journal, log: () => undefined });
    expect(connection!.notices).toEqual([]);
    expect(restoreProgress(course, await connection!.store.load()).progress.location).toEqual(last(states).location);
  });

  test('a journal entry is confirmed only by a successful Commit after it was set', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const { connection } = await connect(lms, journal);
    const [a, b] = walk('alfa');
    await connection.store.save(a!);
    expect(await journal.load('elev-1')).toEqual({ progress: a, confirmed: true });
    lms.failCommits = true;
    await connection.store.save(b!);
    expect(await journal.load('elev-1')).toEqual({ progress: b, confirmed: false });
  });

  test('a new attempt (LMS empty, ab-initio) after confirmed work starts fresh; unconfirmed work comes back with a notice', async () => {
    const lms = new FakeLms(version);
    const journal = createMemoryJournal();
    const session1 = await connect(lms, journal);
    const states = walk('all');
    for (const state of states) await session1.connection.store.save(state);
    session1.connection.store.close?.(last(states));
    lms.saved = null; // the LMS's "Start a new attempt"
    const fresh = await connect(lms, journal);
    expect(fresh.connection.notices).toEqual([]);
    expect(await fresh.connection.store.load()).toBeNull();

    lms.failCommits = true;
    const unconfirmed = walk('alfa')[0]!;
    await fresh.connection.store.save(unconfirmed);
    fresh.connection.store.close?.(unconfirmed);
    lms.failCommits = false;
    lms.saved = null;
    const restored = await connect(lms, journal);
    expect(restored.connection.notices).toEqual(['journal-used']);
    expect(await restored.connection.store.load()).toEqual(unconfirmed);
  });

  test('the record never goes backwards: status, progress_measure and objectives the LMS holds stay', async () => {
    const lms = new FakeLms(version);
    const objectives = {
      0:
        version === '1.2'
          ? { id: 'alfa', status: 'completed' }
          : { id: 'alfa', completion_status: 'completed', progress_measure: '1' },
    };
    // A finished record whose suspend_data went missing (e.g. an older build that exited "normal").
    lms.saved =
      version === '1.2'
        ? { core: { lesson_status: 'passed', exit: 'suspend' }, objectives }
        : { completion_status: 'completed', progress_measure: '1', exit: 'suspend', objectives };
    const { connection } = await connect(lms, createMemoryJournal());
    const p = walk('alfa')[0]!;
    await connection.store.save(p);
    connection.store.close?.(p);
    expect(lms.sets.filter((s) => s.error !== '0')).toEqual([]);
    expect(lms.value(names.status)).toBe(version === '1.2' ? 'passed' : 'completed');
    if (version === '2004') expect(lms.value('cmi.progress_measure')).toBe('1');
    expect(lms.value(version === '1.2' ? 'cmi.objectives.0.status' : 'cmi.objectives.0.completion_status')).toBe(
      'completed',
    );
    // Work the LMS did not hold is still written.
    expect(lms.value('cmi.suspend_data')).toBe(encodeSuspendData(p));
  });

  test('suspend_data that knows less than what was read at launch is not written, unless the learner chose "Börja om"', async () => {
    const lms = new FakeLms(version);
    const session1 = await connect(lms, createMemoryJournal());
    const full = last(walk('alfa'));
    await session1.connection.store.save(full);
    session1.connection.store.close?.(full);
    const session2 = await connect(lms, createMemoryJournal());
    const less = markSeen(emptyProgress(course), { moduleId: 'beta', pageId: 'enda-sidan' }, full.updatedAt + 1);
    await session2.connection.store.save(less);
    expect(lms.value('cmi.suspend_data')).toBe(encodeSuspendData(full));
    await session2.connection.store.clear();
    await session2.connection.store.save(less);
    expect(lms.value('cmi.suspend_data')).toBe(encodeSuspendData(less));
  });

  test('review and browse mode: progress shown, nothing written to the LMS or the journal', async () => {
    for (const mode of ['review', 'browse']) {
      const lms = new FakeLms(version);
      const session1 = await connect(lms, createMemoryJournal());
      const first = walk('alfa')[0]!;
      await session1.connection.store.save(first);
      session1.connection.store.close?.(first);
      if (version === '1.2') lms.saved!.core.lesson_mode = mode;
      else lms.saved!.mode = mode;
      const before = structuredClone(lms.saved);
      const journal = createMemoryJournal();
      const callsBefore = lms.calls.length;
      const { connection } = await connect(lms, journal);
      expect(connection.notices).toEqual(['review-mode']);
      expect(await connection.store.load()).toEqual(first);
      const later = last(walk('all'));
      connection.store.recordAnswer?.({ checkId: 'beta/enda-sidan/k1', choice: 0, at: 1 });
      await connection.store.save(later);
      connection.store.close?.(later);
      const calls = lms.calls.slice(callsBefore);
      expect(calls.filter((c) => /SetValue|Commit/.test(c))).toEqual([]);
      expect(calls).toContain(version === '1.2' ? 'LMSFinish' : 'Terminate');
      // Terminate makes scorm-again store its own entry/exit bookkeeping; the learner's record is as it was.
      const record = (cmi: Cmi) =>
        JSON.stringify(cmi, (key, value) =>
          ['entry', 'exit', 'session_time', 'total_time'].includes(key) ? undefined : value,
        );
      expect(record(lms.saved!)).toBe(record(before!));
      expect(await journal.load('elev-1')).toBeNull();
    }
  });

  test('each submitted check writes one new cmi.interactions.n, all accepted with error 0', async () => {
    const lms = new FakeLms(version);
    const { connection } = await connect(lms, createMemoryJournal());
    const at = Date.UTC(2026, 11, 1, 8, 30, 15);
    connection.store.recordAnswer?.({ checkId: 'alfa/tredje-sidan/k1', choice: 0, at }); // wrong, then tried again
    connection.store.recordAnswer?.({ checkId: 'alfa/tredje-sidan/k1', choice: 1, at: at + 5000 });
    connection.store.recordAnswer?.({ checkId: 'beta/enda-sidan/k1', choice: 0, at: at + 9000 });
    await connection.store.save(walk('alfa')[0]!);
    expect(lms.sets.filter((s) => s.error !== '0')).toEqual([]);
    const interactions = Object.values(lms.value('cmi.interactions') as unknown as Record<string, Cmi>);
    expect(interactions).toHaveLength(3);
    const ids = interactions.map((i) => i.id);
    if (version === '1.2') {
      expect(ids).toEqual(['alfa/tredje-sidan/k1', 'alfa/tredje-sidan/k1', 'beta/enda-sidan/k1']);
      expect(interactions.map((i) => [i.type, i.student_response, i.result])).toEqual([
        ['choice', 'a', 'wrong'],
        ['choice', 'b', 'correct'],
        ['choice', 'a', 'correct'],
      ]);
      expect(interactions[0]!.time).toMatch(/^\d\d:\d\d:\d\d$/);
    } else {
      expect(ids).toEqual([
        'urn:testkurs:alfa/tredje-sidan/k1',
        'urn:testkurs:alfa/tredje-sidan/k1',
        'urn:testkurs:beta/enda-sidan/k1',
      ]);
      expect(interactions.map((i) => [i.type, i.learner_response, i.result])).toEqual([
        ['choice', 'a', 'incorrect'],
        ['choice', 'b', 'correct'],
        ['choice', 'a', 'correct'],
      ]);
      expect(interactions[0]!.timestamp).toBe('2026-12-01T08:30:15.0Z');
      expect(interactions[0]!.description).toBe('{lang=sv}Vilket påstående stämmer?');
    }
    expect(interactions.map((i) => Object.values(i.correct_responses as Record<string, Cmi>)[0]?.pattern)).toEqual([
      'b',
      'b',
      'a',
    ]);

    // The next session appends after what the LMS holds (2004; 1.2 interactions are write-only, but _count is readable).
    connection.store.close?.(walk('alfa')[0]!);
    const next = await connect(lms, createMemoryJournal());
    next.connection.store.recordAnswer?.({ checkId: 'beta/enda-sidan/k1', choice: 1, at });
    await next.connection.store.save(walk('alfa')[1]!);
    expect(Object.keys(lms.value('cmi.interactions') as unknown as Record<string, Cmi>)).toHaveLength(4);
    expect(lms.sets.filter((s) => s.error !== '0')).toEqual([]);
  });
});

test('no LMS API anywhere: null, for the standalone mode', async () => {
  const top: ApiWindow = { parent: null, opener: null, top: null };
  expect(
    await connectLms(
      course,
      { parent: top, opener: null, top, location: { search: '?scorm=12' } },
      { journal: createMemoryJournal() },
    ),
  ).toBeNull();
});
