// Where the start page's primary action leads: table cases over the fixture course, then properties
// over generated courses and learners.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { CheckBlock, Course, Module, Page } from '../../src/core/course/types';
import {
  emptyProgress,
  isCourseComplete,
  markSeen,
  moduleStatus,
  type Progress,
  recordAnswer,
} from '../../src/core/progress/progress';
import { resumeTarget } from '../../src/core/progress/resume-target';

const course = loadCourse('tests/fixtures/course');
const ALFA_CHECK = 'alfa/tredje-sidan/k1';
const BETA_CHECK = 'beta/enda-sidan/k1';

const seen = (progress: Progress, moduleId: string, pageId: string) => markSeen(progress, { moduleId, pageId }, 1);
const allOfAlfa = (progress = emptyProgress(course)) =>
  recordAnswer(
    seen(seen(seen(progress, 'alfa', 'forsta-sidan'), 'alfa', 'andra-sidan'), 'alfa', 'tredje-sidan'),
    'alfa',
    ALFA_CHECK,
    1,
    2,
  );

describe('resumeTarget over the fixture course', () => {
  it('starts a new learner on the first page', () => {
    expect(resumeTarget(course, emptyProgress(course))).toEqual({
      kind: 'start',
      moduleId: 'alfa',
      pageId: 'forsta-sidan',
    });
  });

  it('treats time alone as not begun', () => {
    const progress: Progress = { ...emptyProgress(course), modules: { alfa: { seen: [], answers: {}, timeMs: 5000 } } };
    expect(resumeTarget(course, progress)?.kind).toBe('start');
  });

  it('continues on the last page while its module is unfinished', () => {
    const progress = seen(seen(emptyProgress(course), 'alfa', 'forsta-sidan'), 'alfa', 'andra-sidan');
    expect(resumeTarget(course, progress)).toEqual({ kind: 'continue', moduleId: 'alfa', pageId: 'andra-sidan' });
  });

  it('continues on the last page of a module whose check is still open', () => {
    const progress = seen(
      seen(seen(emptyProgress(course), 'alfa', 'forsta-sidan'), 'alfa', 'andra-sidan'),
      'alfa',
      'tredje-sidan',
    );
    expect(resumeTarget(course, progress)).toEqual({ kind: 'continue', moduleId: 'alfa', pageId: 'tredje-sidan' });
  });

  it('goes to the next module once the last page’s module is finished', () => {
    expect(resumeTarget(course, allOfAlfa())).toEqual({ kind: 'next-module', moduleId: 'beta', pageId: 'enda-sidan' });
  });

  it('wraps round to an earlier unfinished module after the last one', () => {
    const progress = recordAnswer(
      seen(seen(emptyProgress(course), 'alfa', 'forsta-sidan'), 'beta', 'enda-sidan'),
      'beta',
      BETA_CHECK,
      0,
    );
    expect(resumeTarget(course, progress)).toEqual({ kind: 'next-module', moduleId: 'alfa', pageId: 'andra-sidan' });
  });

  it('leads to the open check when every page of the next module was seen', () => {
    const progress = seen(allOfAlfa(seen(emptyProgress(course), 'beta', 'enda-sidan')), 'alfa', 'tredje-sidan');
    expect(resumeTarget(course, progress)).toEqual({ kind: 'next-module', moduleId: 'beta', pageId: 'enda-sidan' });
  });

  it('returns to the last page when the whole course is done', () => {
    const progress = recordAnswer(seen(allOfAlfa(), 'beta', 'enda-sidan'), 'beta', BETA_CHECK, 0);
    expect(resumeTarget(course, progress)).toEqual({ kind: 'continue', moduleId: 'beta', pageId: 'enda-sidan' });
  });

  it('ignores a resume point the course no longer has', () => {
    const begun = seen(emptyProgress(course), 'alfa', 'forsta-sidan');
    const gone: Progress = { ...begun, location: { moduleId: 'alfa', pageId: 'borttagen' } };
    expect(resumeTarget(course, gone)).toEqual({ kind: 'continue', moduleId: 'alfa', pageId: 'andra-sidan' });
    const noModule: Progress = { ...allOfAlfa(), location: { moduleId: 'gamma', pageId: 'x' } };
    expect(resumeTarget(course, noModule)).toEqual({ kind: 'next-module', moduleId: 'beta', pageId: 'enda-sidan' });
  });
});

/** A course of `shape[m][p]` checks on page p of module m; ids are short and predictable. */
function courseOf(shape: number[][]): Course {
  const modules: Module[] = shape.map((pages, m) => ({
    id: `m${m}`,
    title: `Modul ${m}`,
    order: m + 1,
    minutes: 10,
    groupMinutes: 30,
    summary: '',
    image: { src: 'images/x.svg', alt: '' },
    objectives: ['x'],
    pages: pages.map(
      (checks, p): Page => ({
        id: `p${p}`,
        title: `Sida ${p}`,
        blocks: Array.from(
          { length: checks },
          (_, k): CheckBlock => ({
            kind: 'kunskapskontroll',
            id: `m${m}/p${p}/k${k}`,
            question: { html: '', text: '' },
            options: [
              { html: 'a', text: 'a' },
              { html: 'b', text: 'b' },
            ],
            correct: 0,
            feedback: { html: '', text: '' },
          }),
        ),
      }),
    ),
  }));
  return {
    id: 'gen',
    title: 'Gen',
    subtitle: '',
    language: 'sv',
    description: '',
    intro: { html: '', text: '' },
    goal: { html: '', text: '' },
    modules,
    pages: [],
    templates: [],
    groupMinutes: 0,
    fingerprint: 'f',
  };
}

const shapes = fc.array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 4 }), {
  minLength: 1,
  maxLength: 5,
});

/** A course and a learner's history over it: page visits and answers in any order. */
const learner = shapes.chain((shape) => {
  const course = courseOf(shape);
  const pages = course.modules.flatMap((m) => m.pages.map((p) => ({ moduleId: m.id, pageId: p.id })));
  const checks = course.modules.flatMap((m) =>
    m.pages.flatMap((p) => p.blocks.map((b) => ({ moduleId: m.id, checkId: (b as CheckBlock).id }))),
  );
  const step =
    checks.length > 0 ? fc.oneof(fc.constantFrom(...pages), fc.constantFrom(...checks)) : fc.constantFrom(...pages);
  return fc.tuple(fc.constant(course), fc.array(step, { maxLength: 30 }));
});

function replay(
  course: Course,
  steps: ({ moduleId: string; pageId: string } | { moduleId: string; checkId: string })[],
) {
  return steps.reduce(
    (progress, s) => ('pageId' in s ? markSeen(progress, s, 1) : recordAnswer(progress, s.moduleId, s.checkId, 0, 1)),
    emptyProgress(course),
  );
}

describe('resumeTarget, for any course and learner', () => {
  it('always names a page of the course', () => {
    fc.assert(
      fc.property(learner, ([course, steps]) => {
        const target = resumeTarget(course, replay(course, steps));
        const module = course.modules.find((m) => m.id === target?.moduleId);
        expect(module?.pages.some((p) => p.id === target?.pageId)).toBe(true);
      }),
    );
  });

  it('starts only a learner who has done nothing, and then on the first page', () => {
    fc.assert(
      fc.property(learner, ([course, steps]) => {
        const target = resumeTarget(course, replay(course, steps));
        expect(target?.kind === 'start').toBe(steps.length === 0);
        if (steps.length === 0) expect(target?.pageId).toBe(course.modules[0]?.pages[0]?.id);
      }),
    );
  });

  it('keeps the last page while its module is unfinished', () => {
    fc.assert(
      fc.property(learner, ([course, steps]) => {
        const progress = replay(course, steps);
        const location = progress.location;
        const module = course.modules.find((m) => m.id === location?.moduleId);
        fc.pre(location !== null && module !== undefined && moduleStatus(module, progress) !== 'done');
        expect(resumeTarget(course, progress)).toEqual({ kind: 'continue', ...location });
      }),
    );
  });

  it('never leads into a finished module while the course is unfinished, and skips none after the last', () => {
    fc.assert(
      fc.property(learner, ([course, steps]) => {
        const progress = replay(course, steps);
        fc.pre(!isCourseComplete(course, progress) && steps.length > 0);
        const target = resumeTarget(course, progress);
        const index = course.modules.findIndex((m) => m.id === target?.moduleId);
        const module = course.modules[index] as Module;
        expect(moduleStatus(module, progress)).not.toBe('done');
        // Every module between the last one and the target (going forward, round the end) is done.
        const from = course.modules.findIndex((m) => m.id === progress.location?.moduleId);
        const count = course.modules.length;
        if (index !== from)
          for (let i = (from + 1) % count; i !== index; i = (i + 1) % count) {
            expect(moduleStatus(course.modules[i] as Module, progress)).toBe('done');
          }
        // A page not yet seen comes first when the module has one.
        const unseen = module.pages.filter((p) => !progress.modules[module.id]?.seen.includes(p.id));
        if (target?.kind === 'next-module' && unseen.length > 0) expect(unseen[0]?.id).toBe(target.pageId);
      }),
    );
  });

  it('returns to the last page shown once everything is done', () => {
    fc.assert(
      fc.property(learner, ([course, steps]) => {
        const progress = replay(course, steps);
        fc.pre(isCourseComplete(course, progress));
        expect(resumeTarget(course, progress)).toEqual({ kind: 'continue', ...progress.location });
      }),
    );
  });
});
