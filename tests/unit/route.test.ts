// Hash routes: reading typed URLs, writing them back, and the next/previous screen.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { compileCourse } from '../../scripts/course/compile-course';
import {
  coursePageRoute,
  nextRoute,
  parseRoute,
  previousRoute,
  routeHash,
  type Route,
} from '../../src/app/state/route';

// alfa: forsta-sidan, andra-sidan, tredje-sidan; beta: enda-sidan.
const course = loadCourse('tests/fixtures/course');

const page = (moduleId: string, pageId: string): Route => ({ view: 'page', moduleId, pageId });
const end = (moduleId: string): Route => ({ view: 'end', moduleId });

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { view: 'start' }],
    ['#', { view: 'start' }],
    ['#/', { view: 'start' }],
    ['#/utskrift', { view: 'print' }],
    ['#/handledarguide', { view: 'guide' }],
    ['#/tillganglighet', { view: 'accessibility' }],
    ['#/modul/alfa/andra-sidan', page('alfa', 'andra-sidan')],
    ['#/modul/beta/enda-sidan', page('beta', 'enda-sidan')],
    ['#/modul/alfa', page('alfa', 'forsta-sidan')],
    ['#/modul/alfa/', page('alfa', 'forsta-sidan')],
    ['#modul/alfa/tredje-sidan', page('alfa', 'tredje-sidan')],
    ['#/modul/%61lfa/andra-sidan', page('alfa', 'andra-sidan')],
    ['#/modul/alfa/klar', end('alfa')],
    ['#/modul/beta/klar', end('beta')],
    ['#/modul/okand', { view: 'not-found' }],
    ['#/modul/okand/klar', { view: 'not-found' }],
    ['#/modul/alfa/okand-sida', { view: 'not-found' }],
    ['#/modul/alfa/enda-sidan', { view: 'not-found' }],
    ['#/modul/alfa/andra-sidan/mer', { view: 'not-found' }],
    ['#/modul', { view: 'not-found' }],
    ['#/utskrift/alfa', { view: 'not-found' }],
    ['#/handledarguide/alfa', { view: 'not-found' }],
    ['#/tillganglighet/x', { view: 'not-found' }],
    ['#/kurs/alfa', { view: 'not-found' }],
    ['#/Modul/alfa', { view: 'not-found' }],
    ['#/sida/ordlista', { view: 'course-page', pageId: 'ordlista' }],
    ['#/sida/kallor', { view: 'course-page', pageId: 'kallor' }],
    ['#/sida/okand', { view: 'not-found' }],
    ['#/sida', { view: 'not-found' }],
    ['#/sida/ordlista/mer', { view: 'not-found' }],
  ])('%j → %j', (hash, route) => {
    expect(parseRoute(hash, course)).toEqual(route);
  });

  // Regression: decodeURIComponent throws on a malformed escape, so a mistyped or cut-off link crashes the
  // app's render instead of showing the not-found page.
  it.each(['#/modul/%', '#/modul/alfa/%E0%A4%A'])('a malformed escape (%j) is not found', (hash) => {
    expect(parseRoute(hash, course)).toEqual({ view: 'not-found' });
  });
});

describe('routeHash', () => {
  const every: Route[] = [
    { view: 'start' },
    { view: 'print' },
    { view: 'accessibility' },
    ...course.pages.map((p): Route => ({ view: 'course-page', pageId: p.id })),
    ...course.modules.flatMap((m) => [...m.pages.map((p) => page(m.id, p.id)), end(m.id)]),
  ];

  it.each(every)('round-trips %j', (route) => {
    expect(parseRoute(routeHash(route), course)).toEqual(route);
  });

  it.each<[Route, string]>([
    [page('alfa', 'andra-sidan'), '#/modul/alfa/andra-sidan'],
    [end('beta'), '#/modul/beta/klar'],
    [{ view: 'print' }, '#/utskrift'],
    [{ view: 'guide' }, '#/handledarguide'],
    [{ view: 'accessibility' }, '#/tillganglighet'],
    [{ view: 'start' }, '#/'],
    [{ view: 'not-found' }, '#/'],
  ])('%j → %s', (route, hash) => {
    expect(routeHash(route)).toBe(hash);
  });

  // A heading "Klar" would give the id of the end screen's URL segment, so the parser refuses it.
  it('a page may not take the id "klar" of the end screen', () => {
    const source = (body: string) =>
      [
        '---',
        'id: m',
        'title: M',
        'order: 1',
        'minutes: 5',
        'summary: S',
        'image: images/m.svg',
        'imageAlt: A',
        'objectives:',
        '  - O',
        '---',
        body,
      ].join('\n');
    expect(() =>
      compileCourse(
        {
          file: 'course.md',
          source: [
            '---',
            'id: k',
            'title: K',
            'subtitle: U',
            'language: sv',
            'description: D',
            'goal: G',
            '---',
            'Hej.',
          ].join('\n'),
        },
        [{ file: 'm.md', source: source('## Början\n\nText.\n\n## Klar\n\nBra jobbat.\n') }],
        { fileExists: () => true },
      ),
    ).toThrow('m.md:16: page id "klar" is reserved for the end-of-module screen');
  });
});

describe('nextRoute and previousRoute', () => {
  it.each<[Route, Route | null]>([
    [page('alfa', 'forsta-sidan'), page('alfa', 'andra-sidan')],
    [page('alfa', 'andra-sidan'), page('alfa', 'tredje-sidan')],
    [page('alfa', 'tredje-sidan'), end('alfa')],
    [end('alfa'), page('beta', 'enda-sidan')],
    [page('beta', 'enda-sidan'), end('beta')],
    [end('beta'), { view: 'start' }],
    [{ view: 'start' }, null],
    [{ view: 'print' }, null],
    [{ view: 'accessibility' }, null],
    [{ view: 'not-found' }, null],
    [page('okand', 'x'), null],
    [end('okand'), null],
  ])('next after %j is %j', (route, next) => {
    expect(nextRoute(course, route)).toEqual(next);
  });

  it.each<[Route, Route | null]>([
    [page('alfa', 'forsta-sidan'), null],
    [page('alfa', 'andra-sidan'), page('alfa', 'forsta-sidan')],
    [page('alfa', 'tredje-sidan'), page('alfa', 'andra-sidan')],
    [end('alfa'), page('alfa', 'tredje-sidan')],
    [page('beta', 'enda-sidan'), null],
    [end('beta'), page('beta', 'enda-sidan')],
    [{ view: 'start' }, null],
    [{ view: 'print' }, null],
    [page('okand', 'x'), null],
  ])('previous before %j is %j', (route, previous) => {
    expect(previousRoute(course, route)).toEqual(previous);
  });

  it('walking "next" from the first page visits every page and end screen once, then the start page', () => {
    const visited: string[] = [];
    let route: Route | null = page('alfa', 'forsta-sidan');
    while (route && route.view !== 'start') {
      visited.push(routeHash(route));
      route = nextRoute(course, route);
    }
    expect(visited).toEqual([
      '#/modul/alfa/forsta-sidan',
      '#/modul/alfa/andra-sidan',
      '#/modul/alfa/tredje-sidan',
      '#/modul/alfa/klar',
      '#/modul/beta/enda-sidan',
      '#/modul/beta/klar',
    ]);
  });
});

describe('the accessibility statement', () => {
  it('has its fixed address only when the course has a statement', () => {
    const withoutStatement = { ...course, pages: course.pages.filter((p) => !p.accessibility) };
    expect(parseRoute('#/tillganglighet', withoutStatement)).toEqual({ view: 'not-found' });
  });

  it('is linked by its fixed address, other course pages by their id', () => {
    const links = course.pages.map((p) => routeHash(coursePageRoute(p)));
    expect(links).toEqual(['#/sida/ordlista', '#/sida/kallor', '#/tillganglighet']);
  });
});
