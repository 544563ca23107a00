// The progress rules over the fixture course: alfa has 3 pages and 1 check, beta 1 page and 1 check.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import {
  addTime,
  checksOf,
  courseFraction,
  courseScore,
  emptyProgress,
  isCourseComplete,
  markSeen,
  minutesLeft,
  moduleFraction,
  moduleStatus,
  nextModule,
  recordAnswer,
  totalTimeMs,
  type Progress,
} from '../../src/core/progress/progress';

const course = loadCourse('tests/fixtures/course');
const alfa = course.modules[0]!;
const beta = course.modules[1]!;
const ALFA_CHECK = 'alfa/tredje-sidan/k1'; // right answer: 1 of 3
const BETA_CHECK = 'beta/enda-sidan/k1'; // right answer: 0 of 2

type Step = ['seen', string, string] | ['answer', string, string, number] | ['time', string, number];

/** Progress after the learner's steps, each one a millisecond apart. */
function progressAfter(...steps: Step[]): Progress {
  return steps.reduce((progress, step, index) => {
    const now = 1_000 + index;
    switch (step[0]) {
      case 'seen':
        return markSeen(progress, { moduleId: step[1], pageId: step[2] }, now);
      case 'answer':
        return recordAnswer(progress, step[1], step[2], step[3], now);
      case 'time':
        return addTime(progress, step[1], step[2], now);
    }
  }, emptyProgress(course));
}

const ALL_OF_ALFA: Step[] = [
  ['seen', 'alfa', 'forsta-sidan'],
  ['seen', 'alfa', 'andra-sidan'],
  ['seen', 'alfa', 'tredje-sidan'],
  ['answer', 'alfa', ALFA_CHECK, 0],
];
const ALL_OF_BETA: Step[] = [
  ['seen', 'beta', 'enda-sidan'],
  ['answer', 'beta', BETA_CHECK, 0],
];

describe('recording what the learner does', () => {
  it('starts empty, for this course version', () => {
    expect(emptyProgress(course)).toEqual({
      fingerprint: course.fingerprint,
      modules: {},
      location: null,
      updatedAt: 0,
    });
  });

  it('markSeen records the page once, makes it the resume point and stamps the time', () => {
    const once = markSeen(emptyProgress(course), { moduleId: 'alfa', pageId: 'andra-sidan' }, 5_000);
    const twice = markSeen(once, { moduleId: 'alfa', pageId: 'andra-sidan' }, 6_000);
    expect(twice).toEqual({
      fingerprint: course.fingerprint,
      modules: { alfa: { seen: ['andra-sidan'], answers: {}, timeMs: 0 } },
      location: { moduleId: 'alfa', pageId: 'andra-sidan' },
      updatedAt: 6_000,
    });
  });

  it('markSeen moves the resume point back to an earlier page without forgetting later ones', () => {
    const progress = progressAfter(
      ['seen', 'alfa', 'forsta-sidan'],
      ['seen', 'alfa', 'andra-sidan'],
      ['seen', 'alfa', 'forsta-sidan'],
    );
    expect(progress.location).toEqual({ moduleId: 'alfa', pageId: 'forsta-sidan' });
    expect(progress.modules.alfa?.seen).toEqual(['forsta-sidan', 'andra-sidan']);
  });

  it('recordAnswer keeps the latest try and leaves pages and the resume point alone', () => {
    const progress = progressAfter(
      ['seen', 'alfa', 'tredje-sidan'],
      ['answer', 'alfa', ALFA_CHECK, 0],
      ['answer', 'alfa', ALFA_CHECK, 1],
    );
    expect(progress.modules.alfa).toEqual({ seen: ['tredje-sidan'], answers: { [ALFA_CHECK]: 1 }, timeMs: 0 });
    expect(progress.location).toEqual({ moduleId: 'alfa', pageId: 'tredje-sidan' });
    expect(progress.updatedAt).toBe(1_002);
  });

  it('addTime adds whole milliseconds to the module', () => {
    const progress = progressAfter(['time', 'alfa', 1_000.4], ['time', 'alfa', 500.6], ['time', 'beta', 7]);
    expect(progress.modules.alfa?.timeMs).toBe(1_501);
    expect(progress.modules.beta?.timeMs).toBe(7);
    expect(totalTimeMs(progress)).toBe(1_508);
  });

  it.each([0, -5, Number.NaN])('addTime ignores %d ms and keeps the same object', (ms) => {
    const progress = progressAfter(['seen', 'alfa', 'forsta-sidan']);
    expect(addTime(progress, 'alfa', ms, 9_999)).toBe(progress);
  });

  it('never changes the progress it is given', () => {
    const before = progressAfter(
      ['seen', 'alfa', 'forsta-sidan'],
      ['answer', 'alfa', ALFA_CHECK, 1],
      ['time', 'alfa', 10],
    );
    const copy = structuredClone(before);
    markSeen(before, { moduleId: 'alfa', pageId: 'andra-sidan' }, 2);
    recordAnswer(before, 'alfa', ALFA_CHECK, 2, 3);
    addTime(before, 'alfa', 50, 4);
    expect(before).toEqual(copy);
  });
});

describe('how far the learner has come', () => {
  it.each<[string, Step[], number, string]>([
    ['nothing', [], 0, 'not-started'],
    ['only time spent', [['time', 'alfa', 3_000]], 0, 'started'],
    ['one page of three', [['seen', 'alfa', 'forsta-sidan']], 1 / 4, 'started'],
    ['the check answered, no page seen', [['answer', 'alfa', ALFA_CHECK, 1]], 1 / 4, 'started'],
    ['all pages, check unanswered', ALL_OF_ALFA.slice(0, 3), 3 / 4, 'started'],
    ['all pages and the check, answered wrong', ALL_OF_ALFA, 1, 'done'],
    ['a page of another module', [['seen', 'beta', 'enda-sidan']], 0, 'not-started'],
    ['a page id the module does not have', [['seen', 'alfa', 'borttagen']], 0, 'not-started'],
    ['an answer to a check the module does not have', [['answer', 'alfa', 'alfa/x/k9', 0]], 0, 'not-started'],
  ])('alfa after %s: fraction %d, %s', (_, steps, fraction, status) => {
    const progress = progressAfter(...steps);
    expect(moduleFraction(alfa, progress)).toBeCloseTo(fraction);
    expect(moduleStatus(alfa, progress)).toBe(status);
  });

  it('a module with nothing to do counts as done', () => {
    const empty = { ...alfa, pages: [] };
    expect(moduleFraction(empty, emptyProgress(course))).toBe(1);
    expect(moduleStatus(empty, emptyProgress(course))).toBe('done');
  });

  it.each<[string, Step[], number, boolean]>([
    ['nothing', [], 0, false],
    ['all of alfa', ALL_OF_ALFA, 0.5, false],
    ['all of beta', ALL_OF_BETA, 0.5, false],
    [
      'half of each',
      [
        ['seen', 'alfa', 'forsta-sidan'],
        ['answer', 'alfa', ALFA_CHECK, 1],
        ['seen', 'beta', 'enda-sidan'],
      ],
      (2 / 4 + 1 / 2) / 2,
      false,
    ],
    ['everything', [...ALL_OF_ALFA, ...ALL_OF_BETA], 1, true],
  ])('the course after %s: fraction %d, complete %s', (_, steps, fraction, complete) => {
    const progress = progressAfter(...steps);
    expect(courseFraction(course, progress)).toBeCloseTo(fraction);
    expect(isCourseComplete(course, progress)).toBe(complete);
  });

  it('a course with no modules is complete', () => {
    const none = { ...course, modules: [] };
    expect(courseFraction(none, emptyProgress(course))).toBe(1);
    expect(isCourseComplete(none, emptyProgress(course))).toBe(true);
  });
});

describe('score, time left and the next module', () => {
  it.each<[string, Step[], number]>([
    ['nothing answered', [], 0],
    ['one right', [['answer', 'alfa', ALFA_CHECK, 1]], 1],
    ['one wrong', [['answer', 'alfa', ALFA_CHECK, 2]], 0],
    [
      'both right',
      [
        ['answer', 'alfa', ALFA_CHECK, 1],
        ['answer', 'beta', BETA_CHECK, 0],
      ],
      2,
    ],
    [
      'right, then changed to wrong',
      [
        ['answer', 'beta', BETA_CHECK, 0],
        ['answer', 'beta', BETA_CHECK, 1],
      ],
      0,
    ],
    ['the right index filed under the wrong module', [['answer', 'beta', ALFA_CHECK, 1]], 0],
  ])('courseScore with %s is %d of 2', (_, steps, raw) => {
    expect(courseScore(course, progressAfter(...steps))).toEqual({ raw, max: 2 });
  });

  it('checksOf lists the knowledge checks of a module in page order', () => {
    expect(checksOf(alfa).map((c) => c.id)).toEqual([ALFA_CHECK]);
    expect(checksOf(beta).map((c) => [c.id, c.correct])).toEqual([[BETA_CHECK, 0]]);
  });

  it.each<[string, Step[], number]>([
    ['no page seen', [], 10],
    ['one page seen', [['seen', 'alfa', 'forsta-sidan']], 7],
    [
      'two pages seen',
      [
        ['seen', 'alfa', 'forsta-sidan'],
        ['seen', 'alfa', 'tredje-sidan'],
      ],
      4,
    ],
    ['all pages seen', ALL_OF_ALFA, 0],
    ['time spent but no page seen', [['time', 'alfa', 600_000]], 10],
  ])('minutesLeft in alfa (10 min, 3 pages) with %s is %d', (_, steps, minutes) => {
    expect(minutesLeft(alfa, progressAfter(...steps))).toBe(minutes);
  });

  it('totalTimeMs of a fresh progress is 0', () => {
    expect(totalTimeMs(emptyProgress(course))).toBe(0);
  });

  it.each([
    ['alfa', 'beta'],
    ['beta', null],
    ['okand', null],
  ])('nextModule after %s is %s', (id, next) => {
    expect(nextModule(course, id)?.id ?? null).toBe(next);
  });
});
