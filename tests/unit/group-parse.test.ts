// The format's group fields: minutes on a discussion, facilitator notes on a page, and groupMinutes.
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../scripts/course/compile-course';
import { parseModule } from '../../scripts/course/parse-module';

const ctx = { fileExists: (path: string) => path === 'images/nytta.svg' };
const frontMatter = (extra: string[] = [], id = 'nytta', order = 1) => [
  '---',
  `id: ${id}`,
  'title: Nytta',
  `order: ${order}`,
  'minutes: 10',
  ...extra,
  'summary: Varför.',
  'image: images/nytta.svg',
  'imageAlt: Bild',
  'objectives:',
  '  - Förklara',
  '---',
];
const parse = (body: string[], extra: string[] = []) =>
  parseModule('m.md', [...frontMatter(extra), ...body, ''].join('\n'), ctx);
const COURSE = [
  '---',
  'id: kurs',
  'title: Kurs',
  'subtitle: Om',
  'language: sv',
  'description: En kurs.',
  'goal: Ett mål.',
];

describe(':::diskussion minutes', () => {
  it.each([
    [':::diskussion', 5],
    [':::diskussion 10 min', 10],
    [':::diskussion 1 min', 1],
    [':::diskussion 60 min', 60],
    [':::diskussion 15min', 15],
  ])('%s gives %i minutes', (opening, minutes) => {
    const block = parse(['## Sida', '', opening, 'Prata.', ':::']).pages[0]!.blocks[0];
    expect(block).toEqual({ kind: 'diskussion', minutes, body: { html: '<p>Prata.</p>', text: 'Prata.' } });
  });
});

describe(':::handledning', () => {
  const module = parse([
    '## Första',
    '',
    'Text före.',
    '',
    ':::handledning',
    'Räkna med **tio** minuter.',
    ':::',
    '',
    'Text efter.',
    '',
    ':::diskussion 10 min',
    'Prata.',
    ':::',
    '',
    ':::handledning',
    'Lyssna efter exempel.',
    ':::',
    '## Andra',
    '',
    'Utan anteckningar.',
  ]);

  it('keeps the notes on their page, in order, and out of the blocks', () => {
    expect(module.pages[0]!.facilitatorNotes).toEqual([
      { html: '<p>Räkna med <strong>tio</strong> minuter.</p>', text: 'Räkna med tio minuter.' },
      { html: '<p>Lyssna efter exempel.</p>', text: 'Lyssna efter exempel.' },
    ]);
    expect(module.pages[0]!.blocks.map((b) => b.kind)).toEqual(['prose', 'diskussion']);
    expect(JSON.stringify(module.pages[0]!.blocks)).not.toContain('minuter');
  });

  it('joins the prose around a note into one block', () => {
    expect(module.pages[0]!.blocks[0]).toEqual({
      kind: 'prose',
      body: { html: '<p>Text före.</p>\n<p>Text efter.</p>', text: 'Text före.\n\nText efter.' },
    });
  });

  it('leaves facilitatorNotes out of a page that has none', () => {
    expect(module.pages[1]).not.toHaveProperty('facilitatorNotes');
  });
});

describe('groupMinutes', () => {
  it('defaults to three times minutes', () => {
    expect(parse(['## Sida', '', 'Text.']).groupMinutes).toBe(30);
  });

  it('takes the front-matter value', () => {
    expect(parse(['## Sida', '', 'Text.'], ['groupMinutes: 45']).groupMinutes).toBe(45);
  });

  const modules = [
    {
      file: 'modules/01-a.md',
      source: [...frontMatter(['groupMinutes: 40'], 'a', 1), '## Sida', '', 'Text.', ''].join('\n'),
    },
    { file: 'modules/02-b.md', source: [...frontMatter([], 'b', 2), '## Sida', '', 'Text.', ''].join('\n') },
  ];

  it('gives the course the sum of its modules when course.md names none', () => {
    const course = compileCourse(
      { file: 'modules/course.md', source: [...COURSE, '---', 'Välkommen.'].join('\n') },
      modules,
      ctx,
    );
    expect(course.groupMinutes).toBe(70);
  });

  it('gives the course its own value from course.md', () => {
    const course = compileCourse(
      { file: 'modules/course.md', source: [...COURSE, 'groupMinutes: 90', '---', 'Välkommen.'].join('\n') },
      modules,
      ctx,
    );
    expect(course.groupMinutes).toBe(90);
  });
});
