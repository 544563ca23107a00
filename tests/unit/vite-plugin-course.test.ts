// The course plugin inside a real Vite build: a broken module fails the build with file, line and
// reason; a good course yields the course chunk, the images and the text version files.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { buildEdition, coursePlugin } from '../../scripts/vite-plugin-course';
import { PRINT_CSP, PRINT_CSS_HASH } from '../../src/core/export/print-html';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-course-'));
  dirs.push(dir);
  return dir;
}

function fixtureCopy(): string {
  const dir = tempDir();
  cpSync('tests/fixtures/course', dir, { recursive: true });
  // A one-line entry that imports the course, so the build needs no app code.
  writeFileSync(join(dir, 'entry.js'), "import course from 'virtual:course';\nconsole.log(course.title);\n");
  return dir;
}

async function buildCourse(dir: string): Promise<Rollup.RollupOutput> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [coursePlugin({ dir })],
    build: { write: false, lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: 'entry' } },
  });
  return (Array.isArray(result) ? result[0] : result) as Rollup.RollupOutput;
}

describe('coursePlugin in a Vite build', () => {
  it('bundles the course and emits its images and text version files', async () => {
    const output = await buildCourse(fixtureCopy());
    const names = output.output.map((o) => o.fileName);
    expect(names).toEqual(
      expect.arrayContaining([
        'images/alfa.svg',
        'images/beta.svg',
        'testkurs-textversion.txt',
        'testkurs-utskrift.html',
        'testkurs-handledarguide.html',
      ]),
    );
    const text = output.output.find((o) => o.fileName === 'testkurs-textversion.txt');
    expect(text?.type === 'asset' && String(text.source)).toContain('MODUL 2: BETA-MODULEN');
    // The build's edition goes into the files and into the course the app downloads from.
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(text?.type === 'asset' && String(text.source)).toContain(`Textversion av kursen, version ${version}, `);
    const code = output.output
      .filter((o) => o.type === 'chunk')
      .map((o) => o.code)
      .join('\n');
    expect(code).toContain('Alfa-modulen');
    expect(code).not.toMatch(/marked|Marked/);
  });

  it('fails the build naming the file, line and reason of a broken module', async () => {
    const dir = fixtureCopy();
    const file = join(dir, '02-beta.md');
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace('- [x] Ja', '- [ ] Ja'));
    const line = source.split('\n').indexOf(':::kunskapskontroll') + 1;
    await expect(buildCourse(dir)).rejects.toThrow(
      `02-beta.md:${line}: kunskapskontroll must have exactly one right option "- [x]", found 0`,
    );
  });
});

/** A copy of the fixture course whose second module has a knowledge check with no right option. */
function brokenCourse(): { dir: string; message: string } {
  const dir = fixtureCopy();
  const file = join(dir, '02-beta.md');
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace('- [x] Ja', '- [ ] Ja'));
  const line = source.split('\n').indexOf(':::kunskapskontroll') + 1;
  return { dir, message: `02-beta.md:${line}: kunskapskontroll must have exactly one right option "- [x]", found 0` };
}

/** The project's own vite.config.ts (player, course plugin, PWA) building `courseDir` into `outDir`. */
async function buildApp(courseDir: string, outDir: string): Promise<unknown> {
  const before = process.env.COURSE_DIR;
  process.env.COURSE_DIR = courseDir;
  try {
    return await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (before === undefined) delete process.env.COURSE_DIR;
    else process.env.COURSE_DIR = before;
  }
}

// Regression: the course was compiled in `load`; the build went on to the PWA plugin, whose
// workbox error ("Couldn't find configuration for either precaching or runtime caching") replaced the
// course's message on a fresh clone, and which wrote a new sw.js over a stale build.
describe('a course error in the full app build', () => {
  it('on a fresh clone (no dist) is the only error, naming file, line and reason', async () => {
    const { dir, message } = brokenCourse();
    const outDir = join(tempDir(), 'dist');
    const error = await buildApp(dir, outDir).then(
      () => null,
      (e: unknown) => e,
    );
    expect(String((error as Error | null)?.message)).toContain(message);
    expect(String((error as Error).message)).not.toMatch(/workbox|precach/i);
    expect(existsSync(outDir)).toBe(false);
  });

  it('leaves a stale build alone: no plugin runs after the course fails', async () => {
    const { dir, message } = brokenCourse();
    const outDir = join(tempDir(), 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'sw.js'), '// stale service worker\n');
    await expect(buildApp(dir, outDir)).rejects.toThrow(message);
    expect(readFileSync(join(outDir, 'sw.js'), 'utf8')).toBe('// stale service worker\n');
  });
});

/** Every built output that carries course text: the course chunk, the text version and the print file. */
async function courseOutputs(dir: string): Promise<Record<string, string>> {
  const output = await buildCourse(dir);
  return Object.fromEntries(
    output.output
      .filter((o) => o.type === 'chunk' || /\.(txt|html)$/.test(o.fileName))
      .map((o) => [o.fileName, o.type === 'chunk' ? o.code : String(o.source)]),
  );
}

describe('what the build writes', () => {
  // Every kind of link and image the rules allow.
  const ALLOWED = [
    '## Länkar och bilder',
    '',
    'Se [SKR](https://skr.se), [http](http://example.se/a?b=1&c=2), <https://skr.se/auto>, www.skr.se,',
    '[mejla](mailto:info@skr.se), <info@skr.se>, [ring](tel:+46101010), [längre ned](#mal) och [filen](images/alfa.svg).',
    'En referenslänk [x][r].',
    '',
    '[r]: https://skr.se/ref',
    '',
    '![Alfa](images/alfa.svg)',
    '',
  ].join('\n');

  it('holds no script, no javascript: address and no event attribute, in any output', async () => {
    const dir = fixtureCopy();
    writeFileSync(join(dir, '01-alfa.md'), `${readFileSync(join(dir, '01-alfa.md'), 'utf8')}\n${ALLOWED}`);
    const outputs = await courseOutputs(dir);
    expect(Object.keys(outputs)).toEqual(
      expect.arrayContaining(['testkurs-textversion.txt', 'testkurs-utskrift.html']),
    );
    expect(Object.values(outputs).join('\n')).toContain('mailto:info@skr.se');
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toMatch(/javascript:/i);
      expect(text, name).not.toMatch(/<script/i);
      expect(text, name).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    }
  });

  it("the print file carries the app's CSP, allowing only its own inline style", async () => {
    const html = (await courseOutputs(fixtureCopy()))['testkurs-utskrift.html'] ?? '';
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`);
    const appCsp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
      readFileSync('index.html', 'utf8'),
    )?.[1];
    expect(PRINT_CSP).toBe(appCsp?.replace("style-src 'self'", `style-src '${PRINT_CSS_HASH}'`));
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(`sha256-${createHash('sha256').update(style).digest('base64')}`).toBe(PRINT_CSS_HASH);
  });
});

describe('index.html of the full app build', () => {
  it('holds the prerendered start page, and only inline scripts the CSP names by hash', async () => {
    const outDir = join(tempDir(), 'dist');
    await buildApp(resolve('tests/fixtures/course'), outDir);
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const app = /<div id="app" data-prerendered>([\s\S]*)<\/div>\s*<noscript>/.exec(html)?.[1] ?? '';
    expect(app).toContain('<h1 class="course-title" tabindex="-1">Testkurs</h1>');
    expect(app).toMatch(/<button type="button" class="button start-action" aria-label="Starta kursen, Modul 1: /);
    expect(app.match(/<li><article class="card/g)?.length).toBe(2);
    // The CSP blocks style attributes in HTML; hydration would not set them again.
    expect(app).not.toMatch(/\sstyle=/);

    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map(([, attributes]) => attributes)).toEqual(['']);
    for (const [, , body] of scripts)
      expect(csp).toContain(
        `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`,
      );
    // The player is fetched by that script: every file it names is in the build.
    const files = [...(scripts[0]?.[2] ?? '').matchAll(/"\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) expect(existsSync(join(outDir, file)), file).toBe(true);
  });
});

describe('buildEdition', () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

  it('is package.json’s version and the day of the build', () => {
    expect(buildEdition({}, new Date('2026-03-04T23:59:00Z'))).toEqual({ version, date: '2026-03-04' });
  });

  it('follows SOURCE_DATE_EPOCH, for a reproducible build', () => {
    expect(buildEdition({ SOURCE_DATE_EPOCH: '1767225600' }, new Date('2030-01-01'))).toEqual({
      version,
      date: '2026-01-01',
    });
    expect(buildEdition({ SOURCE_DATE_EPOCH: 'soon' }, new Date('2026-03-04T12:00:00Z')).date).toBe('2026-03-04');
  });
});
