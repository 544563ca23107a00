// The local journal in IndexedDB (fake-indexeddb in Node): kept per course and learner.
import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createIdbJournal, createMemoryJournal, type Journal } from '../../src/app/scorm/journal';
import { LATER_PROGRESS as LATER, SAMPLE_PROGRESS as SAMPLE } from './store-contract';

const SAMPLE_PROGRESS = { progress: SAMPLE, confirmed: true };
const LATER_PROGRESS = { progress: LATER, confirmed: false };

let databases = 0;
const freshDb = () => createStore(`scorm-journal-test-${++databases}`, 'kv');

describe.each([
  ['IndexedDB', () => createIdbJournal('medborgardialog', freshDb())],
  ['memory', () => createMemoryJournal()],
] as [string, () => Journal][])('%s journal', (_name, make) => {
  it('keeps an entry (progress, confirmed) per learner, and a copy, not the object given', async () => {
    const journal = make();
    const progress = structuredClone(SAMPLE_PROGRESS);
    await journal.save('anna', progress);
    await journal.save('bo', LATER_PROGRESS);
    progress.progress.location = null;
    expect(await journal.load('anna')).toEqual(SAMPLE_PROGRESS);
    expect(await journal.load('bo')).toEqual(LATER_PROGRESS);
    expect(await journal.load('cecilia')).toBeNull();
  });

  it('clears one learner only', async () => {
    const journal = make();
    await journal.save('anna', SAMPLE_PROGRESS);
    await journal.save('bo', LATER_PROGRESS);
    await journal.clear('anna');
    expect(await journal.load('anna')).toBeNull();
    expect(await journal.load('bo')).toEqual(LATER_PROGRESS);
  });

  it('remembers the last learner', async () => {
    const journal = make();
    expect(await journal.lastLearner()).toBeNull();
    await journal.setLastLearner('anna');
    await journal.setLastLearner('bo');
    expect(await journal.lastLearner()).toBe('bo');
  });
});

describe('IndexedDB journal', () => {
  it("is keyed by course and learner beside the app's own progress", async () => {
    const db = freshDb();
    await createIdbJournal('kurs-a', db).save('anna', SAMPLE_PROGRESS);
    expect(await createIdbJournal('kurs-b', db).load('anna')).toBeNull();
    expect(await get('scorm-journal:kurs-a:anna', db)).toEqual(SAMPLE_PROGRESS);
  });
});
