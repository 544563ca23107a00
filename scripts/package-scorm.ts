// Packs the built app (dist/) into SCORM 1.2 and SCORM 2004 4th Edition zips, checks each package,
// and writes them to dist/scorm/. Run after `vite build`: `npm run package` does both.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { Course } from '../src/core/course/types';
import { buildManifest, type ScormVersion } from './scorm/manifest';
import { checkHtmlReferences, checkManifest } from './scorm/package-check';
import { maxSuspendDataLength, SUSPEND_DATA_LIMIT } from '../src/core/scorm/suspend-data';
import { loadCourse } from './load-course';

export const SCORM_VERSIONS: ScormVersion[] = ['1.2', '2004'];

/** The service worker and web app manifest are for the standalone site; the app never registers them in an LMS. */
const LEFT_OUT = [/^sw\.js(\.map)?$/, /^workbox-.*\.js(\.map)?$/, /^registerSW\.js$/, /^manifest\.webmanifest$/];

/** Text compresses well; images and fonts are compressed already. */
const STORED = /\.(png|jpe?g|webp|gif|avif|woff2?|zip|docx|mp4|webm|mp3)$/i;

/** A fixed timestamp for every entry, so the same build gives byte-identical zips. */
const MTIME = new Date(2020, 0, 1);

/** Every file of the build that goes into a package, as sorted "/"-separated paths. */
export function packageFiles(distDir: string): string[] {
  const root = resolve(distDir);
  const scormDir = join(root, 'scorm');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== scormDir) walk(path);
      } else if (!LEFT_OUT.some((re) => re.test(entry.name))) {
        found.push(relative(root, path).split(sep).join('/'));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** The zip file name, e.g. "medborgardialog-scorm12.zip". */
export function zipName(course: Course, version: ScormVersion): string {
  return `${course.id}-scorm${version === '1.2' ? '12' : '2004'}.zip`;
}

/** Problems found in a package's contents: manifest references and what its HTML pages load. */
export function checkPackage(contents: Record<string, Uint8Array>): string[] {
  const paths = Object.keys(contents);
  const manifest = contents['imsmanifest.xml'];
  if (!manifest) return ['imsmanifest.xml is missing from the package root'];
  const decoder = new TextDecoder();
  return [
    ...checkManifest(decoder.decode(manifest), paths),
    ...paths
      .filter((p) => p.endsWith('.html'))
      .flatMap((p) => checkHtmlReferences(p, decoder.decode(contents[p]), paths)),
  ];
}

/** Builds one package in memory; throws when the package would be broken. */
export function buildPackage(course: Course, version: ScormVersion, distDir: string): Uint8Array {
  const files = packageFiles(distDir);
  if (!files.includes('index.html')) throw new Error(`${distDir}/index.html is missing: run "vite build" first`);
  const zippable: Zippable = { 'imsmanifest.xml': [strToU8(buildManifest(version, { course, files })), { level: 9 }] };
  for (const file of files) zippable[file] = [readFileSync(join(distDir, file)), { level: STORED.test(file) ? 0 : 9 }];
  const zip = zipSync(zippable, { mtime: MTIME });
  const problems = checkPackage(unzipSync(zip));
  if (problems.length > 0) throw new Error(`${zipName(course, version)} is broken:\n  ${problems.join('\n  ')}`);
  return zip;
}

/** Writes both packages to `${distDir}/scorm/` and returns their paths and sizes; COURSE_DIR picks another course, as in vite.config.ts. */
export function packageScorm({
  distDir = 'dist',
  courseDir = process.env.COURSE_DIR ?? 'modules',
} = {}): { path: string; bytes: number }[] {
  const course = loadCourse(courseDir);
  const longest = maxSuspendDataLength(course);
  if (longest > SUSPEND_DATA_LIMIT) {
    throw new Error(
      `this course can need ${longest} characters of cmi.suspend_data, over SCORM 1.2's ${SUSPEND_DATA_LIMIT}: shorten module or page ids ("## Title {#short-id}")`,
    );
  }
  const outDir = join(distDir, 'scorm');
  mkdirSync(outDir, { recursive: true });
  return SCORM_VERSIONS.map((version) => {
    const zip = buildPackage(course, version, distDir);
    const path = join(outDir, zipName(course, version));
    writeFileSync(path, zip);
    return { path, bytes: zip.byteLength };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    // `--dist <folder>` packages another build, e.g. a fixture course built with COURSE_DIR and --outDir.
    const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
    for (const { path, bytes } of packageScorm({ distDir: values.dist }))
      console.log(`${path}  ${(bytes / 1024).toFixed(1)} kB`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
