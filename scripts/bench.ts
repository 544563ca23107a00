// `npm run bench`: builds and packages the course, serves the build, and prints its figures: gzip
// sizes, dist/ total, SCORM zips, Lighthouse (Debian Chromium) mobile and desktop, the start page's
// first paint against a blank Vite + Preact page's, and page-turn timing. Exits non-zero when a
// budget is broken.
import { execFile, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import preact from '@preact/preset-vite';
import { build, preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium, openPage } from '../tests/e2e/browser';
import { loadCourse } from './load-course';
import { measureNavigation, summarize } from './navigation-timing';
import { kb, measureBuild, PLAYER_BUDGET, reportSizes, totalBytes } from './size';

/** Each SCORM zip, in bytes (300 KB: small enough for an LMS's upload limit). */
const ZIP_BUDGET = 300_000;
/** Lighthouse mobile performance, accessibility and best practices, 0–100. */
const LIGHTHOUSE_BUDGET = 98;
/** Mobile runs per page: scores vary from run to run, so the median run counts (as Lighthouse advises). */
const MOBILE_RUNS = 5;
/** The start page's LCP against a blank Vite + Preact page's, measured in the same session: a course should paint as soon as an empty page does. */
const BLANK_LCP_RATIO = 1.1;

const DIST = 'dist';
const failures: string[] = [];
const budget = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
  return ok ? 'OK' : 'OVER BUDGET';
};

/** Runs an npm script with the terminal attached; resolves to its exit code. */
function npmRun(script: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit', env: process.env });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

interface Lhr {
  categories: Record<'performance' | 'accessibility' | 'best-practices', { score: number | null }>;
  audits: Record<string, { numericValue?: number; score: number | null; title: string }>;
  runtimeError?: { message: string };
}

/** One Lighthouse run through its CLI (a child process, so this process keeps serving the build). */
async function lighthouse(
  url: string,
  preset: 'mobile' | 'desktop',
): Promise<{ figures: LighthouseFigures; failing: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'lighthouse-'));
  const output = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        'node_modules/lighthouse/cli/index.js',
        url,
        '--quiet',
        `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        '--only-categories=performance,accessibility,best-practices',
        '--output=json',
        `--output-path=${output}`,
        ...(preset === 'desktop' ? ['--preset=desktop'] : []),
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 16 * 1024 * 1024 },
    );
    const lhr = JSON.parse(readFileSync(output, 'utf8')) as Lhr;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (id: keyof Lhr['categories']) => Math.round((lhr.categories[id].score ?? 0) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    // Audits that lost points, so a score under budget says why.
    const failing = Object.entries(lhr.audits)
      .filter(([, audit]) => audit.score !== null && audit.score < 0.9 && !Number.isNaN(audit.score))
      .map(([id, audit]) => `${id}: ${audit.title}`);
    return {
      figures: {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        fcpMs: value('first-contentful-paint'),
        lcpMs: value('largest-contentful-paint'),
        tbtMs: value('total-blocking-time'),
        cls: value('cumulative-layout-shift'),
      },
      failing,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printSizes(): void {
  console.log('\n## Size');
  if (!reportSizes(measureBuild(DIST))) failures.push(`player JS+CSS over ${kb(PLAYER_BUDGET)} gzip`);
  const scormDir = join(DIST, 'scorm');
  const total = totalBytes(DIST);
  console.log(
    `dist/ total:   ${total} bytes (${kb(total)})${existsSync(scormDir) ? ', with the SCORM zips in dist/scorm/' : ''}`,
  );
  const zips = existsSync(scormDir) ? readdirSync(scormDir).filter((n) => n.endsWith('.zip')) : [];
  if (zips.length === 0) {
    console.log('SCORM zips:    skipped, dist/scorm/*.zip not found (no "npm run package" script, or it failed)');
    return;
  }
  for (const zip of zips.sort()) {
    const bytes = statSync(join(scormDir, zip)).size;
    console.log(
      `SCORM zip:     ${zip} ${bytes} bytes (${kb(bytes)}), budget ${kb(ZIP_BUDGET)}: ${budget(bytes <= ZIP_BUDGET, `${zip} over ${kb(ZIP_BUDGET)}`)}`,
    );
  }
}

async function printLighthouse(pages: { name: string; url: string }[]): Promise<void> {
  console.log('\n## Lighthouse 12 (Debian Chromium; mobile = simulated slow 4G and 4× CPU slowdown)');
  console.log('page          preset   perf  a11y  best   FCP ms  LCP ms  TBT ms  CLS');
  for (const page of pages) {
    for (const preset of ['mobile', 'desktop'] as const) {
      const runs = [];
      for (let i = 0; i < (preset === 'mobile' ? MOBILE_RUNS : 1); i++) runs.push(await lighthouse(page.url, preset));
      runs.sort((a, b) => a.figures.performance - b.figures.performance);
      const { figures: f, failing } = runs[Math.floor(runs.length / 2)] as (typeof runs)[number];
      const spread =
        runs.length > 1
          ? `   (median of ${runs.length} runs, performance ${runs.map((r) => r.figures.performance).join(', ')})`
          : '';
      const row = `${page.name.padEnd(13)} ${preset.padEnd(8)} ${String(f.performance).padStart(4)}  ${String(f.accessibility).padStart(4)}  ${String(f.bestPractices).padStart(4)}  ${f.fcpMs.toFixed(0).padStart(7)} ${f.lcpMs.toFixed(0).padStart(7)} ${f.tbtMs.toFixed(0).padStart(7)}  ${f.cls.toFixed(3)}${spread}`;
      console.log(row);
      if (preset === 'mobile') {
        for (const [name, value] of [
          ['performance', f.performance],
          ['accessibility', f.accessibility],
          ['best practices', f.bestPractices],
        ] as const) {
          if (value < LIGHTHOUSE_BUDGET) {
            failures.push(`Lighthouse mobile ${name} on ${page.name}: ${value} < ${LIGHTHOUSE_BUDGET}`);
            for (const audit of failing) console.log(`    lost points: ${audit}`);
          }
        }
      }
    }
  }
}

/**
 * Builds the smallest Vite + Preact page (a heading and a line, rendered by script) in a folder of
 * its own under node_modules/.cache, where `preact` resolves, and serves it. Returns its URL and server.
 */
async function serveBlankPage(): Promise<{ url: string; server: PreviewServer; dir: string }> {
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = resolve(mkdtempSync(join('node_modules/.cache', 'bench-blank-')));
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A blank page to compare with." />
    <link rel="icon" href="data:," />
    <title>Blank</title>
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="./main.jsx"></script>
  </body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'main.jsx'),
    `import { render } from 'preact';
render(<main><h1>Medborgardialog</h1><p>En utbildning för förtroendevalda och tjänstepersoner</p></main>, document.getElementById('app'));
`,
  );
  const config = { configFile: false as const, root: dir, base: './', logLevel: 'warn' as const, plugins: [preact()] };
  await build(config);
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server for the blank page has no port');
  return { url: `http://127.0.0.1:${address.port}/`, server, dir };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Lighthouse mobile on the start page and the blank page in turn, MOBILE_RUNS each; medians and the ratio. */
async function printBlankComparison(startUrl: string): Promise<void> {
  console.log(
    `\n## First paint against a blank Vite + Preact page (Lighthouse mobile, interleaved, median of ${MOBILE_RUNS})`,
  );
  const blank = await serveBlankPage();
  try {
    const runs: Record<'start' | 'blank', LighthouseFigures[]> = { start: [], blank: [] };
    for (let i = 0; i < MOBILE_RUNS; i++) {
      runs.start.push((await lighthouse(startUrl, 'mobile')).figures);
      runs.blank.push((await lighthouse(blank.url, 'mobile')).figures);
    }
    const figures = (page: 'start' | 'blank') => ({
      fcp: median(runs[page].map((f) => f.fcpMs)),
      lcp: median(runs[page].map((f) => f.lcpMs)),
      cls: Math.max(...runs[page].map((f) => f.cls)),
    });
    const start = figures('start');
    const blankPage = figures('blank');
    console.log('page          FCP ms  LCP ms  CLS (worst run)');
    for (const [name, f] of [
      ['start page', start],
      ['blank page', blankPage],
    ] as const)
      console.log(
        `${name.padEnd(13)} ${f.fcp.toFixed(0).padStart(6)} ${f.lcp.toFixed(0).padStart(7)}  ${f.cls.toFixed(3)}`,
      );
    const ratio = start.lcp / blankPage.lcp;
    console.log(
      `LCP ratio:    ${ratio.toFixed(2)}× the blank page (FCP ${(start.fcp / blankPage.fcp).toFixed(2)}×), goal ≤ ${BLANK_LCP_RATIO}×: ${budget(ratio <= BLANK_LCP_RATIO, `start page LCP ${ratio.toFixed(2)}× a blank page's`)}`,
    );
  } finally {
    await blank.server.close();
    rmSync(blank.dir, { recursive: true, force: true });
  }
}

async function printNavigation(baseUrl: string): Promise<void> {
  console.log('\n## Page turn: Nästa click to the next heading on screen (every page of every module)');
  const course = loadCourse(process.env.COURSE_DIR ?? 'modules');
  const browser = await launchChromium();
  try {
    for (const slowdown of [1, 4]) {
      const { context, page } = await openPage(browser);
      if (slowdown > 1)
        await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      const s = summarize(await measureNavigation(page, baseUrl, course));
      const label = slowdown === 1 ? 'no slowdown ' : `${slowdown}× CPU slowdown`;
      const verdict =
        slowdown === 1 ? `: ${budget(s.medianFrames <= 1, `page turn median ${s.medianFrames} frames`)}` : '';
      console.log(
        `${label}: ${s.count} turns, median frame ${s.medianFrames} (worst ${s.maxFrames}), painted after median ${s.medianPaintedMs.toFixed(1)} ms (worst ${s.maxPaintedMs.toFixed(1)} ms)${verdict}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const build = JSON.parse(readFileSync('package.json', 'utf8')).scripts?.package ? 'package' : 'build';
  console.log(`## Build (npm run ${build})`);
  if ((await npmRun(build)) !== 0) throw new Error(`npm run ${build} failed`);
  printSizes();

  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
  try {
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('preview server has no port');
    const baseUrl = `http://127.0.0.1:${address.port}/`;
    const course = loadCourse(process.env.COURSE_DIR ?? 'modules');
    const first = course.modules[0];
    const modulePage = first?.pages[0]
      ? [{ name: 'module page', url: `${baseUrl}#/modul/${first.id}/${first.pages[0].id}` }]
      : [];
    await printLighthouse([{ name: 'start page', url: baseUrl }, ...modulePage]);
    await printBlankComparison(baseUrl);
    await printNavigation(baseUrl);
  } finally {
    await server.close();
  }

  console.log(
    failures.length === 0 ? '\nAll budgets met.' : `\nBudgets broken:\n${failures.map((f) => `  - ${f}`).join('\n')}`,
  );
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
