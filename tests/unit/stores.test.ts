// The memory and IndexedDB progress stores against the shared store contract.
import 'fake-indexeddb/auto';
import { createStore, get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createIdbStore } from '../../src/app/storage/idb-store';
import { createMemoryStore } from '../../src/app/storage/memory-store';
import { describeStoreContract, SAMPLE_PROGRESS } from './store-contract';

let databases = 0;
/** A fresh IndexedDB database (fake-indexeddb in Node), as idb-keyval opens it in the browser. */
const freshDb = () => createStore(`progress-test-${++databases}`, 'kv');

describeStoreContract('memory', () => createMemoryStore());

const sharedDb = freshDb();
describeStoreContract('IndexedDB', () => createIdbStore('medborgardialog', freshDb()), {
  forCourse: (courseId) => createIdbStore(courseId, sharedDb),
});

describe('memory store', () => {
  it('starts with what it is given, as a copy the caller cannot change it through', async () => {
    const store = createMemoryStore(SAMPLE_PROGRESS);
    const loaded = await store.load();
    expect(loaded).toEqual(SAMPLE_PROGRESS);
    expect(loaded).not.toBe(SAMPLE_PROGRESS);
  });
});

describe('IndexedDB store', () => {
  it('keeps progress under "progress:<course id>"', async () => {
    const db = freshDb();
    await createIdbStore('medborgardialog', db).save(SAMPLE_PROGRESS);
    expect(await get('progress:medborgardialog', db)).toEqual(SAMPLE_PROGRESS);
  });
});
