// A fresh clone has nothing beside it: no source, script or test may reach outside the repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const REPO = resolve('.');
const ROOTS = ['src', 'scripts', 'tests', '.ci', 'vite.config.ts', 'package.json', 'index.html'];
// Relative paths in string literals or shell words, e.g. '../../src/x', or the team's material folder beside the repository.
const RELATIVE_PATH = /(?<![\w.\/])((?:\.\.\/)+[\w.\-\/]*)/g;

function* files(path: string): Generator<string> {
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const name of readdirSync(path)) {
    if (name !== 'node_modules') yield* files(join(path, name));
  }
}

/** Lines in `file` naming a path that resolves outside the repository (or the team's material folder beside it). */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const [, path = ""] of line.matchAll(RELATIVE_PATH)) {
      const target = relative(REPO, resolve(dirname(file), path));
      if (target.startsWith('..') || /(^|\/)shared\//.test(path)) found.push(`${file}:${i + 1}: ${path}`);
    }
    if (/\/work\/shared|\.\.\/shared\b/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('repository boundary', () => {
  test('the check catches a path that leaves the repository', () => {
    // Built, so that this file does not itself name the folder it forbids.
    const sharedPath = ['..', '..', '..', 'shared', 'schemas', 'a.xsd'].join('/');
    expect(outsideReferences('tests/unit/x.test.ts', `const s = '${sharedPath}';`)).toHaveLength(2);
    expect(outsideReferences('tests/unit/x.test.ts', "import { a } from '../../src/a';")).toEqual([]);
  });

  test('nothing in src, scripts, tests or CI reads outside the repository', () => {
    const offenders: string[] = [];
    for (const root of ROOTS) {
      for (const file of files(root)) {
        if (file.endsWith('repo-boundary.test.ts') || file.endsWith('.xsd') || file.endsWith('.dtd')) continue;
        offenders.push(...outsideReferences(file, readFileSync(file, 'utf8')));
      }
    }
    expect(offenders).toEqual([]);
  });
});
