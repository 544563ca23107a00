// App actions and the store: pending visible time goes out with the last write; each answer is
// handed to the store as one submission.
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { emptyProgress, totalTimeMs, type Progress } from '../../src/core/progress/progress';
import type { ProgressStore } from '../../src/core/progress/store';
import { sv } from '../../src/core/messages';
import { createApp } from '../../src/app/state/app-state';
import { createMemoryNotesStore } from '../../src/app/state/notes-store';

const course = loadCourse('tests/fixtures/course');

function setup() {
  const saved: Progress[] = [];
  const closed: Progress[] = [];
  const submissions: { checkId: string; choice: number; at: number }[] = [];
  const store: ProgressStore = {
    load: async () => null,
    save: async (p) => void saved.push(p),
    clear: async () => undefined,
    close: (p) => void closed.push(p),
    recordAnswer: (s) => void submissions.push(s),
  };
  const app = createApp({
    course,
    messages: sv,
    progress: emptyProgress(course),
    notes: {},
    zoom: false,
    notices: [],
    store,
    notesStore: createMemoryNotesStore(),
  });
  return { app, saved, closed, submissions };
}

describe('the last write carries the seconds not yet counted', () => {
  test('close (pagehide): the hook runs first, so the store closes with the pending time', () => {
    const { app, closed } = setup();
    app.actions.beforeFlush(() => app.actions.countTime('alfa', 5000));
    app.actions.close();
    expect(closed.map(totalTimeMs)).toEqual([5000]);
  });

  test('flush (hidden): the pending time is in the write', async () => {
    const { app, saved } = setup();
    const off = app.actions.beforeFlush(() => app.actions.countTime('alfa', 4000));
    await app.actions.flush();
    expect(saved.map(totalTimeMs)).toEqual([4000]);
    off();
    app.actions.close();
    expect(totalTimeMs(app.state.progress.value)).toBe(4000);
  });
});

test('each answer is one submission for the store, with its time', () => {
  const { app, submissions } = setup();
  app.actions.answer('alfa', 'alfa/tredje-sidan/k1', 0);
  app.actions.answer('alfa', 'alfa/tredje-sidan/k1', 1);
  expect(submissions.map(({ checkId, choice }) => [checkId, choice])).toEqual([
    ['alfa/tredje-sidan/k1', 0],
    ['alfa/tredje-sidan/k1', 1],
  ]);
  expect(submissions[0]!.at).toBeGreaterThan(0);
  expect(app.state.progress.value.modules.alfa?.answers).toEqual({ 'alfa/tredje-sidan/k1': 1 });
});
