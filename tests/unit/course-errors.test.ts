// Every error the course compiler can raise, each pointing at the file and line an author must fix.
// In the sources below, a trailing " ◀" marks the line the error must name; it is removed before
// compiling.
import { describe, expect, it } from 'vitest';
import { compileCourse, type SourceFile } from '../../scripts/course/compile-course';
import { CourseError } from '../../scripts/course/course-error';
import { parseModule } from '../../scripts/course/parse-module';

const MARK = ' ◀';
const COURSE_FILE = 'modules/course.md';
const MODULE_FILE = 'modules/01-nytta.md';
const IMAGES = new Set(['images/nytta.svg', 'images/delaktighet.svg', 'images/karta.svg']);
const ctx = { fileExists: (path: string) => IMAGES.has(path) };

const lines = (...rows: string[]) => `${rows.join('\n')}\n`;

const COURSE_FIELDS: Record<string, string> = {
  id: 'medborgardialog',
  title: 'Medborgardialog',
  subtitle: 'En kurs för kommuner och regioner',
  language: 'sv',
  description: 'Om dialog med invånare.',
  goal: 'Du kan planera en **dialog**.',
};

const MODULE_FIELDS: Record<string, string | string[]> = {
  id: 'nytta',
  title: 'Nyttan med medborgardialog',
  order: '1',
  minutes: '10',
  summary: 'Varför kommuner för dialog.',
  image: 'images/nytta.svg',
  imageAlt: 'Människor runt ett bord',
  objectives: ['Förklara nyttan med dialog'],
};

/**
 * Front matter from the defaults with some fields changed: a string replaces the value (it may end
 * with the ◀ marker), `undefined` removes the field, and unknown keys are added at the end.
 */
function frontMatter(
  defaults: Record<string, string | string[]>,
  changes: Record<string, string | string[] | undefined> = {},
): string[] {
  const fields = { ...defaults, ...changes };
  const rows = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) rows.push(`${key}:`, ...value.map((item) => `  - ${item}`));
    else rows.push(`${key}: ${value}`);
  }
  return [...rows, '---'];
}

/** A module file: front matter (optionally changed) and the given body lines. */
function moduleFile(body: string[], changes: Record<string, string | string[] | undefined> = {}): string {
  return lines(...frontMatter(MODULE_FIELDS, changes), ...body);
}

/** A course.md: front matter (optionally changed) and the given body lines. */
function courseFile(
  body: string[] = ['Välkommen till kursen.'],
  changes: Record<string, string | undefined> = {},
): string {
  return lines(...frontMatter(COURSE_FIELDS, changes), ...body);
}

/** A module body with one page around the given lines. */
const page = (...rows: string[]) => ['## Sidan', '', ...rows];

const VALID_MODULE = moduleFile(page('Text.'));

/** Where the ◀ marker sits across the files, and the files without it. */
function locateMarker(files: SourceFile[]): { files: SourceFile[]; at: { file: string; line: number } | null } {
  let at: { file: string; line: number } | null = null;
  const clean = files.map(({ file, source }) => {
    source.split('\n').forEach((row, index) => {
      if (!row.endsWith(MARK)) return;
      if (at) throw new Error(`more than one ${MARK} marker in the test input`);
      at = { file, line: index + 1 };
    });
    return { file, source: source.replaceAll(`${MARK}\n`, '\n') };
  });
  return { files: clean, at };
}

/** The CourseError that compiling throws; fails the test when it compiles or throws something else. */
function compileError(course: string, modules: Record<string, string>): CourseError {
  try {
    compileCourse(
      { file: COURSE_FILE, source: course },
      Object.entries(modules).map(([file, source]) => ({ file, source })),
      ctx,
    );
  } catch (error) {
    if (error instanceof CourseError) return error;
    throw error;
  }
  throw new Error('expected a CourseError, but the course compiled');
}

interface Case {
  /** What the author did wrong. */
  name: string;
  course?: string;
  modules?: Record<string, string>;
  /** Where the error must point, when the ◀ marker cannot show it (a missing field, a missing file). */
  at?: { file: string; line: number };
  reason: RegExp;
}

function expectError({ course = courseFile(), modules = { [MODULE_FILE]: VALID_MODULE }, at, reason }: Case) {
  const marked = locateMarker([
    { file: COURSE_FILE, source: course },
    ...Object.entries(modules).map(([file, source]) => ({ file, source })),
  ]);
  const expected = at ?? marked.at;
  if (!expected) throw new Error(`the test input needs a ${MARK} marker or "at"`);
  const [courseSource, ...moduleSources] = marked.files;
  const error = compileError(courseSource!.source, Object.fromEntries(moduleSources.map((f) => [f.file, f.source])));
  expect({ file: error.file, line: error.line }).toEqual(expected);
  expect(error.reason).toMatch(reason);
  expect(error.message).toBe(`${expected.file}:${expected.line}: ${error.reason}`);
}

const inModule = (body: string[], changes?: Record<string, string | string[] | undefined>) => ({
  modules: { [MODULE_FILE]: moduleFile(body, changes) },
});

describe('module front matter', () => {
  it.each<Case>([
    {
      name: 'no front matter at all',
      modules: { [MODULE_FILE]: lines('## Sidan ◀', '', 'Text.') },
      reason: /must start with front matter/,
    },
    {
      name: 'a blank line before the opening ---',
      modules: { [MODULE_FILE]: lines(' ◀', ...frontMatter(MODULE_FIELDS), ...page('Text.')) },
      reason: /must start with front matter/,
    },
    {
      name: 'front matter never closed',
      modules: { [MODULE_FILE]: lines('--- ◀', 'id: nytta', 'title: Nytta', '', '## Sidan', 'Text.') },
      reason: /front matter is not closed by a line "---"/,
    },
    {
      name: 'YAML indented with a tab',
      ...inModule(page('Text.'), { title: 'Nytta\n\tfel: indrag ◀' }),
      reason: /front matter is not valid YAML: Tabs are not allowed/,
    },
    {
      name: 'YAML value with a second colon',
      ...inModule(page('Text.'), { summary: 'Dialog: varför: så ◀' }),
      reason: /front matter is not valid YAML: Nested mappings/,
    },
    {
      name: 'front matter that is a single word',
      modules: { [MODULE_FILE]: lines('---', 'nytta ◀', '---', ...page('Text.')) },
      reason: /front matter must be a set of "key: value" fields/,
    },
    {
      name: 'front matter that is a list',
      modules: { [MODULE_FILE]: lines('---', '- nytta ◀', '---', ...page('Text.')) },
      reason: /front matter must be a set of "key: value" fields/,
    },
    {
      name: 'empty front matter',
      modules: { [MODULE_FILE]: lines('---', '--- ◀', ...page('Text.')) },
      reason: /front matter must be a set of "key: value" fields/,
    },
    {
      name: 'an unknown field',
      ...inModule(page('Text.'), { author: 'Anna ◀' }),
      reason:
        /front matter field "author" is not known \(allowed: id, title, order, minutes, groupMinutes, summary, image, imageAlt, objectives\)/,
    },
    {
      name: 'id with capitals and underscore',
      ...inModule(page('Text.'), { id: 'Nytta_1 ◀' }),
      reason: /field "id" must be lower-case letters a–z, digits and single hyphens/,
    },
    {
      name: 'id with a double hyphen',
      ...inModule(page('Text.'), { id: 'nytta--1 ◀' }),
      reason: /field "id" must be lower-case/,
    },
    {
      name: 'id ending in a hyphen',
      ...inModule(page('Text.'), { id: 'nytta- ◀' }),
      reason: /field "id" must be lower-case/,
    },
    {
      name: 'id with a Swedish letter',
      ...inModule(page('Text.'), { id: 'nyttå ◀' }),
      reason: /field "id" must be lower-case/,
    },
    {
      name: 'id that is a number',
      ...inModule(page('Text.'), { id: '12 ◀' }),
      reason: /field "id" must be non-empty text/,
    },
    {
      name: 'empty title',
      ...inModule(page('Text.'), { title: '"" ◀' }),
      reason: /field "title" must be non-empty text/,
    },
    {
      name: 'title that is a list',
      ...inModule(page('Text.'), { title: '[a, b] ◀' }),
      reason: /field "title" must be non-empty text/,
    },
    {
      name: 'order in words',
      ...inModule(page('Text.'), { order: 'första ◀' }),
      reason: /field "order" must be a whole number from 1 to 99/,
    },
    {
      name: 'order 0',
      ...inModule(page('Text.'), { order: '0 ◀' }),
      reason: /field "order" must be a whole number from 1 to 99/,
    },
    {
      name: 'order 100',
      ...inModule(page('Text.'), { order: '100 ◀' }),
      reason: /field "order" must be a whole number from 1 to 99/,
    },
    {
      name: 'order 1.5',
      ...inModule(page('Text.'), { order: '1.5 ◀' }),
      reason: /field "order" must be a whole number from 1 to 99/,
    },
    {
      name: 'minutes 0',
      ...inModule(page('Text.'), { minutes: '0 ◀' }),
      reason: /field "minutes" must be a whole number from 1 to 120/,
    },
    {
      name: 'minutes 121',
      ...inModule(page('Text.'), { minutes: '121 ◀' }),
      reason: /field "minutes" must be a whole number from 1 to 120/,
    },
    {
      name: 'minutes as text',
      ...inModule(page('Text.'), { minutes: '"10" ◀' }),
      reason: /field "minutes" must be a whole number/,
    },
    {
      name: 'objectives as one line of text',
      ...inModule(page('Text.'), { objectives: 'Förklara nyttan ◀' }),
      reason: /field "objectives" must be a list of non-empty texts/,
    },
    {
      name: 'objectives with an empty item',
      ...inModule(page('Text.'), { objectives: '["Förklara", ""] ◀' }),
      reason: /field "objectives" must be a list of non-empty texts/,
    },
    {
      name: 'objectives as an empty list',
      ...inModule(page('Text.'), { objectives: '[] ◀' }),
      reason: /field "objectives" must list 1 to 8 items/,
    },
    {
      name: 'nine objectives',
      ...inModule(page('Text.'), { objectives: '[a, b, c, d, e, f, g, h, i] ◀' }),
      reason: /field "objectives" must list 1 to 8 items/,
    },
    {
      name: 'thumbnail file missing',
      ...inModule(page('Text.'), { image: 'images/saknas.svg ◀' }),
      reason: /front matter field "image": file "images\/saknas.svg" does not exist/,
    },
    {
      name: 'a key given twice (names the second)',
      ...inModule(page('Text.'), { summary: 'Varför.\ntitle: Igen ◀' }),
      reason: /front matter is not valid YAML: Map keys must be unique/,
    },
  ])('$name', expectError);

  it.each(Object.keys(MODULE_FIELDS))('missing "%s" is reported on line 1', (key) => {
    expectError({
      name: key,
      ...inModule(page('Text.'), { [key]: undefined }),
      at: { file: MODULE_FILE, line: 1 },
      reason: new RegExp(`front matter field "${key}" is missing`),
    });
  });

  it('a module error names the file it was given, also through parseModule', () => {
    expect(() => parseModule('annat/namn.md', moduleFile(page('Text.'), { order: 'x' }), ctx)).toThrow(
      'annat/namn.md:4: front matter field "order" must be a whole number from 1 to 99',
    );
  });

  // Regression: key lines are recorded for text keys only, so an unknown key YAML reads as a number
  // (a year, say) is reported on line 1.
  it('an unknown key that is a number names its own line', () => {
    expectError({
      name: 'numeric key',
      ...inModule(page('Text.'), { 2025: 'plan ◀' }),
      reason: /front matter field "2025" is not known/,
    });
  });

  // Regression: the reason repeats the YAML parser's own line number, counted from the line after "---",
  // so the message names two different lines: "m.md:4: … at line 3, column 1".
  it('the reason of a YAML error does not contradict the line it names', () => {
    const error = compileError(courseFile(), {
      [MODULE_FILE]: moduleFile(page('Text.'), { title: 'Nytta\n\tfel: indrag' }),
    });
    expect(error.line).toBe(4);
    expect(error.reason).not.toMatch(/at line \d+/);
  });
});

describe('module body', () => {
  it.each<Case>([
    {
      name: 'a "#" heading',
      ...inModule(['# Nyttan ◀', '', '## Sidan', '', 'Text.']),
      reason: /use "##" for page headings; the module title comes from the front matter/,
    },
    {
      name: 'a "===" underlined heading',
      ...inModule([...page('Text.'), '', 'Rubrik ◀', '======']),
      reason: /use "##" for page headings/,
    },
    {
      name: 'text before the first page heading',
      ...inModule(['', 'Inledning. ◀', '', '## Sidan', '', 'Text.']),
      reason: /text before the first page heading "## …"/,
    },
    {
      name: 'a list before the first page heading',
      ...inModule(['- punkt ◀', '', '## Sidan', '', 'Text.']),
      reason: /text before the first page heading/,
    },
    {
      name: 'no pages at all',
      modules: { [MODULE_FILE]: lines(...frontMatter(MODULE_FIELDS), ' ◀') },
      reason: /the module has no pages: start each page with a "## Title" line/,
    },
    {
      name: 'a heading that gives no id',
      ...inModule(['## ??? ◀', '', 'Text.']),
      reason: /page heading gives no id; add one: "## Title \{#page-id\}"/,
    },
    {
      name: 'two pages with the same title',
      ...inModule([...page('Text.'), '', '## Sidan ◀', '', 'Mer.']),
      reason: /duplicate page id "sidan" in this module/,
    },
    {
      name: 'two titles with the same id after folding å ä ö',
      ...inModule(['## Öppna möten', '', 'Text.', '', '## Oppna moten ◀', '', 'Mer.']),
      reason: /duplicate page id "oppna-moten"/,
    },
    {
      name: 'two pages with the same explicit id',
      ...inModule(['## Ett {#sida}', '', 'Text.', '', '## Två {#sida} ◀', '', 'Mer.']),
      reason: /duplicate page id "sida"/,
    },
    {
      name: 'an unknown container',
      ...inModule(page(':::tips ◀', 'Ett tips.', ':::')),
      reason:
        /unknown container ":::tips" \(known: reflektion, diskussion, exempel, kunskapskontroll, handledning, skärm\)/,
    },
    {
      name: 'a misspelt container',
      ...inModule(page(':::reflection ◀', 'Fråga?', ':::')),
      reason: /unknown container ":::reflection"/,
    },
    {
      name: 'a container never closed',
      ...inModule(page('Text.', '', ':::reflektion ◀', 'Fråga?', '', '## Nästa', '', 'Mer.')),
      reason: /container ":::reflektion" is not closed by a line ":::"/,
    },
    {
      name: 'a closing ::: without an opening',
      ...inModule(page('Text.', '', '::: ◀')),
      reason: /a closing ":::" without an opening container/,
    },
    {
      name: 'a container in a container',
      ...inModule(page(':::exempel Piteå ◀', ':::reflektion', 'Fråga?', ':::', ':::')),
      reason: /":::exempel" may not hold another container/,
    },
    {
      name: 'a page heading in a container',
      ...inModule(page(':::diskussion ◀', '## Fråga', 'Prata.', ':::')),
      reason: /":::diskussion" may not hold a page heading/,
    },
    {
      name: 'a "#" heading in a container',
      ...inModule(page(':::diskussion ◀', '# Fråga', 'Prata.', ':::')),
      reason: /":::diskussion" may not hold a page heading/,
    },
    { name: 'an empty container', ...inModule(page(':::reflektion ◀', '', ':::')), reason: /":::reflektion" is empty/ },
    {
      name: 'an example without a title',
      ...inModule(page(':::exempel ◀', 'Piteå bjöd in.', ':::')),
      reason: /exempel needs a title on its opening line: ":::exempel Title"/,
    },
    {
      name: 'raw HTML block',
      ...inModule(page('Text.', '', '<div class="box">Ruta</div> ◀')),
      reason: /raw HTML is not allowed in modules: <div class="box">Ruta<\/div>/,
    },
    {
      name: 'an HTML comment',
      ...inModule(page('Text.', '', '<!-- att göra --> ◀')),
      reason: /raw HTML is not allowed in modules: <!-- att göra -->/,
    },
    {
      name: 'inline HTML on the 2nd line of a paragraph',
      ...inModule(page('Första raden,', 'andra <b>raden</b>, ◀', 'tredje raden.')),
      reason: /raw HTML is not allowed in modules: <b>/,
    },
    {
      name: 'inline HTML on the 3rd line of a paragraph',
      ...inModule(page('Första raden,', 'andra raden,', 'tredje <br> raden. ◀')),
      reason: /raw HTML is not allowed in modules: <br>/,
    },
    {
      name: 'inline HTML in a list item',
      ...inModule(page('- ett', '- två', '  <span>tre</span> ◀')),
      reason: /raw HTML is not allowed in modules: <span>/,
    },
    {
      name: 'inline HTML in a table cell',
      ...inModule(page('| A | B |', '|---|---|', '| 1 | 2 |', '| <i>3</i> | 4 | ◀')),
      reason: /raw HTML is not allowed in modules: <i>/,
    },
    {
      name: 'inline HTML in a container',
      ...inModule(page(':::exempel Piteå', 'Lunch.', '', 'Mer <em>lunch</em>. ◀', ':::')),
      reason: /raw HTML is not allowed in modules: <em>/,
    },
    {
      name: 'inline HTML in a page heading',
      ...inModule(['## Sidan <small>1</small> ◀', '', 'Text.']),
      reason: /raw HTML is not allowed in modules: <small>/,
    },
    {
      name: 'an image without alt text',
      ...inModule(page('Se bilden:', '![](images/karta.svg) ◀')),
      reason:
        /image "images\/karta.svg" has no alt text: write it between the brackets, !\[alt text\]\(images\/karta.svg\)/,
    },
    {
      name: 'an image with blank alt text',
      ...inModule(page('![  ](images/karta.svg) ◀')),
      reason: /image "images\/karta.svg" has no alt text/,
    },
    {
      name: 'an image without alt text in a container',
      ...inModule(page(':::reflektion', 'Titta:', '', '![](images/karta.svg) ◀', ':::')),
      reason: /has no alt text/,
    },
    {
      name: 'an image without alt text in a list',
      ...inModule(page('- ett', '- ![](images/karta.svg) ◀')),
      reason: /has no alt text/,
    },
    {
      name: 'an image file that does not exist',
      ...inModule(page('Text', 'och ![Karta](images/saknas.svg) ◀')),
      reason: /image file "images\/saknas.svg" does not exist/,
    },
    {
      name: 'an image file that does not exist, in a table',
      ...inModule(page('| A |', '|---|', '| ![Karta](images/saknas.svg) | ◀')),
      reason: /image file "images\/saknas.svg" does not exist/,
    },
  ])('$name', expectError);

  // Regression: an empty page is reported on line 1 of the file instead of on its heading.
  it('a page with no content names the line of its heading', () => {
    expectError({
      name: 'empty page',
      ...inModule([...page('Text.'), '', '## Tom sida ◀', '', '## Nästa', '', 'Mer.']),
      reason: /page "Tom sida" has no content/,
    });
  });

  it.each([
    ['followed by another page', [...page('Text.'), '', '## Tom sida', '', '## Nästa', '', 'Mer.']],
    ['at the end of the file', [...page('Text.'), '', '## Tom sida', '']],
  ])('a page with no content is refused, %s', (_, body) => {
    const error = compileError(courseFile(), { [MODULE_FILE]: moduleFile(body) });
    expect(error.file).toBe(MODULE_FILE);
    expect(error.reason).toBe('page "Tom sida" has no content');
  });

  // Regression: the line of inline HTML is found by searching the paragraph for the tag's text, so the
  // same text earlier in the paragraph (here in a code span) gives the earlier line.
  it('inline HTML is located even when its text appeared earlier in the paragraph', () => {
    expectError({
      name: 'repeated tag',
      ...inModule(page('Skriv inte `<b>` i texten,', 'som <b>här</b>. ◀')),
      reason: /raw HTML is not allowed in modules: <b>/,
    });
  });
});

describe('line numbers further down a file', () => {
  const late = (...rows: string[]) => inModule(['## Första', '', ...rows, '', 'Sist <b>fel</b>. ◀']);
  it.each<Case>(
    [
      { name: 'after a container with blank lines inside', ...late(':::exempel Piteå', 'Ett.', '', '', 'Två.', ':::') },
      {
        name: 'after nested and ordered lists',
        ...late('- a', '  - b', '    - c', '', '1. x', '2. y', '', '   fortsättning'),
      },
      { name: 'after a table', ...late('| A | B |', '|---|---|', '| 1 | 2 |', '| 3 | 4 |') },
      {
        name: 'after a fenced code block holding ":::", "##" and HTML',
        ...late('```', ':::', '## inte en rubrik', '<div>', '```'),
      },
      {
        name: 'after a container glued to a paragraph and one after a list',
        ...late('Text', ':::reflektion', 'Fråga?', ':::', '- a', '- b', '', ':::diskussion', 'Prata.', ':::'),
      },
      {
        name: 'after a knowledge check',
        ...late(':::kunskapskontroll', 'Fråga?', '- [ ] a', '- [x] b', '', 'För att.', ':::'),
      },
      {
        name: 'after more pages',
        ...late('Text.', '', '## Andra', '', 'Mer.', '', '## Tredje {#tre}', '', 'Ännu mer.'),
      },
      { name: 'after a blockquote and a rule', ...late('> citat', '> rad två', '', '---', '', 'Text.') },
    ].map((c) => ({ ...c, reason: /raw HTML is not allowed in modules: <b>/ })),
  )('$name', expectError);

  it('a file with CRLF line ends reports the same lines', () => {
    const { files, at } = locateMarker([
      {
        file: MODULE_FILE,
        source: moduleFile([
          '## Första',
          '',
          ':::exempel Piteå',
          'Ett.',
          '',
          'Två.',
          ':::',
          '',
          '- a',
          '- b',
          '',
          'Sist <b>fel</b>. ◀',
        ]),
      },
    ]);
    const error = compileError(courseFile().replaceAll('\n', '\r\n'), {
      [MODULE_FILE]: files[0]!.source.replaceAll('\n', '\r\n'),
    });
    expect({ file: error.file, line: error.line }).toEqual(at);
  });

  it('a CRLF course.md reports the same lines', () => {
    const { files, at } = locateMarker([
      { file: COURSE_FILE, source: courseFile(['Välkommen.', '', '## Om kursen ◀']) },
    ]);
    const error = compileError(files[0]!.source.replaceAll('\n', '\r\n'), { [MODULE_FILE]: VALID_MODULE });
    expect({ file: error.file, line: error.line }).toEqual(at);
  });
});

describe('knowledge checks', () => {
  const check = (...rows: string[]) => inModule(page(':::kunskapskontroll ◀', ...rows, ':::'));
  it.each<Case>([
    {
      name: 'no right option',
      ...check('Vad stämmer?', '- [ ] a', '- [ ] b', '', 'För att.'),
      reason: /kunskapskontroll must have exactly one right option "- \[x\]", found 0/,
    },
    {
      name: 'two right options',
      ...check('Vad stämmer?', '- [x] a', '- [x] b', '- [ ] c', '', 'För att.'),
      reason: /exactly one right option "- \[x\]", found 2/,
    },
    {
      name: 'an option that is not a task item',
      ...check('Vad stämmer?', '- [ ] a', '- [x] b', '- c', '', 'För att.'),
      reason: /every option of a kunskapskontroll must be a task item, "- \[ \]" or "- \[x\]"/,
    },
    {
      name: 'a plain list',
      ...check('Vad stämmer?', '- a', '- b', '', 'För att.'),
      reason: /every option of a kunskapskontroll must be a task item/,
    },
    {
      name: 'no list of options',
      ...check('Vad stämmer?', '', 'För att.'),
      reason: /kunskapskontroll needs a task list of options: "- \[ \] wrong" and "- \[x\] right"/,
    },
    {
      name: 'no question',
      ...check('- [ ] a', '- [x] b', '', 'För att.'),
      reason: /kunskapskontroll needs a question before its options/,
    },
    {
      name: 'no feedback',
      ...check('Vad stämmer?', '- [ ] a', '- [x] b'),
      reason: /kunskapskontroll needs feedback after its options, explaining the right answer/,
    },
    {
      name: 'only one option',
      ...check('Vad stämmer?', '- [x] a', '', 'För att.'),
      reason: /kunskapskontroll needs at least two options/,
    },
    {
      name: 'two lists of options',
      ...check('Vad stämmer?', '- [ ] a', '- [x] b', '', 'För att.', '', '- [ ] c'),
      reason: /kunskapskontroll must have one list of options only/,
    },
  ])('$name', expectError);

  it('the check error names the check, not the first one on the page', () => {
    const body = page(
      ':::kunskapskontroll',
      'Fråga?',
      '- [ ] a',
      '- [x] b',
      '',
      'För att.',
      ':::',
      '',
      ':::kunskapskontroll ◀',
      'Fråga 2?',
      '- [ ] a',
      '',
      'För att.',
      ':::',
    );
    expectError({ name: 'second check', ...inModule(body), reason: /found 0/ });
  });
});

// One rule for links and image sources, and limits that keep compiling bounded.
describe('links, images and limits', () => {
  const LINK_RULE =
    /is not allowed: links may go to http:, https:, mailto: or tel: addresses, "#" in the page, or files of the course/;
  it.each<Case>([
    {
      name: 'a javascript: link',
      ...inModule(page('Text', '[klicka](javascript:alert(document.domain)) ◀')),
      reason: /^link address "javascript:alert\(document.domain\)" is not allowed/,
    },
    { name: 'a javascript: autolink', ...inModule(page('Se <javascript:alert(1)>. ◀')), reason: LINK_RULE },
    {
      name: 'a reference link to javascript:',
      ...inModule(page('En [x][r] länk. ◀', '', '[r]: javascript:alert(1)')),
      reason: LINK_RULE,
    },
    {
      name: 'an unused reference definition to javascript:',
      ...inModule(page('Text.', '', '[r]: javascript:alert(1) ◀')),
      reason: LINK_RULE,
    },
    {
      name: 'a scheme behind a character reference',
      ...inModule(page('[a](&#106;avascript:alert(1)) ◀')),
      reason: LINK_RULE,
    },
    {
      name: 'a protocol-relative link',
      ...inModule(page('[a](//evil.example) ◀')),
      reason: /leaves out the scheme: write the whole address, "https:\/\/…"/,
    },
    {
      name: 'a javascript: link in a knowledge-check option',
      ...inModule(page(':::kunskapskontroll', 'Fråga?', '- [ ] a', '- [x] [b](javascript:x) ◀', '', 'För att.', ':::')),
      reason: LINK_RULE,
    },
    {
      name: 'a javascript: link in course.md',
      course: courseFile(['Välkommen till [kursen](javascript:x). ◀']),
      reason: LINK_RULE,
    },
    {
      name: 'an https image',
      ...inModule(page('![Logga](https://skr.se/logga.png) ◀')),
      reason:
        /^image "https:\/\/skr.se\/logga.png" is not a file of the course: images must be files in the course folder, e.g. "images\/karta.svg"$/,
    },
    {
      name: 'an image with a data: source',
      ...inModule(page('Text', '![Bild](data:image/png;base64,AAAA) ◀')),
      reason: /is not a file of the course/,
    },
    {
      name: 'lists nested 17 levels deep',
      ...inModule(
        page(...Array.from({ length: 16 }, (_, i) => `${'  '.repeat(i)}- nivå`), `${'  '.repeat(16)}- nivå ◀`),
      ),
      reason: /^lists and quotes are nested 17 levels deep here, more than the 16 allowed/,
    },
    {
      name: 'quotes nested 17 levels deep',
      ...inModule(page(`${'>'.repeat(17)} citat ◀`)),
      reason: /nested 17 levels deep here/,
    },
    {
      name: 'a page over 64 KB',
      ...inModule(['## Lång sida ◀', '', ...Array.from({ length: 2000 }, () => 'Trettiotvå tecken text på en rad.')]),
      reason: /^this page is \d+ KB, over the limit of 64 KB per page: split it with another "## " heading$/,
    },
    {
      name: 'a "__proto__" key',
      ...inModule(page('Text.'), { ['__proto__']: 'x ◀' }),
      reason: /front matter field "__proto__" is not known/,
    },
    {
      name: 'a YAML anchor and alias (names the anchor)',
      ...inModule(page('Text.'), { title: '&t Nytta ◀', summary: '*t' }),
      reason: /front matter may not use YAML anchors or aliases/,
    },
  ])('$name', expectError);
});

describe('feedback per option', () => {
  const check = (...rows: string[]) =>
    inModule(page(':::kunskapskontroll', 'Vad stämmer?', ...rows, '', 'För att.', ':::'));
  it.each<Case>([
    {
      name: 'a nested list under an option',
      ...check('- [ ] a', '  - underpunkt ◀', '- [x] b'),
      reason: /option 1 holds a nested list; an option's feedback is one or more plain paragraphs/,
    },
    {
      name: 'a nested list after the option’s feedback',
      ...check('- [ ] a', '- [x] b', '  Rätt, för att.', '  - underpunkt ◀'),
      reason: /option 2 holds a nested list/,
    },
    {
      name: 'a code block as feedback',
      ...check('- [ ] a', '', '  ``` ◀', '  kod', '  ```', '- [x] b'),
      reason: /option 1's feedback holds a code block; an option's feedback is one or more plain paragraphs/,
    },
    {
      name: 'a heading as feedback',
      ...check('- [ ] a', '  ### Varför ◀', '- [x] b'),
      reason: /option 1's feedback holds a heading/,
    },
    {
      name: 'a rule as feedback',
      ...check('- [ ] a', '- [x] b', '  Rätt.', '', '  *** ◀'),
      reason: /option 2's feedback holds a rule/,
    },
    {
      name: 'empty feedback (only a no-break space)',
      ...check('- [ ] a', '- [x] b', '  &nbsp; ◀'),
      reason: /option 2's feedback is empty/,
    },
    {
      name: 'an option with only feedback',
      ...check('- [ ] a', '- [x] ◀', '  Rätt.'),
      reason: /option 2 has no text after "- \[ \]"/,
    },
    {
      name: 'feedback not indented',
      ...check('- [ ] a', '- [x] b', 'Rätt, för att. ◀'),
      reason:
        /option 2's feedback must be indented under it \(two spaces\); to end the options, leave a blank line before the general feedback/,
    },
    {
      name: 'raw HTML in an option’s feedback',
      ...check('- [ ] a', '  Fel, <b>för</b> att. ◀', '- [x] b'),
      reason: /raw HTML is not allowed in modules: <b>/,
    },
  ])('$name', expectError);
});

describe('discussion minutes, facilitator notes and group minutes', () => {
  it.each<Case>([
    {
      name: 'minutes 0',
      ...inModule(page(':::diskussion 0 min ◀', 'Prata.', ':::')),
      reason: /":::diskussion 0 min": minutes must be from 1 to 60/,
    },
    {
      name: 'minutes 61',
      ...inModule(page(':::diskussion 61 min ◀', 'Prata.', ':::')),
      reason: /minutes must be from 1 to 60/,
    },
    {
      name: 'minutes without a unit',
      ...inModule(page(':::diskussion 10 ◀', 'Prata.', ':::')),
      reason: /":::diskussion 10": give the timer's minutes as ":::diskussion 10 min", or nothing for 5 min/,
    },
    {
      name: 'minutes in words',
      ...inModule(page(':::diskussion tio min ◀', 'Prata.', ':::')),
      reason: /give the timer's minutes as ":::diskussion 10 min"/,
    },
    {
      name: 'minutes with a decimal',
      ...inModule(page(':::diskussion 2.5 min ◀', 'Prata.', ':::')),
      reason: /give the timer's minutes/,
    },
    {
      name: 'minutes in a later discussion',
      ...inModule(page(':::diskussion 10 min', 'Prata.', ':::', '', ':::diskussion 90 min ◀', 'Mer.', ':::')),
      reason: /":::diskussion 90 min": minutes must be from 1 to 60/,
    },
    {
      name: 'an empty facilitator note',
      ...inModule(page('Text.', '', ':::handledning ◀', '', ':::')),
      reason: /":::handledning" is empty/,
    },
    {
      name: 'a facilitator note never closed',
      ...inModule(page('Text.', '', ':::handledning ◀', 'Tio minuter.')),
      reason: /container ":::handledning" is not closed/,
    },
    {
      name: 'raw HTML in a facilitator note',
      ...inModule(page('Text.', '', ':::handledning', 'Lyssna <b>efter</b>. ◀', ':::')),
      reason: /raw HTML is not allowed in modules: <b>/,
    },
    {
      name: 'a page with only a facilitator note',
      ...inModule(['## Sidan ◀', '', ':::handledning', 'Tio minuter.', ':::']),
      reason: /page "Sidan" has no content/,
    },
    {
      name: 'groupMinutes 0',
      ...inModule(page('Text.'), { groupMinutes: '0 ◀' }),
      reason: /front matter field "groupMinutes" must be a whole number from 1 to 600/,
    },
    {
      name: 'groupMinutes as text',
      ...inModule(page('Text.'), { groupMinutes: 'en timme ◀' }),
      reason: /"groupMinutes" must be a whole number/,
    },
    {
      name: 'groupMinutes 30.5',
      ...inModule(page('Text.'), { groupMinutes: '30.5 ◀' }),
      reason: /"groupMinutes" must be a whole number/,
    },
    {
      name: 'course.md groupMinutes 601',
      course: courseFile(undefined, { groupMinutes: '601 ◀' }),
      reason: /front matter field "groupMinutes" must be a whole number from 1 to 600/,
    },
  ])('$name', expectError);
});

describe('course.md and the course as a whole', () => {
  it.each<Case>([
    { name: 'course.md without front matter', course: lines('Välkommen. ◀'), reason: /must start with front matter/ },
    {
      name: 'course.md with an unknown field',
      course: courseFile(undefined, { author: 'SKR ◀' }),
      reason:
        /front matter field "author" is not known \(allowed: id, title, subtitle, language, description, goal, groupMinutes, url, cover, coverAlt\)/,
    },
    {
      name: 'course.md with a cover that does not exist',
      course: courseFile(undefined, { cover: 'images/omslag.svg ◀', coverAlt: 'Ett torg' }),
      reason: /field "cover": file "images\/omslag.svg" does not exist/,
    },
    {
      name: 'course.md with a cover from the web',
      course: courseFile(undefined, { cover: 'https://example.com/omslag.svg ◀', coverAlt: 'Ett torg' }),
      reason: /field "cover" is not a file of the course/,
    },
    {
      name: 'course.md with a cover outside the course folder',
      course: courseFile(undefined, { cover: '../omslag.svg ◀', coverAlt: 'Ett torg' }),
      reason: /field "cover" is not a file of the course/,
    },
    {
      name: 'course.md with a cover but no alt text',
      course: courseFile(undefined, { cover: 'images/karta.svg ◀' }),
      reason: /field "coverAlt" is missing: say what the cover shows, or write coverAlt: "" if it only decorates/,
    },
    {
      name: 'course.md with alt text but no cover',
      course: courseFile(undefined, { coverAlt: 'Ett torg ◀' }),
      reason: /field "coverAlt" needs a "cover" image/,
    },
    {
      name: 'course.md with a list as alt text',
      course: courseFile(undefined, { cover: 'images/karta.svg', coverAlt: '[a, b] ◀' }),
      reason: /field "coverAlt" must be text/,
    },
    {
      name: 'course.md with a bad id',
      course: courseFile(undefined, { id: 'Medborgar Dialog ◀' }),
      reason: /field "id" must be lower-case/,
    },
    {
      name: 'course.md in a language the UI does not speak',
      course: courseFile(undefined, { language: 'fi ◀' }),
      reason: /field "language" is "fi", but the player's UI speaks only sv, en/,
    },
    {
      name: 'course.md with a "##" heading',
      course: courseFile(['Välkommen.', '', '## Om kursen ◀', '', 'Text.']),
      reason: /course.md may use "###" headings at most; its title comes from the front matter/,
    },
    {
      name: 'course.md with a "#" heading',
      course: courseFile(['# Medborgardialog ◀', '', 'Text.']),
      reason: /course.md may use "###" headings at most/,
    },
    {
      name: 'course.md with a url that is not a whole web address',
      course: courseFile(undefined, { url: 'kurser.example.se/dialog ◀' }),
      reason: /field "url" must be the whole address where the course is published/,
    },
    {
      name: 'course.md with a container other than :::skärm',
      course: courseFile(['Välkommen.', '', ':::exempel Piteå ◀', 'Lunch.', ':::']),
      reason: /only ":::skärm" may stand in course.md; other containers belong in modules/,
    },
    {
      name: 'course.md with an unclosed :::skärm',
      course: courseFile(['Välkommen.', '', ':::skärm ◀', 'Tryck på Z.']),
      reason: /container ":::skärm" is not closed/,
    },
    {
      name: 'course.md with raw HTML',
      course: courseFile(['Välkommen.', '', '<div>Ruta</div> ◀']),
      reason: /raw HTML is not allowed in course.md/,
    },
    {
      name: 'course.md with inline HTML on a later line',
      course: courseFile(['Välkommen', 'till <b>kursen</b>. ◀']),
      reason: /raw HTML is not allowed in course.md/,
    },
    {
      name: 'two modules with the same id',
      modules: {
        [MODULE_FILE]: VALID_MODULE,
        'modules/02-delaktighet.md': moduleFile(page('Text.'), { id: 'nytta ◀', order: '2' }),
      },
      reason: /duplicate module id "nytta", also used in modules\/01-nytta.md/,
    },
    {
      name: 'a module with an error after a valid one',
      modules: {
        [MODULE_FILE]: VALID_MODULE,
        'modules/02-delaktighet.md': moduleFile(page(':::tips ◀', 'x', ':::'), { id: 'delaktighet', order: '2' }),
      },
      reason: /unknown container/,
    },
  ])('$name', expectError);

  it.each(Object.keys(COURSE_FIELDS))('course.md missing "%s" is reported on line 1', (key) => {
    expectError({
      name: key,
      course: courseFile(undefined, { [key]: undefined }),
      at: { file: COURSE_FILE, line: 1 },
      reason: new RegExp(`front matter field "${key}" is missing`),
    });
  });

  it('a course without modules', () => {
    expectError({
      name: 'no modules',
      modules: {},
      at: { file: COURSE_FILE, line: 1 },
      reason: /the course has no modules: add module files next to course.md/,
    });
  });

  it('two modules with the same order are refused, naming both files', () => {
    const error = compileError(courseFile(), {
      [MODULE_FILE]: VALID_MODULE,
      'modules/02-delaktighet.md': moduleFile(page('Text.'), { id: 'delaktighet' }),
    });
    expect(error.file).toBe('modules/02-delaktighet.md');
    expect(error.reason).toBe('order 1 is also used by modules/01-nytta.md');
  });

  // Regression: duplicate order (and duplicate id) errors always name line 2, where the template has `id:`,
  // not the line of the `order:` field (line 4 here).
  it('two modules with the same order name the line of "order:"', () => {
    expectError({
      name: 'same order',
      modules: {
        [MODULE_FILE]: VALID_MODULE,
        'modules/02-delaktighet.md': moduleFile(page('Text.'), { id: 'delaktighet', order: '1 ◀' }),
      },
      reason: /order 1 is also used by modules\/01-nytta.md/,
    });
  });

  // Regression: the raw-HTML check of course.md is a regular expression over the text, so an autolink
  // (allowed in modules) is refused as HTML.
  it('course.md may hold an autolink, as modules may', () => {
    const course = compileCourse(
      { file: COURSE_FILE, source: courseFile(['Läs mer på <https://skr.se>.']) },
      [{ file: MODULE_FILE, source: VALID_MODULE }],
      ctx,
    );
    expect(course.intro.html).toContain('<a href="https://skr.se">');
  });

  // Regression: images in course.md are not checked: no alt text and a missing file both compile.
  it('course.md refuses an image without alt text', () => {
    expectError({
      name: 'course image',
      course: courseFile(['Välkommen.', '', '![](images/karta.svg) ◀']),
      reason: /has no alt text/,
    });
  });

  // Regression: the goal field is rendered as markdown with raw HTML passed through into course.goal.html,
  // which the start page injects as HTML.
  it('the goal field may not hold raw HTML', () => {
    expectError({
      name: 'goal html',
      course: courseFile(undefined, { goal: 'Du kan <script>alert(1)</script> ◀' }),
      reason: /raw HTML is not allowed/,
    });
  });
});
