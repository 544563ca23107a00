// The course plugin inside a real Vite build: a broken module fails the build with file, line and
// reason; a good course yields the course chunk, the images and the text version files.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { coursePlugin } from '../../scripts/vite-plugin-course';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'plugin-course-'));
  dirs.push(dir);
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
    expect(names).toEqual(expect.arrayContaining(['images/alfa.svg', 'images/beta.svg', 'testkurs-textversion.txt', 'testkurs-utskrift.html']));
    const text = output.output.find((o) => o.fileName === 'testkurs-textversion.txt');
    expect(text?.type === 'asset' && String(text.source)).toContain('MODUL 2: BETA-MODULEN');
    const code = output.output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
    expect(code).toContain('Alfa-modulen');
    expect(code).not.toMatch(/marked|Marked/);
  });

  it('fails the build naming the file, line and reason of a broken module', async () => {
    const dir = fixtureCopy();
    const file = join(dir, '02-beta.md');
    const source = readFileSync(file, 'utf8');
    writeFileSync(file, source.replace('- [x] Ja', '- [ ] Ja'));
    const line = source.split('\n').indexOf(':::kunskapskontroll') + 1;
    await expect(buildCourse(dir)).rejects.toThrow(`02-beta.md:${line}: kunskapskontroll must have exactly one right option "- [x]", found 0`);
  });
});
