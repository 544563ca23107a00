// The contract every ProgressStore backend must keep, as one suite each backend's test file runs:
//   describeStoreContract('memory', () => createMemoryStore());
// `makeStore` must give a new, empty store each time, independent of the ones made before.
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../src/core/progress/progress';
import type { ProgressStore } from '../../src/core/progress/store';

type MaybePromise<T> = Promise<T> | T;

export interface StoreContractOptions {
  /**
   * For backends keyed by course: a store for `courseId` over one shared backend, so that two calls
   * with the same id see the same data (as after a reload) and different ids do not.
   */
  forCourse?: (courseId: string) => MaybePromise<ProgressStore>;
}

/** A learner part-way through a course: pages seen, answers given, time spent. */
export const SAMPLE_PROGRESS: Progress = {
  fingerprint: '1a2b3c4d',
  modules: {
    nytta: { seen: ['vad-ar-dialog', 'varfor-dialog'], answers: { 'nytta/varfor-dialog/k1': 2 }, timeMs: 754_321 },
    delaktighet: { seen: ['trappan'], answers: {}, timeMs: 12_000 },
  },
  location: { moduleId: 'delaktighet', pageId: 'trappan' },
  updatedAt: 1_767_225_600_000,
};

/** The same learner later on. */
export const LATER_PROGRESS: Progress = {
  ...SAMPLE_PROGRESS,
  modules: {
    ...SAMPLE_PROGRESS.modules,
    delaktighet: { seen: ['trappan', 'metoder'], answers: { 'delaktighet/metoder/k1': 0 }, timeMs: 95_000 },
  },
  location: { moduleId: 'delaktighet', pageId: 'metoder' },
  updatedAt: SAMPLE_PROGRESS.updatedAt + 60_000,
};

/** A learner who has only opened the course. */
export const FRESH_PROGRESS: Progress = { fingerprint: '1a2b3c4d', modules: {}, location: null, updatedAt: 0 };

/** Registers the shared store contract tests for one backend. */
export function describeStoreContract(
  name: string,
  makeStore: () => MaybePromise<ProgressStore>,
  options: StoreContractOptions = {},
): void {
  describe(`${name} store contract`, () => {
    it('loads null when nothing was saved', async () => {
      expect(await (await makeStore()).load()).toBeNull();
    });

    it.each([
      ['part-way', SAMPLE_PROGRESS],
      ['just opened', FRESH_PROGRESS],
    ])('gives back a saved progress (%s) unchanged', async (_, progress) => {
      const store = await makeStore();
      await store.save(progress);
      expect(await store.load()).toEqual(progress);
    });

    it('keeps only the last progress saved', async () => {
      const store = await makeStore();
      await store.save(SAMPLE_PROGRESS);
      await store.save(LATER_PROGRESS);
      expect(await store.load()).toEqual(LATER_PROGRESS);
    });

    it('keeps what was saved, not the object it was given', async () => {
      const store = await makeStore();
      const progress = structuredClone(SAMPLE_PROGRESS);
      await store.save(progress);
      progress.modules.nytta!.seen.push('andra-sidan');
      progress.location = null;
      expect(await store.load()).toEqual(SAMPLE_PROGRESS);
    });

    it('forgets everything on clear, and can be saved to again', async () => {
      const store = await makeStore();
      await store.save(SAMPLE_PROGRESS);
      await store.clear();
      expect(await store.load()).toBeNull();
      await store.save(LATER_PROGRESS);
      expect(await store.load()).toEqual(LATER_PROGRESS);
    });

    it('can be cleared when empty', async () => {
      const store = await makeStore();
      await store.clear();
      expect(await store.load()).toBeNull();
    });

    it('a newly made store does not see what another one saved', async () => {
      const first = await makeStore();
      await first.save(SAMPLE_PROGRESS);
      const second = await makeStore();
      expect(await second.load()).toBeNull();
      expect(await first.load()).toEqual(SAMPLE_PROGRESS);
    });

    const { forCourse } = options;
    if (forCourse) {
      it('a store for the same course sees what was saved before (as after a reload)', async () => {
        await (await forCourse('medborgardialog')).save(SAMPLE_PROGRESS);
        expect(await (await forCourse('medborgardialog')).load()).toEqual(SAMPLE_PROGRESS);
      });

      it('stores for two courses keep apart, also when one is cleared', async () => {
        const a = await forCourse('kurs-a');
        const b = await forCourse('kurs-b');
        await a.save(SAMPLE_PROGRESS);
        expect(await b.load()).toBeNull();
        await b.save(LATER_PROGRESS);
        await a.clear();
        expect(await a.load()).toBeNull();
        expect(await b.load()).toEqual(LATER_PROGRESS);
      });
    }
  });
}
