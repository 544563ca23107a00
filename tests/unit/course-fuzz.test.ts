// Fuzzing the course compiler: modules generated from a grammar of the authoring format,
// mixed with hostile fragments, must either compile or throw a CourseError that names the module
// file and a line inside it, never anything else, and always within the time bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCourse, INTERNAL } from '../../scripts/course/compile-course';
import { CourseError } from '../../scripts/course/course-error';

const COURSE = {
  file: 'modules/course.md',
  source:
    '---\nid: kurs\ntitle: Kurs\nsubtitle: Under\nlanguage: sv\ndescription: Om.\ngoal: Ett mål.\n---\nVälkommen.\n',
};
const MODULE_FILE = 'modules/01-fuzz.md';
const ctx = { fileExists: (path: string) => path === 'images/karta.svg' };
const TIME_BOUND_MS = 5000;
/**
 * Runs per property: together about 10 s on an idle 2-core machine. Each property also stops at a
 * time limit, so the file stays under 30 s on a loaded machine; it must still get through MIN_RUNS.
 */
const RUNS = 1000;
const LARGE_RUNS = 30;
const SAFE_RUNS = 300;
const MIN_RUNS = 100;
const budget = (ms: number) => ({ interruptAfterTimeLimit: ms, markInterruptAsFailure: false });

const word = fc.constantFrom(
  'dialog',
  'Medborgare',
  'åäö',
  'kommun',
  'x',
  '10::30',
  'ja/nej',
  '&amp;',
  '\\*',
  '1.',
  '#',
  '|',
);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const safeHref = fc.constantFrom(
  'https://skr.se',
  'http://x.se/a?b=1&c=2',
  'mailto:a@b.se',
  'tel:+4610',
  '#mal',
  'annan-sida.html',
  'images/karta.svg',
);
const hostileHref = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:x',
  ' javascript:x',
  '&#106;avascript:x',
  'javascript&colon;x',
  'java\tscript:x',
  'data:text/html,x',
  'vbscript:x',
  '//evil.se',
  '%6Aavascript:x',
  'file:///etc/passwd',
  '',
);
const href = fc.oneof({ weight: 6, arbitrary: safeHref }, { weight: 1, arbitrary: hostileHref });
const imageSrc = fc.constantFrom(
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/karta.svg',
  'images/saknas.svg',
  'https://skr.se/a.png',
  'javascript:alert(1)',
  '../hemlig.svg',
  '/images/karta.svg',
  'data:image/png;base64,AA',
  'images/karta.svg?x',
);
const inline = fc.oneof(
  { weight: 12, arbitrary: words },
  words.map((w) => `**${w}**`),
  words.map((w) => `*${w}*`),
  words.map((w) => `\`${w}\``),
  fc.tuple(words, href).map(([w, h]) => `[${w}](${h})`),
  href.map((h) => `<${h}>`),
  fc.tuple(fc.constantFrom('', 'Karta', 'Karta', 'Karta'), imageSrc).map(([alt, src]) => `![${alt}](${src})`),
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '[x][r]',
      '<b>fet</b>',
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      '<!-- c -->',
      '~~s~~',
      'www.skr.se',
    ),
  },
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const indent = (depth: number) => '  '.repeat(depth);

/** Lists and quotes, nested up to a depth sometimes beyond the limit. */
const listBlock = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 12, arbitrary: fc.nat({ max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 8 }) }),
      fc.constantFrom('- ', '* ', '1. ', '- [ ] ', '- [x] ', '> '),
      paragraph,
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((items) => items.map(([depth, marker, text]) => `${indent(Math.min(depth, 18))}${marker}${text}`).join('\n'));

const checkBlock = fc
  .tuple(
    paragraph,
    fc.array(fc.tuple(fc.constantFrom('- [ ] ', '- [x] ', '- ', '* [ ] '), paragraph), { minLength: 0, maxLength: 5 }),
    fc.option(paragraph),
  )
  .map(([q, options, feedback]) =>
    [':::kunskapskontroll', q, ...options.map(([m, t]) => m + t), '', feedback ?? '', ':::'].join('\n'),
  );
const validCheck = fc
  .tuple(paragraph, fc.array(paragraph, { minLength: 1, maxLength: 4 }), paragraph)
  .map(([q, wrong, feedback]) =>
    [':::kunskapskontroll', q, ...wrong.map((t) => `- [ ] ${t}`), `- [x] ${q}`, '', feedback, ':::'].join('\n'),
  );
const container = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        'reflektion',
        'diskussion',
        'exempel Piteå',
        'reflektion',
        'diskussion',
        'exempel Piteå',
        'exempel',
        'tips',
        '',
      ),
      fc.array(fc.oneof(paragraph, listBlock), { minLength: 1, maxLength: 3 }),
      fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    )
    .map(([name, body, closed]) => [`:::${name}`, ...body, closed ? ':::' : ''].join('\n')),
  { weight: 1, arbitrary: checkBlock },
  { weight: 2, arbitrary: validCheck },
);

/** Fragments an attacker or a careless editor leaves. */
const hostile = fc.oneof(
  fc.nat({ max: 3000 }).map((n) => `${'>'.repeat(n)} x`),
  fc.nat({ max: 3000 }).map((n) => `${'- '.repeat(n)}x`),
  fc.nat({ max: 400 }).map((n) => Array.from({ length: n }, (_, i) => `${indent(i)}- x`).join('\n')),
  fc.nat({ max: 3000 }).map((n) => '- x\n'.repeat(n)),
  fc.nat({ max: 5000 }).map((n) => '['.repeat(n)),
  fc.nat({ max: 5000 }).map((n) => `${'*'.repeat(n)}x${'_'.repeat(n)}`),
  fc.nat({ max: 2000 }).map((n) => ':::exempel a\n'.repeat(n)),
  fc.nat({ max: 2000 }).map((n) => 'a\n### h\n'.repeat(n)),
  fc.constantFrom(
    '[r]: javascript:alert(1)',
    '[r]: https://skr.se',
    '```\n:::\n## inte\n',
    ':::',
    '\u0000\u0001',
    '\ud800',
    '\r\n\r\n',
    '\uFEFF',
    '| a |\n|---|\n| <b>x</b> |',
    '## \u0000',
    '# Rubrik',
    'Rubrik\n===',
    '---',
  ),
  fc.string({ maxLength: 200 }),
);
const block = fc.oneof(
  { weight: 12, arbitrary: paragraph },
  { weight: 4, arbitrary: listBlock },
  { weight: 4, arbitrary: container },
  { weight: 1, arbitrary: hostile },
);
const heading = fc.oneof(
  { weight: 10, arbitrary: fc.nat({ max: 1e6 }).map((n) => `## Sida ${n}`) },
  fc.constantFrom(
    '## Sida {#sida}',
    '## Sida {#Fel_id}',
    '## ???',
    '## slut',
    `## ${'>'.repeat(500)}`,
    '## - - - - - - - - - - - - - - - - - - - x',
  ),
);
const page = fc
  .tuple(heading, fc.array(block, { minLength: 1, maxLength: 4 }))
  .map(([h, blocks]) => [h, '', ...blocks].join('\n\n'));

const fieldValue = fc.oneof(
  fc.constant(null),
  words,
  fc.constantFrom(
    '1',
    '0',
    '"10"',
    '[a, b]',
    '&a x',
    '*a',
    '[[[[[[[[[[[[[[[[[[[[',
    '{a: {b: {c: d}}}',
    '|\n  block',
    "'unclosed",
    '\t tab',
  ),
);
const frontMatter = fc
  .record({
    changes: fc.oneof(
      { weight: 3, arbitrary: fc.constant({}) },
      {
        weight: 1,
        arbitrary: fc.dictionary(
          fc.constantFrom(
            'id',
            'title',
            'order',
            'minutes',
            'summary',
            'image',
            'imageAlt',
            'objectives',
            '__proto__',
            'constructor',
            'okänd',
            '2025',
          ),
          fieldValue,
          { maxKeys: 3 },
        ),
      },
    ),
    close: fc.oneof({ weight: 30, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  })
  .map(({ changes, close }) => {
    const fields: Record<string, string | null> = {
      id: 'fuzz',
      title: 'Fuzz',
      order: '1',
      minutes: '5',
      summary: 'Om.',
      image: 'images/karta.svg',
      imageAlt: 'Karta',
      objectives: '[Mål]',
    };
    for (const [key, value] of Object.entries(changes)) fields[key] = value;
    const rows = Object.entries(fields).flatMap(([key, value]) => (value === null ? [] : [`${key}: ${value}`]));
    return ['---', ...rows, ...(close ? ['---'] : [])].join('\n');
  });

const moduleSource = fc
  .tuple(
    frontMatter,
    fc.oneof(
      { weight: 30, arbitrary: fc.array(page, { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constant([]) },
    ),
    fc.boolean(),
  )
  .map(([fm, pages, crlf]) => {
    const text = `${fm}\n\n${pages.join('\n\n')}\n`;
    return crlf ? text.replaceAll('\n', '\r\n') : text;
  });

// The same grammar with only what the rules allow: every such module must compile.
const safeWords = fc
  .array(fc.constantFrom('dialog', 'Medborgare', 'åäö', 'kommun', 'x', '10::30', 'ja/nej', '&amp;', '\\*'), {
    minLength: 1,
    maxLength: 6,
  })
  .map((w) => w.join(' '));
const safeInline = fc.oneof(
  { weight: 6, arbitrary: safeWords },
  safeWords.map((w) => `**${w}**`),
  safeWords.map((w) => `\`${w}\``),
  fc.tuple(safeWords, safeHref).map(([w, h]) => `[${w}](${h})`),
  fc.constantFrom(
    '<https://skr.se>',
    '<info@skr.se>',
    'www.skr.se',
    '![Karta](images/karta.svg)',
    '[x][r]\n\n[r]: https://skr.se/r',
  ),
);
const safeParagraph = fc.array(safeInline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const safeList = fc
  .array(fc.tuple(fc.nat({ max: 3 }), fc.constantFrom('- ', '* ', '1. ', '> '), safeParagraph), {
    minLength: 1,
    maxLength: 8,
  })
  .map((items) => items.map(([depth, marker, text]) => `${indent(depth)}${marker}${text}`).join('\n'));
const safeBlock = fc.oneof(
  safeParagraph,
  safeList,
  fc
    .tuple(
      fc.constantFrom('reflektion', 'diskussion', 'exempel Piteå'),
      fc.array(fc.oneof(safeParagraph, safeList), { minLength: 1, maxLength: 3 }),
    )
    .map(([name, body]) => [`:::${name}`, ...body, ':::'].join('\n\n')),
  fc
    .tuple(safeWords, fc.array(safeWords, { minLength: 1, maxLength: 4 }), safeParagraph)
    .map(([q, wrong, feedback]) =>
      [':::kunskapskontroll', q, ...wrong.map((t) => `- [ ] ${t}`), `- [x] ${q}`, '', feedback, ':::'].join('\n'),
    ),
);
const safeModule = fc
  .array(fc.array(safeBlock, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 })
  .map(
    (pages) =>
      `---\nid: fuzz\ntitle: Fuzz\norder: 1\nminutes: 5\nsummary: Om.\nimage: images/karta.svg\nimageAlt: Karta\nobjectives: [Mål]\n---\n\n${pages.map((blocks, i) => `## Sida ${i + 1}\n\n${blocks.join('\n\n')}`).join('\n\n')}\n`,
  );

/** Compiles one generated module and checks the outcome; returns the time it took. */
function compileChecked(source: string): number {
  const start = performance.now();
  try {
    compileCourse(COURSE, [{ file: MODULE_FILE, source }], ctx);
  } catch (error) {
    if (!(error instanceof CourseError)) throw new Error(`not a CourseError: ${String(error)}`);
    expect(error.file).toBe(MODULE_FILE);
    expect(
      Number.isInteger(error.line) && error.line >= 1 && error.line <= source.split('\n').length + 1,
      `line ${error.line}`,
    ).toBe(true);
    expect(error.reason).not.toContain(INTERNAL);
    expect(error.reason.length).toBeGreaterThan(0);
  }
  const ms = performance.now() - start;
  expect(ms).toBeLessThan(TIME_BOUND_MS);
  return ms;
}

describe('fuzzing the course compiler', () => {
  it('generated modules compile or fail with file and line, within the bound', () => {
    let compiled = 0;
    fc.assert(
      fc.property(moduleSource, (source) => {
        compileChecked(source);
        compiled++;
      }),
      { numRuns: RUNS, ...budget(14_000) },
    );
    expect(compiled).toBeGreaterThanOrEqual(MIN_RUNS);
  }, 25_000);

  it('modules made only of what the rules allow always compile', () => {
    fc.assert(
      fc.property(safeModule, (source) => {
        expect(compileCourse(COURSE, [{ file: MODULE_FILE, source }], ctx).modules).toHaveLength(1);
      }),
      { numRuns: SAFE_RUNS, ...budget(4_000) },
    );
  }, 15_000);

  it('large generated modules (pages repeated up to the size limits) stay within the bound', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          frontMatter.filter((fm) => fm.endsWith('---')),
          fc.array(page, { minLength: 1, maxLength: 3 }),
          fc.integer({ min: 10, max: 400 }),
        ),
        ([fm, pages, times]) => {
          compileChecked(`${fm}\n\n${Array.from({ length: times }, () => pages.join('\n\n')).join('\n\n')}\n`);
        },
      ),
      { numRuns: LARGE_RUNS, ...budget(6_000) },
    );
  }, 20_000);
});
