// Hostile and huge course input, each dropped as module 3 into a copy of the
// fixture course and compiled from disk. Every case must fail within the time bound with a
// CourseError naming the file, the line and the reason; before the fix each one built, hung,
// crashed with a bare RangeError or EISDIR, or named no line.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { CourseError } from '../../scripts/course/course-error';
import { MAX_DEPTH } from '../../scripts/course/limits';

const HOSTILE = 'tests/fixtures/hostile';
/** Any module, however built, compiles or fails within this (5 s on 2 cores for 2 MB, so no file can stall a build). */
const TIME_BOUND_MS = 5000;

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Front matter of the hostile module and its first page heading: the body starts on line 15. */
const HEAD = [
  '---',
  'id: gamma',
  'title: Gamma-modulen',
  'order: 3',
  'minutes: 5',
  'summary: En fientlig modul.',
  'image: images/alfa.svg',
  'imageAlt: En blå cirkel',
  'objectives:',
  '  - Inget.',
  '---',
  '',
  '## Sidan',
  '',
  '',
].join('\n');
const BODY_LINE = 15;

interface Case {
  name: string;
  /** A file or folder in tests/fixtures/hostile, copied in under its own name ... */
  fixture?: string;
  /** ... or the text of the module file, written as 03-gamma.md. */
  source?: () => string;
  line: number;
  reason: RegExp;
}

const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, i) => `${' '.repeat(2 * i)}- nivå ${i + 1}`).join('\n');
const pages = (count: number, text: string) =>
  Array.from({ length: count }, (_, i) => `## Sida ${i + 1}\n\n${text}\n`).join('\n');
const LINK_RULE =
  /is not allowed: links may go to http:, https:, mailto: or tel: addresses, "#" in the page, or files of the course/;
const IMAGE_RULE = /is not a file of the course: images must be files in the course folder/;

const CASES: Case[] = [
  // 2. Stored XSS and images from outside the course.
  {
    name: 'a javascript: link',
    fixture: 'link-javascript.md',
    line: 15,
    reason: new RegExp(`link address "javascript:alert\\(document.domain\\)" ${LINK_RULE.source}`),
  },
  { name: 'a javascript: autolink', fixture: 'autolink-javascript.md', line: 15, reason: LINK_RULE },
  { name: 'a reference link to javascript:', fixture: 'reference-javascript.md', line: 15, reason: LINK_RULE },
  {
    name: 'javascript: hidden behind a character reference',
    fixture: 'link-entity-javascript.md',
    line: 15,
    reason: LINK_RULE,
  },
  { name: 'javascript: with "&colon;"', fixture: 'link-entity-colon.md', line: 15, reason: LINK_RULE },
  { name: 'a data: link', fixture: 'link-data.md', line: 15, reason: LINK_RULE },
  { name: 'a VBSCRIPT: link', fixture: 'link-vbscript-uppercase.md', line: 15, reason: LINK_RULE },
  {
    name: 'an image with a javascript: source',
    fixture: 'image-javascript.md',
    line: 17,
    reason: new RegExp(`image "javascript:alert\\(1\\)" ${IMAGE_RULE.source}`),
  },
  { name: 'an image from https://', fixture: 'image-https.md', line: 17, reason: IMAGE_RULE },
  { name: 'an image outside the course folder', fixture: 'image-outside-course.md', line: 17, reason: IMAGE_RULE },
  // 3. Hangs and crashes: nesting and size.
  {
    name: '500 nested list levels',
    source: () => HEAD + nestedList(500),
    line: BODY_LINE + MAX_DEPTH,
    reason: /lists and quotes are nested 17 levels deep here, more than the 16 allowed/,
  },
  {
    name: '1000 nested list levels (1 MB)',
    source: () => HEAD + nestedList(1000),
    line: 521,
    reason:
      /^the file is 988 KB, over the limit of 256 KB per file \(reached on this line\): split the module into two$/,
  },
  {
    name: '5000 nested list levels (25 MB)',
    source: () => HEAD + nestedList(5000),
    line: 521,
    reason: /the file is 23\.9 MB, over the limit of 256 KB per file/,
  },
  {
    name: '5000 list markers on one line',
    source: () => `${HEAD}${'- '.repeat(5000)}x\n`,
    line: BODY_LINE,
    reason: /nested 5000 levels deep here, more than the 16 allowed/,
  },
  {
    name: 'a flat list of 20,000 items',
    source: () => `${HEAD}${'- punkt\n'.repeat(20_000)}`,
    line: 13,
    reason: /this page is 157 KB, over the limit of 64 KB per page: split it with another "## " heading/,
  },
  {
    name: '20,000 nested ">" quotes',
    source: () => `${HEAD}${'>'.repeat(20_000)} citat\n`,
    line: BODY_LINE,
    reason: /nested 20000 levels deep here/,
  },
  {
    name: 'a 1 MB paragraph',
    source: () => `${HEAD}${'ord '.repeat(256 * 1024)}\n`,
    line: BODY_LINE,
    reason: /the file is 1\.0 MB, over the limit of 256 KB per file/,
  },
  {
    name: 'a 2 MB module of ordinary pages',
    source: () =>
      HEAD + pages(22_000, 'Lite text om dialog med invånare, med **fetstil** och en [länk](https://skr.se).'),
    line: 10753,
    reason: /the file is 2\.1 MB, over the limit of 256 KB per file/,
  },
  // 4. Failures without file and line.
  {
    name: 'a YAML alias bomb',
    fixture: 'yaml-alias-bomb.md',
    line: 6,
    reason: /front matter may not use YAML anchors or aliases \("&name", "\*name"\): write each value out/,
  },
  {
    name: 'a "__proto__" front-matter key',
    fixture: 'proto-key.md',
    line: 11,
    reason: /front matter field "__proto__" is not known/,
  },
  {
    name: 'a file saved as Latin-1',
    fixture: 'latin1.md',
    line: 8,
    reason: /the file is not UTF-8 text \(byte 0xE5 on this line; Latin-1 or Windows-1252 perhaps\): save it as UTF-8/,
  },
  {
    name: 'a folder named like a module',
    fixture: '07-dir.md',
    line: 1,
    reason:
      /this is a folder, but names ending in ".md" are read as module files: rename the folder or move it out of the course folder/,
  },
];

/** A copy of the fixture course with the case's module added; returns the folder and the module's name. */
function courseWith(c: Case): { dir: string; name: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  dirs.push(dir);
  cpSync('tests/fixtures/course', dir, { recursive: true });
  const name = c.fixture ?? '03-gamma.md';
  if (c.fixture)
    cpSync(join(HOSTILE, c.fixture), join(dir, c.fixture.startsWith('0') ? c.fixture : `03-${c.fixture}`), {
      recursive: true,
    });
  else writeFileSync(join(dir, name), c.source!());
  return { dir, name: c.fixture?.startsWith('0') ? name : c.fixture ? `03-${c.fixture}` : name };
}

describe('hostile course input fails fast, naming file, line and reason', { timeout: 30_000 }, () => {
  it.each(CASES)('$name', (c) => {
    const { dir, name } = courseWith(c);
    const start = performance.now();
    let error: unknown = null;
    try {
      loadCourse(dir);
    } catch (e) {
      error = e;
    }
    const ms = performance.now() - start;
    expect(error).toBeInstanceOf(CourseError);
    const { file, line, reason } = error as CourseError;
    expect(file.endsWith(`/${name}`), file).toBe(true);
    expect({ line, reason }).toEqual({ line: c.line, reason: expect.stringMatching(c.reason) });
    expect(ms).toBeLessThan(TIME_BOUND_MS);
  });

  it('a module just under the file limit, of many full pages, compiles within the bound', () => {
    const page = `${'Lite text om dialog, med **fetstil**, en [länk](https://skr.se) och `kod`.\n'.repeat(20)}\n- en punkt\n  - en nivå till\n> ett citat\n\n| A | B |\n|---|---|\n| 1 | 2 |\n`;
    const dir = courseWith({
      name: 'big',
      source: () => HEAD.replace('## Sidan\n\n', '') + pages(130, page),
      line: 0,
      reason: /./,
    }).dir;
    const start = performance.now();
    const course = loadCourse(dir);
    expect(performance.now() - start).toBeLessThan(TIME_BOUND_MS);
    expect(course.modules.find((m) => m.id === 'gamma')?.pages).toHaveLength(130);
  });

  it('a course too large for the offline copy names its largest module', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    dirs.push(dir);
    cpSync('tests/fixtures/course', dir, { recursive: true });
    const page = `${'Lite text om dialog med invånare och om hur en kommun kan lyssna. '.repeat(30)}\n`;
    for (let n = 3; n <= 8; n++) {
      writeFileSync(
        join(dir, `0${n}-m.md`),
        HEAD.replace('gamma', `m${n}`).replace('order: 3', `order: ${n}`).replace('## Sidan\n\n', '') +
          pages(n === 8 ? 120 : 110, page),
      );
    }
    const error = (() => {
      try {
        loadCourse(dir);
      } catch (e) {
        return e as CourseError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CourseError);
    expect(error?.file.endsWith('/08-m.md')).toBe(true);
    expect(error?.reason).toMatch(
      /^the compiled course is \d\.\d MB, over the limit of 1\.5 MB that the offline copy can hold; the largest module is this one \(\d+ KB\): shorten or split the course$/,
    );
  });
});
