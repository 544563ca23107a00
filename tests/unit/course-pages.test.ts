// Course-level pages (pages/*.md) and templates (templates/*.md): parsing, the glossary as <dl>,
// links, and every error with its file and line. A trailing " ◀" marks the line an error must name.
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../scripts/course/compile-course';
import { CourseError } from '../../scripts/course/course-error';
import type { Course } from '../../src/core/course/types';

const MARK = ' ◀';
const ctx = { fileExists: (path: string) => ['images/nytta.svg', 'images/karta.svg'].includes(path) };
const COURSE = [
  '---',
  'id: kurs',
  'title: Kurs',
  'subtitle: Om',
  'language: sv',
  'description: En kurs.',
  'goal: Ett mål.',
  '---',
  'Välkommen.',
].join('\n');
const MODULE = [
  '---',
  'id: nytta',
  'title: Nytta',
  'order: 1',
  'minutes: 10',
  'summary: Varför.',
  'image: images/nytta.svg',
  'imageAlt: Bild',
  'objectives:',
  '  - Förklara',
  '---',
  '## Vad är dialog? {#vad}',
  '',
  'Text.',
  '',
].join('\n');

const pageFile = (body: string[], fields: string[] = ['id: ordlista', 'title: Ordlista', 'order: 1']) =>
  ['---', ...fields, '---', ...body, ''].join('\n');
const templateFile = (body: string[], fields: string[] = ['id: plan', 'title: Projektplan', 'fileName: projektplan']) =>
  ['---', ...fields, '---', ...body, ''].join('\n');

type Files = { pages?: Record<string, string>; templates?: Record<string, string> };
const sources = (files: Record<string, string> = {}) =>
  Object.entries(files).map(([file, source]) => ({ file, source }));

function compile({ pages, templates }: Files): Course {
  return compileCourse(
    { file: 'modules/course.md', source: COURSE },
    [{ file: 'modules/01-nytta.md', source: MODULE }],
    ctx,
    { pages: sources(pages), templates: sources(templates) },
  );
}

/** Compiles with the ◀ marker removed and checks the error names the marked file and line. */
function expectError(files: Files, reason: RegExp) {
  let at: { file: string; line: number } | null = null;
  const clean = (group: Record<string, string> = {}) =>
    Object.fromEntries(
      Object.entries(group).map(([file, source]) => {
        source.split('\n').forEach((row, index) => {
          if (row.endsWith(MARK)) at = { file, line: index + 1 };
        });
        return [file, source.replaceAll(`${MARK}\n`, '\n')];
      }),
    );
  const cleaned = { pages: clean(files.pages), templates: clean(files.templates) };
  let error: unknown = null;
  try {
    compile(cleaned);
  } catch (e) {
    error = e;
  }
  if (!(error instanceof CourseError)) throw new Error(`expected a CourseError, got ${String(error)}`);
  expect({ file: error.file, line: error.line }).toEqual(at);
  expect(error.reason).toMatch(reason);
}

describe('course pages', () => {
  const course = compile({
    pages: {
      'modules/pages/kallor.md': pageFile(
        [
          '## Lagar',
          '',
          '- Kommunallag (2017:725).',
          '',
          '### Läs mer',
          '',
          'Se [ordlistan](#/sida/ordlista) och [modulen](#/modul/nytta/vad).',
        ],
        ['id: kallor', 'title: Källor och läs mer', 'order: 2'],
      ),
      'modules/pages/ordlista.md': pageFile([
        'Ord i kursen.',
        '',
        '- **Beredning** – arbetet *före* beslutet.',
        '- **Deliberativ**: ett samtal som väger skäl.',
      ]),
    },
  });

  it('orders the pages by "order" and keeps id and title', () => {
    expect(course.pages.map((p) => [p.id, p.title, p.order])).toEqual([
      ['ordlista', 'Ordlista', 1],
      ['kallor', 'Källor och läs mer', 2],
    ]);
  });

  it('renders a list of "**Term** – definition" items as a <dl>, and keeps it a list in text', () => {
    expect(course.pages[0]!.body).toEqual({
      html: '<p>Ord i kursen.</p>\n<dl class="glossary">\n<dt>Beredning</dt>\n<dd>arbetet <em>före</em> beslutet.</dd>\n<dt>Deliberativ</dt>\n<dd>ett samtal som väger skäl.</dd>\n</dl>',
      text: 'Ord i kursen.\n\n- Beredning – arbetet före beslutet.\n- Deliberativ: ett samtal som väger skäl.',
    });
  });

  it('keeps "##" and "###" as sections of one page', () => {
    expect(course.pages[1]!.body.html).toContain('<h2>Lagar</h2>');
    expect(course.pages[1]!.body.html).toContain('<h3>Läs mer</h3>');
  });

  it.each([
    ['a plain list', ['- en', '- två']],
    ['one item without a term', ['- **Ett** – ord.', '- bara text']],
    ['a term with no definition', ['- **Ett** – ord.', '- **Två**']],
    ['a numbered list', ['1. **Ett** – ord.', '2. **Två** – ord.']],
  ])('keeps %s a list', (_, rows) => {
    const html = compile({ pages: { 'modules/pages/ordlista.md': pageFile(rows) } }).pages[0]!.body.html;
    expect(html).not.toContain('<dl');
    expect(html).toMatch(/^<[uo]l>/);
  });

  it('a course without pages or templates has empty lists', () => {
    const plain = compile({});
    expect([plain.pages, plain.templates]).toEqual([[], []]);
  });
});

describe('templates', () => {
  const course = compile({
    templates: {
      'modules/templates/plan.md': templateFile([
        '## Syfte',
        '',
        'Varför **dialog**?',
        '',
        '- [ ] Inbjudan',
        '- [x] Lokal',
        '',
        '| Roll | Namn |',
        '| --- | --- |',
        '| Processledare | |',
      ]),
    },
  });

  it('keeps id, title, fileName and the body, with checkboxes drawn as ☐', () => {
    const [template] = course.templates;
    expect(template).toMatchObject({ id: 'plan', title: 'Projektplan', fileName: 'projektplan' });
    expect(template!.body.html).toContain('<li>☐ Inbjudan</li>\n<li>☐ Lokal</li>');
    expect(template!.body.html).not.toContain('<input');
    expect(template!.body.text).toBe(
      'Syfte\n\nVarför dialog?\n\n- [ ] Inbjudan\n- [x] Lokal\n\nRoll | Namn\nProcessledare |',
    );
  });
});

describe('errors in course pages and templates', () => {
  const page = (body: string[], fields?: string[]) => ({
    pages: { 'modules/pages/ordlista.md': pageFile(body, fields) },
  });
  const template = (body: string[], fields?: string[]) => ({
    templates: { 'modules/templates/plan.md': templateFile(body, fields) },
  });
  it.each<[string, Files, RegExp]>([
    [
      'a page with an unknown field',
      page(['Text.'], ['id: ordlista', 'title: Ordlista', 'order: 1', 'author: SKR ◀']),
      /front matter field "author" is not known \(allowed: id, title, order, kind, publisher, contact, published, reviewed\)/,
    ],
    [
      'a page id with capitals',
      page(['Text.'], ['id: Ordlista ◀', 'title: Ordlista', 'order: 1']),
      /field "id" must be lower-case/,
    ],
    ['a page without a title', page(['Text.'], ['id: ordlista', 'order: 1']), /field "title" is missing/],
    [
      'a page order as text',
      page(['Text.'], ['id: ordlista', 'title: Ordlista', 'order: först ◀']),
      /field "order" must be a whole number from 1 to 99/,
    ],
    [
      'a "#" heading on a page',
      page(['Text.', '', '# Ordlista ◀']),
      /use "##" and "###" for sections in course pages; the title comes from the front matter/,
    ],
    [
      'a container on a page',
      page([':::exempel Piteå ◀', 'Text.', ':::']),
      /containers \(":::"\) belong in modules, not in course pages/,
    ],
    ['raw HTML on a page', page(['Text', 'med <b>fet</b> stil. ◀']), /raw HTML is not allowed in course pages: <b>/],
    ['an image without alt text on a page', page(['![](images/karta.svg) ◀']), /has no alt text/],
    [
      'an empty page',
      { pages: { 'modules/pages/ordlista.md': '---\nid: ordlista\ntitle: Ordlista\norder: 1\n---\n\n' } },
      /the course page has no text after its front matter/,
    ],
    [
      'a link to a page that does not exist',
      page(['Se', '[källorna](#/sida/kalor). ◀']),
      /link "#\/sida\/kalor" links to course page "kalor", which does not exist/,
    ],
    [
      'a link to a module that does not exist',
      page(['Se [modulen](#/modul/nyta). ◀']),
      /links to module "nyta", which does not exist/,
    ],
    [
      'a link to a module page that does not exist',
      page(['- **Ord** – se [sidan](#/modul/nytta/okand). ◀']),
      /links to page "okand" of module "nytta", which does not exist/,
    ],
    ['a relative file link', page(['Se [filen](bilaga.pdf). ◀']), /link "bilaga.pdf" is not a web address/],
    [
      'a template file that does not exist',
      page(['Se [mallen](mallar/saknas.docx). ◀']),
      /link "mallar\/saknas.docx" is not a web address/,
    ],
    [
      'two pages with the same id',
      {
        pages: {
          'modules/pages/a.md': pageFile(['Text.']),
          'modules/pages/b.md': pageFile(['Text.'], ['id: ordlista ◀', 'title: Annan', 'order: 2']),
        },
      },
      /duplicate course page id "ordlista", also used in modules\/pages\/a.md/,
    ],
    [
      'two pages with the same order',
      {
        pages: {
          'modules/pages/a.md': pageFile(['Text.']),
          'modules/pages/b.md': pageFile(['Text.'], ['id: kallor', 'title: Källor', 'order: 1 ◀']),
        },
      },
      /duplicate course page order "1", also used in modules\/pages\/a.md/,
    ],
    [
      'a template with an unknown field',
      template(['Text.'], ['id: plan', 'title: Plan', 'fileName: plan', 'format: docx ◀']),
      /field "format" is not known \(allowed: id, title, fileName\)/,
    ],
    ['a template without fileName', template(['Text.'], ['id: plan', 'title: Plan']), /field "fileName" is missing/],
    [
      'a fileName with an extension',
      template(['Text.'], ['id: plan', 'title: Plan', 'fileName: plan.docx ◀']),
      /field "fileName" must be lower-case letters a–z, digits and single hyphens/,
    ],
    [
      'a code block in a template',
      template(['Text.', '', '``` ◀', 'kod', '```']),
      /templates may hold headings, paragraphs, lists and tables, not code blocks/,
    ],
    ['a quote in a template', template(['> citat ◀']), /not quotes/],
    [
      'an image in a template',
      template(['Text.', '', 'Se ![Karta](images/karta.svg) ◀']),
      /templates cannot hold images/,
    ],
    [
      'raw HTML in a template',
      template(['| A |', '| --- |', '| <br> | ◀']),
      /raw HTML is not allowed in templates: <br>/,
    ],
    [
      'a broken link in a template',
      template(['Se [ordlistan](#/sida/ordlista). ◀']),
      /links to course page "ordlista", which does not exist/,
    ],
    [
      'two templates with the same fileName',
      {
        templates: {
          'modules/templates/a.md': templateFile(['Text.']),
          'modules/templates/b.md': templateFile(['Text.'], ['id: plan2', 'title: Plan 2', 'fileName: projektplan ◀']),
        },
      },
      /duplicate template fileName "projektplan", also used in modules\/templates\/a.md/,
    ],
  ])('%s', (_, files, reason) => {
    if (!Object.values({ ...files.pages, ...files.templates }).some((s) => s.includes(MARK))) {
      // Errors about a missing field or an empty body name line 1 or the body's first line.
      expect(() => compile(files)).toThrow(reason);
      return;
    }
    expectError(files, reason);
  });
});

describe('the accessibility statement page', () => {
  const statementFields = (overrides: Record<string, string> = {}) => {
    const fields: Record<string, string> = {
      id: 'tillganglighet',
      title: 'Tillgänglighetsredogörelse',
      order: '3',
      kind: 'accessibility',
      publisher: 'Exempelkommunen',
      contact: 'tillganglighet@example.se',
      published: '2026-11-02',
      reviewed: '2026-12-01',
      ...overrides,
    };
    return Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  };
  const statement = (fields: string[]) => ({
    pages: { 'modules/pages/tillganglighet.md': pageFile(['Utbildningen är delvis förenlig.'], fields) },
  });

  it("carries the publisher's facts beside the body", () => {
    const [page] = compile(statement(statementFields())).pages;
    expect(page?.accessibility).toEqual({
      publisher: 'Exempelkommunen',
      contact: 'tillganglighet@example.se',
      published: '2026-11-02',
      reviewed: '2026-12-01',
    });
    expect(page?.body.text).toContain('delvis förenlig');
  });

  it('leaves other pages without facts', () => {
    const [page] = compile({ pages: { 'modules/pages/ordlista.md': pageFile(['Ord.']) } }).pages;
    expect(page?.accessibility).toBeUndefined();
  });

  const mark = (fields: string[], key: string) => fields.map((f) => (f.startsWith(`${key}:`) ? f + MARK : f));
  it.each([
    ['publisher', { publisher: '" "' }, /"publisher" must be non-empty text/],
    ['published', { published: '2026-02-30' }, /"published" must be a date written YYYY-MM-DD/],
    ['published', { published: '1 december 2026' }, /"published" must be a date/],
    ['reviewed', { reviewed: '2026-10-01' }, /last review \(2026-10-01\) cannot be before .*2026-11-02/],
    ['kind', { kind: 'statement' }, /"kind" may only be "accessibility"/],
  ])('refuses a wrong %s on its line', (key, overrides, reason) => {
    expectError(statement(mark(statementFields(overrides), key)), reason);
  });

  it('refuses a missing fact on the kind line', () => {
    const fields = statementFields().filter((f) => !f.startsWith('contact:'));
    expectError(statement(mark(fields, 'kind')), /"contact" is missing: an accessibility statement names/);
  });

  it('refuses statement fields on an ordinary page', () => {
    const fields = ['id: ordlista', 'title: Ordlista', 'order: 1', `publisher: Exempelkommunen${MARK}`];
    expectError({ pages: { 'modules/pages/ordlista.md': pageFile(['Ord.'], fields) } }, /add "kind: accessibility"/);
  });

  it('refuses a second statement', () => {
    expectError(
      {
        pages: {
          'modules/pages/a.md': pageFile(['En.'], statementFields({ id: 'a', order: '1' })),
          'modules/pages/b.md': pageFile(['Två.'], mark(statementFields({ id: 'b', order: '2' }), 'kind')),
        },
      },
      /one accessibility statement; modules\/pages\/a.md is one already/,
    );
  });
});
