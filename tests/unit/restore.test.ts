// Restoring stored progress of any shape or course version, and merging two copies of it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { Course } from '../../src/core/course/types';
import { checksOf, emptyProgress, type ModuleProgress, type Progress } from '../../src/core/progress/progress';
import { mergeProgress, restoreProgress } from '../../src/core/progress/restore';

const course = loadCourse('tests/fixtures/course');
const ALFA_CHECK = 'alfa/tredje-sidan/k1'; // 3 options
const BETA_CHECK = 'beta/enda-sidan/k1'; // 2 options

const mp = (seen: string[], answers: Record<string, number> = {}, timeMs = 0): ModuleProgress => ({
  seen,
  answers,
  timeMs,
});

/** A valid progress of the fixture course. */
const stored: Progress = {
  fingerprint: course.fingerprint,
  modules: {
    alfa: mp(['forsta-sidan', 'tredje-sidan'], { [ALFA_CHECK]: 2 }, 65_000),
    beta: mp([], { [BETA_CHECK]: 0 }, 10),
  },
  location: { moduleId: 'alfa', pageId: 'tredje-sidan' },
  updatedAt: 1_700_000_000_000,
};

/** What came back as JSON, as a store or the LMS would hand it over. */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('restoreProgress', () => {
  it.each([null, undefined])('nothing stored (%s) gives a fresh progress without loss', (raw) => {
    expect(restoreProgress(course, raw)).toEqual({ progress: emptyProgress(course), loss: 'none' });
  });

  it('takes a valid progress of the same course whole', () => {
    expect(restoreProgress(course, asStored(stored))).toEqual({ progress: stored, loss: 'none' });
  });

  it.each([
    ['a number', 42],
    ['a string', '{"modules":{}}'],
    ['true', true],
    ['an array', [stored]],
    ['an empty object', {}],
    ['modules as an array', { ...stored, modules: [] }],
    ['modules as a string', { ...stored, modules: 'alfa' }],
    ['modules null', { ...stored, modules: null }],
  ])('garbage (%s) gives a fresh progress, marked corrupt', (_, raw) => {
    expect(restoreProgress(course, raw)).toEqual({ progress: emptyProgress(course), loss: 'corrupt' });
  });

  it.each<[string, unknown, ModuleProgress | undefined]>([
    ['a module that is a string', 'alles gesehen', undefined],
    ['a module that is an array', ['forsta-sidan'], undefined],
    ['seen that is not a list', { seen: 'forsta-sidan', answers: {}, timeMs: 0 }, mp([])],
    ['seen with a number and null', { seen: ['forsta-sidan', 3, null], answers: {}, timeMs: 0 }, mp(['forsta-sidan'])],
    [
      'seen with a page twice',
      { seen: ['forsta-sidan', 'forsta-sidan'], answers: {}, timeMs: 0 },
      mp(['forsta-sidan']),
    ],
    ['seen with a page of another module', { seen: ['enda-sidan'], answers: {}, timeMs: 0 }, mp([])],
    ['an answer past the last option', { seen: [], answers: { [ALFA_CHECK]: 3 }, timeMs: 0 }, mp([])],
    ['a negative answer', { seen: [], answers: { [ALFA_CHECK]: -1 }, timeMs: 0 }, mp([])],
    ['a fractional answer', { seen: [], answers: { [ALFA_CHECK]: 1.5 }, timeMs: 0 }, mp([])],
    ['an answer as text', { seen: [], answers: { [ALFA_CHECK]: '1' }, timeMs: 0 }, mp([])],
    ['an answer to a check of another module', { seen: [], answers: { [BETA_CHECK]: 0 }, timeMs: 0 }, mp([])],
  ])('a damaged part (%s) is dropped, the rest kept, marked corrupt', (_, alfa, restored) => {
    const raw = asStored({ ...stored, modules: { ...stored.modules, alfa } });
    const result = restoreProgress(course, raw);
    expect(result.loss).toBe('corrupt');
    expect(result.progress.modules.alfa).toEqual(restored);
    expect(result.progress.modules.beta).toEqual(stored.modules.beta);
    expect(result.progress.location).toEqual(stored.location);
  });

  it.each<[string, unknown, number]>([
    ['negative', -5, 0],
    ['text', '100', 0],
    ['missing', undefined, 0],
    ['fractional', 1234.6, 1235],
  ])('time that is %s becomes %d', (_, timeMs, expected) => {
    const raw = { ...stored, modules: { alfa: { seen: [], answers: {}, timeMs } } };
    expect(restoreProgress(course, raw).progress.modules.alfa?.timeMs).toBe(expected);
  });

  it('infinite time becomes 0', () => {
    const raw = { ...stored, modules: { alfa: { seen: [], answers: {}, timeMs: Number.POSITIVE_INFINITY } } };
    expect(restoreProgress(course, raw).progress.modules.alfa?.timeMs).toBe(0);
  });

  it.each([
    ['a removed page', { moduleId: 'alfa', pageId: 'borttagen' }],
    ['a page of another module', { moduleId: 'beta', pageId: 'forsta-sidan' }],
    ['a removed module', { moduleId: 'gamma', pageId: 'forsta-sidan' }],
    ['text', 'alfa/forsta-sidan'],
    ['a number as page', { moduleId: 'alfa', pageId: 1 }],
  ])('a resume point at %s is dropped and marked corrupt', (_, location) => {
    const result = restoreProgress(course, { ...stored, location });
    expect(result.progress.location).toBeNull();
    expect(result.loss).toBe('corrupt');
    expect(result.progress.modules).toEqual(stored.modules);
  });

  it('a missing resume point is no loss', () => {
    expect(restoreProgress(course, { ...stored, location: null })).toEqual({
      progress: { ...stored, location: null },
      loss: 'none',
    });
  });

  it.each([
    ['text', '2024'],
    ['missing', undefined],
    ['NaN', Number.NaN],
  ])('updatedAt that is %s becomes 0', (_, updatedAt) => {
    expect(restoreProgress(course, { ...stored, updatedAt }).progress.updatedAt).toBe(0);
  });

  it('progress of an older course version keeps what still exists and says the course changed', () => {
    const old = {
      fingerprint: 'a0a0a0a0',
      modules: {
        alfa: {
          seen: ['forsta-sidan', 'borttagen-sida'],
          answers: { [ALFA_CHECK]: 1, 'alfa/tredje-sidan/k2': 0 },
          timeMs: 5_000,
        },
        gamma: { seen: ['gammal'], answers: {}, timeMs: 9_000 },
      },
      location: { moduleId: 'gamma', pageId: 'gammal' },
      updatedAt: 77,
    };
    expect(restoreProgress(course, old)).toEqual({
      progress: {
        fingerprint: course.fingerprint,
        modules: { alfa: mp(['forsta-sidan'], { [ALFA_CHECK]: 1 }, 5_000) },
        location: null,
        updatedAt: 77,
      },
      loss: 'course-changed',
    });
  });

  it('a fingerprint that differs is "course-changed" even when every id still matches', () => {
    expect(restoreProgress(course, { ...stored, fingerprint: 'ffffffff' })).toEqual({
      progress: stored,
      loss: 'course-changed',
    });
  });
});

describe('mergeProgress', () => {
  const older: Progress = {
    fingerprint: course.fingerprint,
    modules: {
      alfa: mp(['forsta-sidan', 'andra-sidan'], { [ALFA_CHECK]: 0 }, 90_000),
      beta: mp(['enda-sidan'], { [BETA_CHECK]: 1 }, 1_000),
    },
    location: { moduleId: 'beta', pageId: 'enda-sidan' },
    updatedAt: 100,
  };
  const newer: Progress = {
    fingerprint: course.fingerprint,
    modules: { alfa: mp(['tredje-sidan', 'forsta-sidan'], { [ALFA_CHECK]: 1 }, 30_000) },
    location: { moduleId: 'alfa', pageId: 'tredje-sidan' },
    updatedAt: 200,
  };
  const expected: Progress = {
    fingerprint: course.fingerprint,
    modules: {
      alfa: mp(['forsta-sidan', 'andra-sidan', 'tredje-sidan'], { [ALFA_CHECK]: 1 }, 90_000),
      beta: mp(['enda-sidan'], { [BETA_CHECK]: 1 }, 1_000),
    },
    location: { moduleId: 'alfa', pageId: 'tredje-sidan' },
    updatedAt: 200,
  };

  it('unites pages, keeps the longer time and takes answers and the resume point from the newer copy', () => {
    expect(mergeProgress(older, newer)).toEqual(expected);
    expect(mergeProgress(newer, older)).toEqual(expected);
  });

  it('keeps the older resume point when the newer copy has none', () => {
    expect(mergeProgress(older, { ...newer, location: null }).location).toEqual(older.location);
  });

  it('keeps answers only the older copy has', () => {
    expect(mergeProgress(older, newer).modules.beta?.answers).toEqual({ [BETA_CHECK]: 1 });
  });

  it('with equal times the first copy counts as the newer', () => {
    const a = { ...older, updatedAt: 5 };
    const b = { ...newer, updatedAt: 5 };
    expect(mergeProgress(a, b).location).toEqual(a.location);
    expect(mergeProgress(b, a).location).toEqual(b.location);
  });

  it('merging with a fresh progress changes nothing', () => {
    expect(mergeProgress(expected, emptyProgress(course))).toEqual(expected);
    expect(mergeProgress(emptyProgress(course), expected)).toEqual(expected);
  });
});

/** Any valid progress of `course`, with ids and answers that exist. */
function validProgress(course: Course): fc.Arbitrary<Progress> {
  const locations = course.modules.flatMap((m) => m.pages.map((p) => ({ moduleId: m.id, pageId: p.id })));
  const moduleEntries = Object.fromEntries(
    course.modules.map((m) => [
      m.id,
      fc.record({
        seen: fc.shuffledSubarray(m.pages.map((p) => p.id)),
        answers: fc.record(
          Object.fromEntries(checksOf(m).map((c) => [c.id, fc.integer({ min: 0, max: c.options.length - 1 })])),
          { requiredKeys: [] },
        ),
        timeMs: fc.nat(),
      }),
    ]),
  );
  return fc.record({
    fingerprint: fc.constant(course.fingerprint),
    modules: fc.record(moduleEntries, { requiredKeys: [] }),
    location: fc.option(fc.constantFrom(...locations), { nil: null }),
    updatedAt: fc.nat(),
  }) as fc.Arbitrary<Progress>;
}

/** Stored data that looks roughly like progress, with junk where values belong. */
const progressLike = fc.record(
  {
    fingerprint: fc.oneof(fc.constant(course.fingerprint), fc.string()),
    modules: fc.oneof(
      fc.dictionary(
        fc.constantFrom('alfa', 'beta', 'gamma', '__proto__', 'constructor'),
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              seen: fc.oneof(
                fc.array(
                  fc.oneof(
                    fc.constantFrom('forsta-sidan', 'andra-sidan', 'tredje-sidan', 'enda-sidan', 'x'),
                    fc.jsonValue(),
                  ),
                ),
                fc.jsonValue(),
              ),
              answers: fc.oneof(
                fc.dictionary(
                  fc.constantFrom(ALFA_CHECK, BETA_CHECK, 'x', '__proto__'),
                  fc.oneof(fc.integer({ min: -2, max: 4 }), fc.double(), fc.jsonValue()),
                ),
                fc.jsonValue(),
              ),
              timeMs: fc.oneof(fc.double(), fc.jsonValue()),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
      fc.jsonValue(),
    ),
    location: fc.oneof(
      fc.record({
        moduleId: fc.constantFrom('alfa', 'beta', 'gamma'),
        pageId: fc.constantFrom('forsta-sidan', 'enda-sidan', 'x'),
      }),
      fc.jsonValue(),
    ),
    updatedAt: fc.oneof(fc.double(), fc.jsonValue()),
  },
  { requiredKeys: [] },
);

/** Every id in the progress exists in the course, and every number is usable. */
function expectValidFor(course: Course, progress: Progress): void {
  expect(progress.fingerprint).toBe(course.fingerprint);
  expect(Number.isFinite(progress.updatedAt)).toBe(true);
  for (const [moduleId, value] of Object.entries(progress.modules)) {
    const module = course.modules.find((m) => m.id === moduleId);
    expect(module, `module ${moduleId}`).toBeDefined();
    const pageIds = module!.pages.map((p) => p.id);
    expect(value.seen.every((id) => pageIds.includes(id))).toBe(true);
    expect(new Set(value.seen).size).toBe(value.seen.length);
    for (const [checkId, choice] of Object.entries(value.answers)) {
      const check = checksOf(module!).find((c) => c.id === checkId);
      expect(check, `check ${checkId}`).toBeDefined();
      expect(Number.isInteger(choice) && choice >= 0 && choice < check!.options.length).toBe(true);
    }
    expect(Number.isInteger(value.timeMs) && value.timeMs >= 0).toBe(true);
  }
  if (progress.location) {
    const { moduleId, pageId } = progress.location;
    expect(course.modules.find((m) => m.id === moduleId)?.pages.some((p) => p.id === pageId)).toBe(true);
  }
}

const seenSets = (p: Progress) => Object.fromEntries(Object.entries(p.modules).map(([id, m]) => [id, new Set(m.seen)]));

describe('properties', () => {
  it('restoreProgress never throws and returns only ids of the course, whatever JSON it gets', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), progressLike), (raw) => {
        const { progress, loss } = restoreProgress(course, raw);
        expect(['none', 'corrupt', 'course-changed']).toContain(loss);
        expectValidFor(course, progress);
      }),
      { numRuns: 500 },
    );
  });

  it('restoreProgress never throws on any JavaScript value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withMap: true, withSet: true, withDate: true, withSparseArray: true }),
        (raw) => {
          expectValidFor(course, restoreProgress(course, raw).progress);
        },
      ),
    );
  });

  it('a valid progress comes back unchanged and without loss', () => {
    fc.assert(
      fc.property(validProgress(course), (progress) => {
        expect(restoreProgress(course, asStored(progress))).toEqual({ progress, loss: 'none' });
      }),
    );
  });

  it('merging a progress with itself gives it back', () => {
    fc.assert(
      fc.property(validProgress(course), (progress) => {
        expect(mergeProgress(progress, progress)).toEqual(progress);
      }),
    );
  });

  it('merging again with either copy changes nothing', () => {
    fc.assert(
      fc.property(validProgress(course), validProgress(course), (a, b) => {
        const merged = mergeProgress(a, b);
        for (const again of [mergeProgress(merged, a), mergeProgress(merged, b)]) {
          expect(seenSets(again)).toEqual(seenSets(merged));
          expect(again.location).toEqual(merged.location);
          expect(again.updatedAt).toBe(merged.updatedAt);
          for (const [id, m] of Object.entries(merged.modules)) {
            expect(again.modules[id]?.timeMs).toBe(m.timeMs);
          }
        }
      }),
    );
  });

  it('a merge never loses a seen page or time, and stays valid for the course', () => {
    fc.assert(
      fc.property(validProgress(course), validProgress(course), (a, b) => {
        const merged = mergeProgress(a, b);
        for (const copy of [a, b]) {
          for (const [id, m] of Object.entries(copy.modules)) {
            expect(m.seen.every((page) => merged.modules[id]?.seen.includes(page))).toBe(true);
            expect(merged.modules[id]!.timeMs).toBeGreaterThanOrEqual(m.timeMs);
          }
        }
        expect(merged.updatedAt).toBe(Math.max(a.updatedAt, b.updatedAt));
        expectValidFor(course, merged);
      }),
    );
  });

  it('the order of the copies does not matter when their times differ', () => {
    fc.assert(
      fc.property(validProgress(course), validProgress(course), (a, b) => {
        fc.pre(a.updatedAt !== b.updatedAt);
        const ab = mergeProgress(a, b);
        const ba = mergeProgress(b, a);
        expect(seenSets(ab)).toEqual(seenSets(ba));
        expect({ ...ab, modules: null }).toEqual({ ...ba, modules: null });
        for (const id of Object.keys(ab.modules)) {
          expect(ab.modules[id]!.answers).toEqual(ba.modules[id]!.answers);
          expect(ab.modules[id]!.timeMs).toBe(ba.modules[id]!.timeMs);
        }
      }),
    );
  });
});
