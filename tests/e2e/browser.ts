// Launches Debian's Chromium through playwright-core for the end-to-end tests.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { Course } from '../../src/core/course/types';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that let Chromium run headless as root in a sandbox with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** One Chromium for a test file: launched before its tests (handed to `onLaunch`), closed after them. */
export function useChromium(onLaunch: (browser: Browser) => void): void {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
    onLaunch(launched);
  });
  afterAll(async () => {
    await launched?.close();
  });
}

/** The course the build under test was made from: modules/, or COURSE_DIR when set. */
export function courseUnderTest(): Course {
  return loadCourse(process.env.COURSE_DIR ?? 'modules');
}

/** A fresh context (own storage) and page; page errors fail the test that reads `errors`. */
export async function openPage(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: 'sv-SE', ...options });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { context, page, errors };
}

/**
 * Waits until the player has taken over the page (main.tsx marks #app): index.html already shows the
 * prerendered start page, so a heading there says nothing about the player, its storage or its keys.
 */
export async function playerReady(page: Pick<Page, 'locator'>): Promise<void> {
  await page.locator('#app[data-ready]').waitFor({ state: 'attached' });
}

/**
 * Holds back every script of the build until the returned function is called: what a slow phone
 * shows between the HTML and the player.
 */
export async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}
