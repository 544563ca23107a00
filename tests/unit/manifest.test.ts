import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { buildPackage, checkPackage, packageFiles } from '../../scripts/package-scorm';
import { buildManifest, fileHref, type ScormVersion } from '../../scripts/scorm/manifest';
import { checkHtmlReferences, checkManifest, manifestLaunch } from '../../scripts/scorm/package-check';

const SCHEMAS: Record<ScormVersion, string> = {
  '1.2': 'tests/schemas/scorm12/scorm12-all.xsd',
  '2004': 'tests/schemas/scorm2004-4th/scorm2004-all.xsd',
};

const course = {
  ...loadCourse('tests/fixtures/course'),
  title: 'Dialog & delaktighet <grund>',
  description: 'Om "dialog" & inflytande.',
};
const work = mkdtempSync(join(tmpdir(), 'scorm-manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small build output with the files a real one has, plus the ones a package must leave out. */
function fakeDist(name: string): string {
  const dist = join(work, name);
  const files: Record<string, string> = {
    'index.html':
      '<!doctype html><link rel="icon" href="./favicon.svg"><script type="module" src="./assets/index-abc.js"></script><a href="https://skr.se">SKR</a>',
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'assets/index-abc.js': 'console.log(1)',
    'images/bild med å.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    'sw.js': '',
    'workbox-1234.js': '',
    'registerSW.js': '',
    'manifest.webmanifest': '{}',
    'scorm/old.zip': '',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dist, path, '..'), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const dist = fakeDist('dist');

/** Runs xmllint against the official schemas; returns its exit status and messages. */
function validate(version: ScormVersion, xml: string): { ok: boolean; output: string } {
  const file = join(work, `imsmanifest-${version}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    const output = execFileSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMAS[version], file], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { status?: number; stderr?: string };
    if (e.status === undefined) throw new Error('xmllint is not installed: apt-get install libxml2-utils');
    return { ok: false, output: e.stderr ?? '' };
  }
}

describe('package contents', () => {
  test('every build file goes in, except dist/scorm and the service worker files', () => {
    expect(packageFiles(dist)).toEqual(['assets/index-abc.js', 'favicon.svg', 'images/bild med å.svg', 'index.html']);
  });

  test('file hrefs are URI-encoded per segment', () => {
    expect(fileHref('images/bild med å.svg')).toBe('images/bild%20med%20%C3%A5.svg');
  });
});

describe.each(['1.2', '2004'] as const)('SCORM %s package', (version) => {
  const contents = unzipSync(buildPackage(course, version, dist));
  const manifest = strFromU8(contents['imsmanifest.xml']!);

  test('validates against the official schemas', () => {
    const result = validate(version, manifest);
    expect(result.ok, result.output).toBe(true);
  });

  test('passes the checks schemas miss, and holds the build files at its root', () => {
    expect(checkPackage(contents)).toEqual([]);
    expect(Object.keys(contents).sort()).toEqual([
      'assets/index-abc.js',
      'favicon.svg',
      'images/bild med å.svg',
      'imsmanifest.xml',
      'index.html',
    ]);
  });

  test('launches the app with its version and carries title, description and language, escaped', () => {
    expect(manifest).toContain(`href="index.html?scorm=${version === '1.2' ? '12' : '2004'}"`);
    expect(manifest).toContain('Dialog &amp; delaktighet &lt;grund&gt;');
    expect(manifest).toContain('Om "dialog" &amp; inflytande.');
    expect(manifest).toMatch(version === '1.2' ? /<imsmd:language>sv<\/imsmd:language>/ : /<language>sv<\/language>/);
    expect(manifest).toContain(
      version === '1.2' ? '<schemaversion>1.2</schemaversion>' : '<schemaversion>2004 4th Edition</schemaversion>',
    );
  });

  test('an LMS reads back its version, title and launch page', () => {
    expect(manifestLaunch(manifest)).toEqual({
      version,
      title: course.title,
      href: `index.html?scorm=${version === '1.2' ? '12' : '2004'}`,
    });
  });

  test('the schema check is real: a wrong ADL value fails', () => {
    const broken =
      version === '1.2'
        ? manifest.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"')
        : manifest.replace('tracked="true"', 'tracked="maybe"');
    expect(broken).not.toBe(manifest);
    expect(validate(version, broken).ok).toBe(false);
  });
});

describe('checks schemas miss', () => {
  const files = ['index.html', 'a.js'];
  const manifest = buildManifest('2004', { course, files });

  test('a dangling identifierref', () => {
    expect(
      checkManifest(manifest.replace('identifierref="RES-testkurs"', 'identifierref="RES-nowhere"'), files),
    ).toContain('item "ITEM-testkurs" has a dangling identifierref "RES-nowhere"');
  });

  test('a default organization that names none', () => {
    expect(checkManifest(manifest.replace('default="ORG-testkurs"', 'default="ORG-x"'), files)).toContain(
      'organizations@default "ORG-x" names no organization',
    );
  });

  test('a listed file that is missing, and a file that is not listed', () => {
    expect(checkManifest(manifest, ['index.html', 'b.js'])).toEqual([
      'file href "a.js" is not in the package',
      '"b.js" is in the package but not listed in the manifest',
    ]);
  });

  test('hrefs outside the package', () => {
    const outside = manifest.replace(
      '<file href="a.js"/>',
      '<file href="https://cdn.example/a.js"/><file href="/a.js"/><file href="../a.js"/>',
    );
    expect(checkManifest(outside, files)).toEqual([
      'file href "https://cdn.example/a.js" points outside the package',
      'file href "/a.js" is root-relative, so it breaks when the LMS serves the package from a folder',
      'file href "../a.js" climbs out of the package',
      '"a.js" is in the package but not listed in the manifest',
    ]);
  });

  test('what an HTML page loads must be in the package; links may go anywhere', () => {
    const html =
      '<script src="/assets/x.js"></script><img src="https://x.example/a.png"><link rel="stylesheet" href="css/missing.css"><img src="data:image/png;base64,AA"><a href="https://skr.se">SKR</a>';
    expect(checkHtmlReferences('sub/page.html', html, ['sub/page.html'])).toEqual([
      'sub/page.html: "/assets/x.js" is root-relative, so it breaks when the LMS serves the package from a folder',
      'sub/page.html: "https://x.example/a.png" points outside the package',
      'sub/page.html: "css/missing.css" is not in the package',
    ]);
  });

  test('a broken package is refused when it is built', () => {
    const broken = fakeDist('broken');
    writeFileSync(join(broken, 'index.html'), '<script src="/assets/index-abc.js"></script>');
    expect(() => buildPackage(course, '1.2', broken)).toThrow(/root-relative/);
  });
});
