// The proof that cmi.suspend_data stays within SCORM 1.2's 4096 characters for every reachable
// progress of the shipped course (and of the fixture course the other tests use).
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { Course } from '../../src/core/course/types';
import { checksOf, type ModuleProgress, type Progress } from '../../src/core/progress/progress';
import { restoreProgress } from '../../src/core/progress/restore';
import {
  decodeSuspendData,
  encodeSuspendData,
  maxSuspendDataLength,
  SUSPEND_DATA_LIMIT,
  worstCaseProgress,
} from '../../src/core/scorm/suspend-data';

const courses: [string, Course][] = [['fixture course', loadCourse('tests/fixtures/course')]];
if (existsSync('modules/course.md')) courses.unshift(['shipped course (modules/)', loadCourse('modules')]);

/** The bound worked out by hand from the format, independently of the encoder. */
function boundByHand(course: Course): number {
  const digits = (n: number) => n.toString(36).length;
  const header = '1|'.length + course.fingerprint.length + 1 + 9 + 1; // version, fingerprint, updatedAt (≤ 9 digits)
  const location = Math.max(...course.modules.flatMap((m) => m.pages.map((p) => m.id.length + 1 + p.id.length)));
  const modules = course.modules.map((m) => {
    const checks = checksOf(m);
    const entries = m.pages.map((p) => {
      const onPage = checks.filter((c) => c.id.startsWith(`${m.id}/${p.id}/`));
      const answers = onPage.reduce(
        (sum, c) => sum + 1 + (c.id.length - m.id.length - p.id.length - 2) + 1 + digits(c.options.length - 1),
        0,
      );
      return (onPage.length > 0 ? 1 : 0) + p.id.length + answers; // "*" for an answered page not marked seen
    });
    return m.id.length + 1 + 8 + 1 + entries.reduce((a, b) => a + b, 0) + (m.pages.length - 1); // time ≤ 8 digits, commas
  });
  return header + location + 1 + modules.reduce((a, b) => a + b, 0) + (course.modules.length - 1);
}

/** Any progress a learner can reach: pages seen in any order, any checks answered, any times. */
function reachableProgress(course: Course) {
  const moduleArb = (m: Course['modules'][number]) =>
    fc.record({
      seen: fc.shuffledSubarray(m.pages.map((p) => p.id)),
      answers: fc
        .tuple(...checksOf(m).map((c) => fc.option(fc.nat(c.options.length - 1), { nil: undefined })))
        .map((choices) => {
          const answers: Record<string, number> = {};
          checksOf(m).forEach((c, i) => {
            if (choices[i] !== undefined) answers[c.id] = choices[i];
          });
          return answers;
        }),
      timeMs: fc.oneof(fc.nat(10 * 3_600_000), fc.nat(36 ** 8 - 1)),
    });
  const locations = course.modules.flatMap((m) => m.pages.map((p) => ({ moduleId: m.id, pageId: p.id })));
  return fc
    .record({
      modules: fc.tuple(...course.modules.map((m) => fc.option(moduleArb(m), { nil: undefined }))),
      location: fc.option(fc.constantFrom(...locations), { nil: null }),
      updatedAt: fc.oneof(fc.nat(2_000_000_000_000), fc.nat(36 ** 9 - 1)),
    })
    .map(({ modules, location, updatedAt }) => {
      const byId: Record<string, ModuleProgress> = {};
      course.modules.forEach((m, i) => {
        if (modules[i]) byId[m.id] = modules[i];
      });
      return restoreProgress(course, { fingerprint: course.fingerprint, modules: byId, location, updatedAt }).progress;
    });
}

/** A module record with nothing in it means the same as none; the codec leaves such records out. */
function withoutEmptyModules(progress: Progress): Progress {
  const modules = Object.fromEntries(
    Object.entries(progress.modules).filter(
      ([, m]) => m.seen.length > 0 || Object.keys(m.answers).length > 0 || m.timeMs > 0,
    ),
  );
  return { ...progress, modules };
}

describe.each(courses)('suspend_data size for the %s', (_name, course) => {
  test(`the worst case is within ${SUSPEND_DATA_LIMIT} characters`, () => {
    const worst = encodeSuspendData(worstCaseProgress(course));
    const pages = course.modules.reduce((n, m) => n + m.pages.length, 0);
    const checks = course.modules.reduce((n, m) => n + checksOf(m).length, 0);
    console.log(
      `[suspend_data] ${course.id}: ${course.modules.length} modules, ${pages} pages, ${checks} checks → worst case ${worst.length} of ${SUSPEND_DATA_LIMIT} characters`,
    );
    expect(worst.length).toBe(maxSuspendDataLength(course));
    expect(worst.length).toBe(boundByHand(course));
    expect(worst.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(restoreProgress(course, decodeSuspendData(worst)).loss).toBe('none');
  });

  test('every reachable progress encodes within the worst case and decodes back to itself', () => {
    const max = maxSuspendDataLength(course);
    fc.assert(
      fc.property(reachableProgress(course), (progress) => {
        const text = encodeSuspendData(progress);
        expect(text.length).toBeLessThanOrEqual(max);
        expect(restoreProgress(course, decodeSuspendData(text))).toEqual({
          progress: withoutEmptyModules(progress),
          loss: 'none',
        });
      }),
      { numRuns: 500 },
    );
  });
});
