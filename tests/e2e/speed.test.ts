// Speed in Chromium: turning a page renders the next page in the first frame after the click.
import type { Browser } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { measureNavigation, summarize } from '../../scripts/navigation-timing';
import { courseUnderTest, openPage, useChromium } from './browser';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');

let browser: Browser;
useChromium((launched) => (browser = launched));

it('renders the next page in the first frame after Nästa', async () => {
  const { context, page } = await openPage(browser);
  const samples = await measureNavigation(page, baseUrl, course);
  const summary = summarize(samples);
  expect(summary.count).toBe(course.modules.reduce((n, m) => n + m.pages.length, 0));
  // The median, not every sample: a busy CI machine can drop the odd frame.
  expect(summary.medianFrames, JSON.stringify(samples)).toBe(1);
  expect(summary.maxFrames, JSON.stringify(samples)).toBeLessThanOrEqual(3);
  await context.close();
});
