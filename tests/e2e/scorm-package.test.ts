// The SCORM zips `npm run package` wrote: manifests valid against the official schemas, and the
// checks schemas miss (dangling references, default organization, listed files, nothing outside).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPackage, packageFiles, SCORM_VERSIONS, zipName } from '../../scripts/package-scorm';
import { manifestLaunch } from '../../scripts/scorm/package-check';
import { loadCourse } from '../../scripts/load-course';
import { courseUnderTest } from './browser';
import { FIXTURE_BUILDS } from './builds';

/** The course's packages (another build's folder with SCORM_DIST_DIR) and the English fixture's. */
const BUILDS = [
  { name: 'the course', course: courseUnderTest(), distDir: process.env.SCORM_DIST_DIR ?? 'dist' },
  {
    name: 'the English course',
    course: loadCourse(FIXTURE_BUILDS.english.courseDir),
    distDir: FIXTURE_BUILDS.english.outDir,
  },
];
const SCHEMAS = {
  '1.2': 'tests/schemas/scorm12/scorm12-all.xsd',
  '2004': 'tests/schemas/scorm2004-4th/scorm2004-all.xsd',
};
const work = mkdtempSync(join(tmpdir(), 'scorm-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(BUILDS.flatMap((build) => SCORM_VERSIONS.map((version) => ({ ...build, version }))))(
  '$name: the SCORM $version zip',
  ({ course, distDir, version }) => {
    const path = join(distDir, 'scorm', zipName(course, version));

    it('exists, holds the whole build and a valid manifest', () => {
      if (!existsSync(path))
        throw new Error(`${path} is missing: run "npm run package" and "npm run build:fixtures" before the e2e tests`);
      const zip = readFileSync(path);
      const contents = unzipSync(zip);
      console.log(`[scorm] ${path}: ${(zip.byteLength / 1024).toFixed(1)} kB, ${Object.keys(contents).length} files`);

      expect(Object.keys(contents).sort()).toEqual(['imsmanifest.xml', ...packageFiles(distDir)].sort());
      expect(
        Object.keys(contents).filter((f) =>
          /(^|\/)(sw\.js|workbox-[^/]*\.js|registerSW\.js|manifest\.webmanifest)$/.test(f),
        ),
      ).toEqual([]);
      expect(checkPackage(contents)).toEqual([]);

      const manifest = strFromU8(contents['imsmanifest.xml']!);
      expect(manifestLaunch(manifest)).toEqual({
        version,
        title: course.title,
        href: `index.html?scorm=${version === '1.2' ? '12' : '2004'}`,
      });
      // The package's player speaks the course's language (index.html is made from the course).
      expect(strFromU8(contents['index.html']!)).toContain(`<html lang="${course.language}"`);
      const file = join(work, `imsmanifest-${course.id}-${version}.xml`);
      writeFileSync(file, manifest);
      // Throws with xmllint's messages when the manifest does not validate.
      execFileSync('xmllint', ['--nonet', '--noout', '--schema', SCHEMAS[version], file], { stdio: 'pipe' });
    });
  },
);
