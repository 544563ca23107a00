// Measures page-to-page navigation in the browser: from the Nästa click to the frame that first
// shows the next page's heading. Used by `npm run bench` and tests/e2e/speed.test.ts.
import type { Page } from 'playwright-core';
import type { Course } from '../src/core/course/types';

/** One navigation: the frame (1 = the first frame after the click) and milliseconds after the click. */
export interface NavigationSample {
  /** Animation frames from the click until the one that rendered the new heading. */
  frames: number;
  /** Click to the start of that frame (its requestAnimationFrame time). */
  frameStartMs: number;
  /** Click to the first task after that frame, i.e. after it was painted. */
  paintedMs: number;
}

/**
 * In-page recorder, as source text because node-side code has no DOM types. A capture-phase click
 * listener starts a requestAnimationFrame loop that stops at the first frame in which
 * #page-title is a new element (screens are keyed by page, so each page renders a new heading).
 */
const RECORDER = `(() => {
  const samples = [];
  window.__navigationSamples = samples;
  document.addEventListener('click', (event) => {
    const before = document.getElementById('page-title');
    const start = event.timeStamp;
    let frames = 0;
    const check = (frameTime) => {
      frames += 1;
      const heading = document.getElementById('page-title');
      if (heading && heading !== before) {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => samples.push({ frames, frameStartMs: frameTime - start, paintedMs: performance.now() - start });
        channel.port2.postMessage(null);
      } else if (frames < 120) {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }, true);
})();`;

/** The recorder's state in the page, typed through globalThis: this node-side module has no DOM types. */
type Recorded = { __navigationSamples: NavigationSample[] };
const samplesIn = (page: Page) => page.evaluate(() => (globalThis as unknown as Recorded).__navigationSamples.length);

/** Clicks Nästa through every page of every module of `course`, one sample per click. */
export async function measureNavigation(page: Page, baseUrl: string, course: Course): Promise<NavigationSample[]> {
  await page.addInitScript(RECORDER);
  const samples: NavigationSample[] = [];
  for (const module of course.modules) {
    const first = module.pages[0];
    if (!first) continue;
    await page.goto(`${baseUrl}#/modul/${module.id}/${first.id}`);
    await page.getByRole('heading', { level: 2, name: first.title, exact: true }).waitFor();
    const start = await samplesIn(page);
    for (let i = 0; i < module.pages.length; i++) {
      const count = await samplesIn(page);
      await page.getByRole('button', { name: 'Nästa' }).click();
      await page.waitForFunction((n) => (globalThis as unknown as Recorded).__navigationSamples.length > n, count);
    }
    samples.push(
      ...(await page.evaluate((from) => (globalThis as unknown as Recorded).__navigationSamples.slice(from), start)),
    );
  }
  return samples;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Median and worst of the samples. */
export function summarize(samples: NavigationSample[]) {
  return {
    count: samples.length,
    medianFrames: median(samples.map((s) => s.frames)),
    maxFrames: Math.max(...samples.map((s) => s.frames)),
    medianPaintedMs: median(samples.map((s) => s.paintedMs)),
    maxPaintedMs: Math.max(...samples.map((s) => s.paintedMs)),
  };
}
