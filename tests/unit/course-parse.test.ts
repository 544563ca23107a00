// The Course model compiled from valid markdown: pages, blocks, ids, renderings and the fingerprint.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { compileCourse } from '../../scripts/course/compile-course';
import { CourseError } from '../../scripts/course/course-error';
import { renderMarkdown } from '../../scripts/course/markdown';
import { parseModule, slugify } from '../../scripts/course/parse-module';
import type { Block, CheckBlock, Course, Module } from '../../src/core/course/types';

const ctx = { fileExists: (path: string) => ['images/nytta.svg', 'images/karta.svg'].includes(path) };
const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

function frontMatter(id = 'nytta', order = 1): string[] {
  return [
    '---',
    `id: ${id}`,
    'title: Nyttan med medborgardialog',
    `order: ${order}`,
    'minutes: 12',
    'summary: Varför kommuner för dialog.',
    'image: images/nytta.svg',
    'imageAlt: Människor runt ett bord',
    'objectives:',
    '  - Förklara nyttan',
    '  - Ge ett exempel',
    '---',
  ];
}

const COURSE_MD = lines(
  '---',
  'id: medborgardialog',
  'title: Medborgardialog',
  'subtitle: En kurs för kommuner',
  'language: sv',
  'description: Om dialog med invånare.',
  'goal: Du kan planera en **dialog**.',
  '---',
  'Välkommen till kursen.',
  '',
  '### Så går du kursen',
  '',
  'Ta en modul i taget.',
);

const parse = (...body: string[]) => parseModule('modules/01-nytta.md', lines(...frontMatter(), ...body), ctx);

function compile(modules: Record<string, string>, course = COURSE_MD): Course {
  return compileCourse(
    { file: 'modules/course.md', source: course },
    Object.entries(modules).map(([file, source]) => ({ file, source })),
    ctx,
  );
}

/** A short view of blocks: kind, id or title, and plain text. */
function outline(blocks: Block[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'prose':
        return `prose: ${b.body.text}`;
      case 'exempel':
        return `exempel "${b.title}": ${b.body.text}`;
      case 'diskussion':
        return `diskussion: ${b.body.text}`;
      case 'reflektion':
        return `reflektion ${b.id}: ${b.body.text}`;
      case 'kunskapskontroll':
        return `kunskapskontroll ${b.id}: ${b.question.text}`;
    }
  });
}

const onlyCheck = (module: Module, pageIndex = 0): CheckBlock => {
  const check = module.pages[pageIndex]?.blocks.find((b): b is CheckBlock => b.kind === 'kunskapskontroll');
  if (!check) throw new Error('no knowledge check on that page');
  return check;
};

describe('a module file', () => {
  const module = parse(
    '## Vad är dialog?',
    '',
    'Dialog är ett **samtal**.',
    '',
    ':::exempel Piteå: lunchdialoger',
    'Piteå bjöd in till lunch.',
    ':::',
    '',
    'Text efter exemplet.',
    '',
    ':::reflektion',
    'När pratade du senast med en invånare?',
    ':::',
    '',
    ':::reflektion',
    'Vem saknades?',
    ':::',
    '## Öva {#ova-tillsammans}',
    '',
    ':::diskussion',
    'Hur gör ni i er kommun?',
    ':::',
    '',
    ':::kunskapskontroll',
    'Vad är dialog?',
    '- [ ] En enkät',
    '- [x] Ett samtal',
    '- [ ] Ett beslut',
    '',
    'Dialog är ett **samtal** mellan jämlikar.',
    ':::',
    '',
    ':::kunskapskontroll',
    'Vem bjuder in?',
    '- [x] Kommunen',
    '- [ ] Ingen',
    '',
    'Kommunen bjuder in.',
    ':::',
    '',
    ':::reflektion',
    'Vad tar du med dig?',
    ':::',
  );

  it('keeps the front matter fields', () => {
    expect({ ...module, pages: undefined }).toEqual({
      id: 'nytta',
      title: 'Nyttan med medborgardialog',
      order: 1,
      minutes: 12,
      groupMinutes: 36,
      summary: 'Varför kommuner för dialog.',
      image: { src: 'images/nytta.svg', alt: 'Människor runt ett bord' },
      objectives: ['Förklara nyttan', 'Ge ett exempel'],
      pages: undefined,
    });
  });

  it('starts a page at each "##" heading, with ids from titles or {#id}', () => {
    expect(module.pages.map((p) => [p.id, p.title])).toEqual([
      ['vad-ar-dialog', 'Vad är dialog?'],
      ['ova-tillsammans', 'Öva'],
    ]);
  });

  it('turns text and containers into blocks in order, numbering reflections and checks per page', () => {
    expect(module.pages.map((p) => outline(p.blocks))).toEqual([
      [
        'prose: Dialog är ett samtal.',
        'exempel "Piteå: lunchdialoger": Piteå bjöd in till lunch.',
        'prose: Text efter exemplet.',
        'reflektion nytta/vad-ar-dialog/r1: När pratade du senast med en invånare?',
        'reflektion nytta/vad-ar-dialog/r2: Vem saknades?',
      ],
      [
        'diskussion: Hur gör ni i er kommun?',
        'kunskapskontroll nytta/ova-tillsammans/k1: Vad är dialog?',
        'kunskapskontroll nytta/ova-tillsammans/k2: Vem bjuder in?',
        'reflektion nytta/ova-tillsammans/r1: Vad tar du med dig?',
      ],
    ]);
  });

  it('reads a knowledge check: question, options, the right one and feedback', () => {
    expect(onlyCheck(module, 1)).toEqual({
      kind: 'kunskapskontroll',
      id: 'nytta/ova-tillsammans/k1',
      question: { html: '<p>Vad är dialog?</p>', text: 'Vad är dialog?' },
      options: [
        { html: 'En enkät', text: 'En enkät' },
        { html: 'Ett samtal', text: 'Ett samtal' },
        { html: 'Ett beslut', text: 'Ett beslut' },
      ],
      correct: 1,
      feedback: {
        html: '<p>Dialog är ett <strong>samtal</strong> mellan jämlikar.</p>',
        text: 'Dialog är ett samtal mellan jämlikar.',
      },
    });
    const second = module.pages[1]!.blocks[2] as CheckBlock;
    expect(second.correct).toBe(0);
  });

  it.each([
    ['"*" bullets', ['* [ ] fel', '* [x] rätt']],
    ['a capital X', ['- [ ] fel', '- [X] rätt']],
    ['a numbered list', ['1. [ ] fel', '2. [x] rätt']],
  ])('accepts options written with %s', (_, options) => {
    const check = onlyCheck(parse('## Sida', '', ':::kunskapskontroll', 'Fråga?', ...options, '', 'Svar.', ':::'));
    expect(check.options.map((o) => o.text)).toEqual(['fel', 'rätt']);
    expect(check.correct).toBe(1);
  });

  it('renders markdown in options to HTML and text', () => {
    const check = onlyCheck(
      parse(
        '## Sida',
        '',
        ':::kunskapskontroll',
        'Fråga?',
        '- [ ] **Fet** & rak',
        '- [x] Läs [SKR](https://skr.se)',
        '',
        'Svar.',
        ':::',
      ),
    );
    expect(check.options).toEqual([
      { html: '<strong>Fet</strong> &amp; rak', text: 'Fet & rak' },
      { html: 'Läs <a href="https://skr.se">SKR</a>', text: 'Läs SKR (https://skr.se)' },
    ]);
  });

  // Regression: with blank lines between the options (a "loose" list) the checkbox sits inside the
  // option's paragraph and is not removed, so each option's HTML holds an <input type="checkbox">
  // next to the player's own radio button.
  it('options of a loose task list carry no checkbox', () => {
    const check = onlyCheck(
      parse('## Sida', '', ':::kunskapskontroll', 'Fråga?', '', '- [ ] fel', '', '- [x] rätt', '', 'Svar.', ':::'),
    );
    expect(check.options.map((o) => o.html)).toEqual(['<p>fel</p>', '<p>rätt</p>']);
  });

  it('lets a container follow a paragraph without a blank line', () => {
    const module = parse('## Sida', 'Text', ':::reflektion', 'Fråga?', ':::', 'Slut.');
    expect(outline(module.pages[0]!.blocks)).toEqual([
      'prose: Text',
      'reflektion nytta/sida/r1: Fråga?',
      'prose: Slut.',
    ]);
  });

  // Markdown reads a line right after a list item as part of that item, so a container there
  // would vanish into the list: the parser refuses it and says how to fix it.
  it('refuses a container right after a list, asking for a blank line', () => {
    expect(() => parse('## Sida', '', '- a', '- b', ':::diskussion', 'Prata.', ':::')).toThrow(
      /":::diskussion" stands inside a list or quote; leave a blank line before it/,
    );
  });

  it('takes a container after a list and a blank line as a block', () => {
    const module = parse('## Sida', '', '- a', '- b', '', ':::diskussion', 'Prata.', ':::');
    expect(outline(module.pages[0]!.blocks)).toEqual(['prose: - a\n- b', 'diskussion: Prata.']);
  });

  // Regression (same cause): containers inside a list item or a quote are not checked at all, so even an
  // unknown container compiles, and its content vanishes from the HTML.
  it.each([
    ['a list item', ['- punkt', '', '  :::tips', '  Ett tips.', '  :::']],
    ['a quote', ['> :::tips', '> Ett tips.', '> :::']],
  ])('an unknown container inside %s is an error', (_, rows) => {
    expect(() => parse('## Sida', '', ...rows)).toThrow(CourseError);
  });

  it('allows "###" headings, "::" in text and ":::" in code on a page', () => {
    const module = parse(
      '## Sida',
      '',
      '### Del',
      '',
      'Klockan 10::30.',
      '',
      '```',
      ':::',
      '```',
      '',
      ':::exempel Malmö',
      '### Bakgrund',
      'Text.',
      ':::',
    );
    expect(outline(module.pages[0]!.blocks)).toEqual([
      'prose: Del\n\nKlockan 10::30.\n\n    :::',
      'exempel "Malmö": Bakgrund\n\nText.',
    ]);
  });

  it('takes the title of a page heading as plain text and its id from that', () => {
    const module = parse('## Vad är **dialog** & delaktighet?', '', 'Text.');
    expect(module.pages[0]).toMatchObject({ id: 'vad-ar-dialog-delaktighet', title: 'Vad är dialog & delaktighet?' });
  });

  it("accepts existing local images with alt text (external ones are refused: the CSP allows only the course's own)", () => {
    const module = parse('## Sida', '', '![Karta över kommunen](images/karta.svg)');
    expect(module.pages[0]!.blocks).toEqual([
      {
        kind: 'prose',
        body: {
          html: '<p><img src="images/karta.svg" alt="Karta över kommunen"></p>',
          text: '[Bild: Karta över kommunen]',
        },
      },
    ]);
  });

  it('reads a CRLF file exactly like an LF one', () => {
    const source = lines(
      ...frontMatter(),
      '## Sida',
      '',
      'Rad ett',
      'rad två.',
      '',
      '- a',
      '- b',
      '',
      ':::kunskapskontroll',
      'Fråga?',
      '- [ ] a',
      '- [x] b',
      '',
      'Svar.',
      ':::',
    );
    const lf = parseModule('m.md', source, ctx);
    expect(parseModule('m.md', source.replaceAll('\n', '\r\n'), ctx)).toEqual(lf);
    expect(lf.pages[0]!.blocks[0]).toEqual({
      kind: 'prose',
      body: {
        html: '<p>Rad ett\nrad två.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>',
        text: 'Rad ett\nrad två.\n\n- a\n- b',
      },
    });
  });
});

describe('slugify (page ids from headings)', () => {
  it.each([
    ['Första sidan', 'forsta-sidan'],
    ['Åtgärder för äldre', 'atgarder-for-aldre'],
    ['ÅÄÖ åäö', 'aao-aao'],
    ['Café och idé', 'cafe-och-ide'],
    ['Steg 1: Planera!', 'steg-1-planera'],
    ['  Mellanslag   runt  ', 'mellanslag-runt'],
    ['Vad är "dialog"?', 'vad-ar-dialog'],
    ['2025 års plan', '2025-ars-plan'],
    ['???', ''],
  ])('%j → %j', (title, id) => {
    expect(slugify(title)).toBe(id);
  });
});

describe('plain-text and HTML renderings of markdown', () => {
  it.each([
    ['a link', 'Läs [SKR](https://skr.se).', 'Läs SKR (https://skr.se).'],
    ['a link whose text is its address', '<https://skr.se>', 'https://skr.se'],
    ['a link inside the page', 'Se [nedan](#steg).', 'Se nedan.'],
    ['an image', '![En karta](images/karta.svg)', '[Bild: En karta]'],
    ['emphasis', '**fet**, _kursiv_ och ~~struken~~', 'fet, kursiv och struken'],
    ['escapes and entities', 'A &amp; B, \\*inte kursiv\\*, `kod <x>`', 'A & B, *inte kursiv*, kod <x>'],
    ['quotes', '"citat" och \'apostrof\'', '"citat" och \'apostrof\''],
    ['a hard line break', 'rad ett  \nrad två', 'rad ett\nrad två'],
    ['paragraphs', 'Ett.\n\nTvå.', 'Ett.\n\nTvå.'],
    ['a bullet list', '- ett\n- två', '- ett\n- två'],
    ['a nested list', '- ett\n  - under\n- två', '- ett\n  - under\n- två'],
    ['a numbered list', '1. ett\n2. två', '1. ett\n2. två'],
    ['a numbered list from 3', '3. tre\n4. fyra', '3. tre\n4. fyra'],
    ['a loose list', '- ett\n\n- två', '- ett\n- två'],
    ['a task list', '- [ ] att göra\n- [x] gjort', '- [ ] att göra\n- [x] gjort'],
    ['a table', '| Steg | Vem |\n|---|---|\n| 1 | **Alla** |\n| 2 | Vi & de |', 'Steg | Vem\n1 | Alla\n2 | Vi & de'],
    ['a heading', '### Rubrik\n\nText.', 'Rubrik\n\nText.'],
    ['a rule', 'Ett.\n\n---\n\nTvå.', 'Ett.\n\nTvå.'],
    ['a one-line quote', '> Citat.', '> Citat.'],
    ['a code block after text', 'Kod:\n\n```\nrad 1\nrad 2\n```', 'Kod:\n\n    rad 1\n    rad 2'],
  ])('%s', (_, markdown, text) => {
    expect(renderMarkdown(markdown).text).toBe(text);
  });

  it.each([
    ['a link', '[SKR](https://skr.se)', '<p><a href="https://skr.se">SKR</a></p>'],
    ['an image', '![En karta](images/karta.svg)', '<p><img src="images/karta.svg" alt="En karta"></p>'],
    ['a numbered list from 3', '3. tre\n4. fyra', '<ol start="3">\n<li>tre</li>\n<li>fyra</li>\n</ol>'],
    ['special characters', 'A & B < C', '<p>A &amp; B &lt; C</p>'],
  ])('HTML of %s', (_, markdown, html) => {
    expect(renderMarkdown(markdown).html).toBe(html);
  });

  // Regression: only the first line of a multi-line paragraph gets the list or quote indent, so the
  // continuation line falls out of the list item / quote in the text version.
  it.each([
    ['a list item over two lines', '- ett\n  fortsättning\n- två', '- ett\n  fortsättning\n- två'],
    ['a quote over two lines', '> citat\n> rad två', '> citat\n> rad två'],
  ])('%s keeps its indent on every line', (_, markdown, text) => {
    expect(renderMarkdown(markdown).text).toBe(text);
  });

  // Regression: a code block at the start of a text loses the indent of its first line only (the Rich
  // text is trimmed as a whole).
  it('a code block first in a text keeps the indent of its first line', () => {
    expect(renderMarkdown('```\nrad 1\nrad 2\n```').text).toBe('    rad 1\n    rad 2');
  });

  // Regression: plain text decodes only &amp; &lt; &gt; &quot; &#39;; other named entities such as
  // &nbsp; reach the text version as written.
  it('named entities such as &nbsp; become characters in plain text', () => {
    expect(renderMarkdown('10&nbsp;min').text).toBe('10\u00a0min');
  });
});

describe('compileCourse', () => {
  const course = compile({
    'modules/02-delaktighet.md': lines(...frontMatter('delaktighet', 2), '## Sida', '', 'Text.'),
    'modules/01-nytta.md': lines(...frontMatter('nytta', 1), '## Sida', '', 'Text.'),
  });

  it('reads course.md: fields, the goal and the front page text', () => {
    expect({ ...course, modules: undefined, fingerprint: undefined }).toEqual({
      id: 'medborgardialog',
      title: 'Medborgardialog',
      subtitle: 'En kurs för kommuner',
      language: 'sv',
      description: 'Om dialog med invånare.',
      goal: { html: '<p>Du kan planera en <strong>dialog</strong>.</p>', text: 'Du kan planera en dialog.' },
      intro: {
        html: '<p>Välkommen till kursen.</p>\n<h3>Så går du kursen</h3>\n<p>Ta en modul i taget.</p>',
        text: 'Välkommen till kursen.\n\nSå går du kursen\n\nTa en modul i taget.',
      },
      groupMinutes: 72,
      pages: [],
      templates: [],
      modules: undefined,
      fingerprint: undefined,
    });
  });

  it('reads an optional cover with its alt text, or an empty alt text for a decorative one', () => {
    const withCover = (alt: string) =>
      compile(
        { 'modules/01-nytta.md': lines(...frontMatter(), '## Sida', '', 'Text.') },
        COURSE_MD.replace('goal:', `cover: images/nytta.svg\ncoverAlt: ${alt}\ngoal:`),
      ).cover;
    expect(withCover('Ett torg med människor')).toEqual({ src: 'images/nytta.svg', alt: 'Ett torg med människor' });
    expect(withCover('""')).toEqual({ src: 'images/nytta.svg', alt: '' });
    expect('cover' in course).toBe(false);
  });

  it('orders modules by their "order" field, not by file name', () => {
    const reversed = compile({
      'modules/a.md': lines(...frontMatter('sist', 9), '## Sida', '', 'Text.'),
      'modules/b.md': lines(...frontMatter('forst', 1), '## Sida', '', 'Text.'),
    });
    expect(reversed.modules.map((m) => m.id)).toEqual(['forst', 'sist']);
    expect(course.modules.map((m) => m.id)).toEqual(['nytta', 'delaktighet']);
  });

  it('reads a CRLF course.md like an LF one', () => {
    const crlf = compile(
      { 'modules/01-nytta.md': lines(...frontMatter(), '## Sida', '', 'Text.') },
      COURSE_MD.replaceAll('\n', '\r\n'),
    );
    expect(crlf.intro).toEqual(course.intro);
    expect(crlf.goal).toEqual(course.goal);
  });
});

describe('the course fingerprint', () => {
  const base = [
    '## Första {#forsta}',
    '',
    'Text.',
    '',
    ':::reflektion',
    'Fråga?',
    ':::',
    '',
    '## Andra',
    '',
    ':::kunskapskontroll',
    'Vad stämmer?',
    '- [ ] fel',
    '- [x] rätt',
    '- [ ] fel igen',
    '',
    'För att.',
    ':::',
  ];
  const fingerprint = (body: string[], id = 'nytta') =>
    compile({ 'modules/01-nytta.md': lines(...frontMatter(id), ...body) }).fingerprint;
  const edit = (from: string, to: string) => base.map((row) => (row === from ? to : row));
  const original = fingerprint(base);

  it('is 8 hex digits', () => {
    expect(original).toMatch(/^[0-9a-f]{8}$/);
  });

  it.each([
    ['the text of a page', edit('Text.', 'Ny text.')],
    ['the title of a page with an explicit id', edit('## Första {#forsta}', '## Den första {#forsta}')],
    ['the wording of a question', edit('Vad stämmer?', 'Vilket stämmer?')],
    ['the wording of an option', edit('- [ ] fel', '- [ ] helt fel')],
    ['the feedback', edit('För att.', 'Därför.')],
    ['the wording of a reflection', edit('Fråga?', 'Ny fråga?')],
    ['a paragraph added to existing text', edit('Text.', 'Text.\n\nMer text.')],
  ])('stays the same when an author edits %s', (_, body) => {
    expect(fingerprint(body)).toBe(original);
  });

  // Regression: every block adds an entry to the hashed shape (an empty one for prose, examples and
  // discussions), so adding an example or a paragraph after a container changes the fingerprint
  // although no progress data refers to it; every returning learner then gets the "course has
  // been updated" notice (restore loss "course-changed").
  it.each([
    ['an added example', [...base, '', ':::exempel Piteå', 'Lunch.', ':::']],
    ['an added discussion', [...base, '', ':::diskussion', 'Prata.', ':::']],
    // Reflection notes are kept apart from progress, so reflections do not shape progress data.
    ['an added reflection', [...base, '', ':::reflektion', 'Till?', ':::']],
    ['a paragraph added after a check', [...base, '', 'Mer text.']],
  ])('stays the same with %s', (_, body) => {
    expect(fingerprint(body)).toBe(original);
  });

  it('stays the same when the course text or module title changes', () => {
    const course = compile(
      {
        'modules/01-nytta.md': lines(
          ...frontMatter().map((r) => (r.startsWith('title:') ? 'title: Ny titel' : r)),
          ...base,
        ),
      },
      COURSE_MD.replace('Välkommen', 'Hej'),
    );
    expect(course.fingerprint).toBe(original);
  });

  it.each([
    ['a page id', edit('## Första {#forsta}', '## Första {#start}')],
    ['a page title that gives the id', edit('## Andra', '## Tvåan')],
    [
      'a check id (a check added before it)',
      [
        ...base.slice(0, 10),
        ':::kunskapskontroll',
        'Ny?',
        '- [x] a',
        '- [ ] b',
        '',
        'F.',
        ':::',
        '',
        ...base.slice(10),
      ],
    ],
    [
      'the right answer',
      edit('- [x] rätt', '- [ ] rätt').map((row) => (row === '- [ ] fel igen' ? '- [x] fel igen' : row)),
    ],
    ['the number of options', [...base.slice(0, 15), '- [ ] en till', ...base.slice(15)]],
    ['an added page', [...base, '', '## Tredje', '', 'Text.']],
  ])('changes with %s', (_, body) => {
    expect(fingerprint(body)).not.toBe(original);
  });

  it('changes with the module id', () => {
    expect(fingerprint(base, 'nyttan')).not.toBe(original);
  });
});

describe('loadCourse (a course folder on disk)', () => {
  const course = loadCourse('tests/fixtures/course');

  it('compiles the fixture course', () => {
    expect(course.id).toBe('testkurs');
    expect(course.modules.map((m) => [m.id, m.pages.map((p) => p.id)])).toEqual([
      ['alfa', ['forsta-sidan', 'andra-sidan', 'tredje-sidan']],
      ['beta', ['enda-sidan']],
    ]);
    expect(
      course.modules.flatMap((m) => m.pages.flatMap((p) => p.blocks.map((b) => ('id' in b ? b.id : b.kind)))),
    ).toEqual([
      'prose',
      'exempel',
      'alfa/andra-sidan/r1',
      'diskussion',
      'alfa/tredje-sidan/k1',
      'prose',
      'beta/enda-sidan/k1',
    ]);
    expect(course.fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });

  const work = mkdtempSync(join(tmpdir(), 'load-course-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A course folder in a temporary directory, with the fixture's course.md. */
  function folder(name: string, files: Record<string, string>): string {
    const dir = join(work, name);
    mkdirSync(join(dir, 'images'), { recursive: true });
    writeFileSync(join(dir, 'images', 'bild.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(dir, 'course.md'), COURSE_MD);
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
    return dir;
  }

  const withImage = (image: string) =>
    lines(...frontMatter().map((r) => (r.startsWith('image:') ? `image: ${image}` : r)), '## Sida', '', 'Text.');

  function loadError(dir: string): CourseError {
    try {
      loadCourse(dir);
    } catch (error) {
      if (error instanceof CourseError) return error;
      throw error;
    }
    throw new Error('expected a CourseError');
  }

  it('finds images relative to the course folder', () => {
    expect(loadCourse(folder('ok', { '01-nytta.md': withImage('images/bild.svg') })).modules[0]?.image.src).toBe(
      'images/bild.svg',
    );
  });

  it.each([
    ['missing', 'images/saknas.svg'],
    ['outside the folder', '../ok/images/bild.svg'],
    ['an absolute path', '/images/bild.svg'],
  ])('refuses a thumbnail that is %s, naming the file by its path from the working directory', (name, image) => {
    const dir = folder(`image-${name.replaceAll(' ', '-')}`, { '01-nytta.md': withImage(image) });
    const error = loadError(dir);
    expect(error.file).toMatch(/01-nytta\.md$/);
    expect(error.file.startsWith('/')).toBe(false);
    expect(error.line).toBe(7);
    expect(error.reason).toBe(`front matter field "image": file "${image}" does not exist`);
  });

  it('says so when course.md is missing', () => {
    const dir = folder('no-course', { '01-nytta.md': withImage('images/bild.svg') });
    rmSync(join(dir, 'course.md'));
    expect(() => loadCourse(dir)).toThrow(/course\.md:1: missing; a course needs course\.md/);
  });

  it('needs at least one module beside course.md', () => {
    const error = loadError(folder('empty', {}));
    expect(error.file).toMatch(/course\.md$/);
    expect(error.reason).toMatch(/the course has no modules/);
  });
});
