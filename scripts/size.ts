// `npm run size`: gzip bytes of the built player (JS+CSS) and of the course data, against the budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The player's JS+CSS budget in gzip bytes (25 KB: the first paint on a slow phone waits for it). */
export const PLAYER_BUDGET = 25_000;

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BuildSizes {
  /** The JS and CSS every learner loads: index.html's script and style sheets and their static imports. */
  player: FileSize[];
  /** Chunks loaded only when needed (the SCORM connection in an LMS, the facilitator view …). */
  lazy: FileSize[];
  /** The chunk Vite makes of `virtual:course`: the compiled course text. */
  course: FileSize[];
  playerGzip: number;
  lazyGzip: number;
  courseGzip: number;
}

/**
 * Asset names index.html loads (its tags, and the list its inline script fetches the player from after
 * the first paint), and every chunk they import statically (`import … from "./x.js"`).
 */
function initialAssets(dist: string): Set<string> {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/["']\.\/assets\/([^"']+\.(?:js|css))["']/g)].map((m) => m[1] as string);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    if (!name.endsWith('.js')) continue;
    const source = readFileSync(join(dist, 'assets', name), 'utf8');
    // Static imports only: `import(...)` is what makes a chunk lazy.
    for (const m of source.matchAll(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+)["']/g))
      queue.push(m[1] as string);
  }
  return seen;
}

const sum = (files: FileSize[], key: 'bytes' | 'gzip') => files.reduce((total, f) => total + f[key], 0);

/** True for the chunk holding the compiled course (`_virtual_course-<hash>.js`). */
export const isCourseChunk = (name: string) => /course/i.test(name);

/** Sizes of the build in `dist`; gzip at zlib's default level, as Vite reports it. */
export function measureBuild(dist = 'dist'): BuildSizes {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) throw new Error(`${assets} is missing: run "npm run build" first`);
  const files = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .sort()
    .map((name): FileSize => {
      const source = readFileSync(join(assets, name));
      return { file: relative(dist, join(assets, name)), bytes: source.length, gzip: gzipSync(source).length };
    });
  const initial = initialAssets(dist);
  const name = (f: FileSize) => f.file.replace(/^assets\//, '');
  const course = files.filter((f) => isCourseChunk(name(f)));
  const player = files.filter((f) => !course.includes(f) && initial.has(name(f)));
  const lazy = files.filter((f) => !course.includes(f) && !initial.has(name(f)));
  return {
    player,
    lazy,
    course,
    playerGzip: sum(player, 'gzip'),
    lazyGzip: sum(lazy, 'gzip'),
    courseGzip: sum(course, 'gzip'),
  };
}

/** Total bytes of every file under `dir`. */
export function totalBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .reduce((total, path) => total + statSync(path).size, 0);
}

export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** Prints the table and returns whether the player is within budget. */
export function reportSizes(sizes: BuildSizes, log: (line: string) => void = console.log): boolean {
  for (const f of [...sizes.player, ...sizes.lazy, ...sizes.course])
    log(`  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(9)}  gzip ${kb(f.gzip).padStart(8)}`);
  const ok = sizes.playerGzip <= PLAYER_BUDGET;
  log(
    `Player JS+CSS: ${sizes.playerGzip} bytes gzip (${kb(sizes.playerGzip)}), budget ${kb(PLAYER_BUDGET)}: ${ok ? 'OK' : 'OVER BUDGET'}`,
  );
  log(`Lazy chunks:   ${sizes.lazyGzip} bytes gzip (${kb(sizes.lazyGzip)}), loaded only when needed`);
  log(`Course data:   ${sizes.courseGzip} bytes gzip (${kb(sizes.courseGzip)})`);
  return ok;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    if (!reportSizes(measureBuild())) process.exitCode = 1;
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
