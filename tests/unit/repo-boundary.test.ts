// A fresh clone has nothing beside it: no source, script or test may reach outside the repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const REPO = resolve('.');
const ROOTS = ['src', 'scripts', 'tests', '.ci', 'vite.config.ts', 'package.json', 'index.html'];
// Relative paths in string literals or shell words, e.g. '../../src/x', or the team's material folder beside the repository.
const RELATIVE_PATH = /(?<![\w./])((?:\.\.\/)+[\w.\-/]*)/g;

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
    for (const [, path = ''] of line.matchAll(RELATIVE_PATH)) {
      const target = relative(REPO, resolve(dirname(file), path));
      if (target.startsWith('..') || /(^|\/)shared\//.test(path)) found.push(`${file}:${i + 1}: ${path}`);
    }
    if (/\/work\/shared|\.\.\/shared\b/.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/** Relative imports in `file` that land in a folder its runtime must not use. */
function crossRuntimeImports(file: string, text: string, forbidden: string[]): string[] {
  return [...text.matchAll(IMPORT)]
    .map(([, path = '']) => relative(REPO, resolve(dirname(file), path)))
    .filter((target) => forbidden.some((folder) => target.startsWith(folder)))
    .map((target) => `${file} imports ${target}`);
}

describe('runtime folders', () => {
  // The tsconfigs keep each folder's globals apart; this keeps the imports apart, so no browser or
  // build-time code reaches pure code's callers through an import.
  const RULES: [string, string[]][] = [
    ['src/core', ['src/app', 'scripts', 'tests']],
    ['src/app', ['scripts', 'tests']],
  ];
  for (const [folder, forbidden] of RULES) {
    test(`${folder} imports nothing from ${forbidden.join(', ')}`, () => {
      const offenders = [...files(folder)].flatMap((file) =>
        crossRuntimeImports(file, readFileSync(file, 'utf8'), forbidden),
      );
      expect(offenders).toEqual([]);
    });
  }

  test('the check catches pure code importing the browser app', () => {
    expect(crossRuntimeImports('src/core/x.ts', "import { a } from '../app/state/a';", ['src/app'])).toEqual([
      'src/core/x.ts imports src/app/state/a',
    ]);
  });
});

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
