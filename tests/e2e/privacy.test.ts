// Privacy in Chromium: a whole session sends no request off the app's origin, and the
// Content-Security-Policy allows what the app needs (no violation), blocks the rest, and works
// with the course inside an LMS frame.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sv } from '../../src/core/messages';
import type { CheckBlock, Module } from '../../src/core/course/types';
import { courseUnderTest, openPage, useChromium } from './browser';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const firstModule = course.modules[0] as Module;

let browser: Browser;
useChromium((launched) => (browser = launched));

/** Collects every `securitypolicyviolation` event of every frame into `window.cspViolations`. */
async function recordCspViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const record = window as unknown as { cspViolations: string[] };
    record.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      record.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
}
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function walkModule(page: Page, module: Module) {
  for (const p of module.pages) {
    await page.getByRole('heading', { level: 2, name: p.title, exact: true }).waitFor();
    const checks = p.blocks.filter((b): b is CheckBlock => b.kind === 'kunskapskontroll');
    for (const [n, check] of checks.entries()) {
      const section = page.locator('section.check').nth(n);
      await section.getByRole('radio').nth(check.correct).check();
      await section.getByRole('button', { name: 'Svara' }).click();
      await section.getByText(sv.right(check.correct)).waitFor();
    }
    const notes = page.getByRole('textbox', { name: /Dina anteckningar/ });
    if (await notes.count()) await notes.first().fill('En anteckning som bara ska finnas här.');
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByRole('heading', { level: 2, name: 'Modulen är klar' }).waitFor();
}

describe('privacy', () => {
  it('sends no request to another origin in a whole session', async () => {
    const { context, page, errors } = await openPage(browser, { acceptDownloads: true });
    await recordCspViolations(context);
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));

    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await page.getByRole('link', { name: new RegExp(escapeRegExp(firstModule.title)) }).click();
    await walkModule(page, firstModule);
    await page.getByRole('link', { name: 'Alla moduler' }).first().click();
    await page.getByRole('checkbox', { name: 'Ta med mina anteckningar' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner textversion' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    await page.getByRole('link', { name: 'Utskriftsversion' }).click();
    await page.getByRole('heading', { level: 1, name: `${course.title}: textversion` }).waitFor();
    await page.getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' }).waitFor();

    // The session did load the app and its course images from the server, and nothing else.
    expect(requests.some((url) => url.includes('/assets/'))).toBe(true);
    expect(requests.some((url) => url.includes('/images/'))).toBe(true);
    const foreign = requests.filter((url) => new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a CSP that blocks inline scripts and other origins, and says so', async () => {
    const { context, page, errors } = await openPage(browser);
    await recordCspViolations(context);
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    // A meta CSP cannot say frame-ancestors (Chromium logs an error), and the LMS frames us anyway.
    expect(policy).not.toContain('frame-ancestors');

    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.head.append(script);
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.gif';
      image.alt = '';
      document.body.append(image);
    });
    await expect.poll(() => cspViolations(page)).toHaveLength(2);
    expect(await cspViolations(page)).toEqual([
      'script-src-elem blocked inline',
      'img-src blocked https://tracker.example/pixel.gif',
    ]);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(errors.every((e) => e.includes('Content Security Policy'))).toBe(true);
    await context.close();
  });

  it('runs under its CSP inside an LMS frame on the same origin', async () => {
    const { context, page, errors } = await openPage(browser);
    await recordCspViolations(context);
    // A stand-in for an LMS page: it frames the course, as an LMS does with a SCORM package.
    await context.route(`${baseUrl}lms-test/player.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>LMS</title></head>
<body><iframe src="../index.html#/modul/${firstModule.id}/${firstModule.pages[0]?.id}" title="Kursen" width="1000" height="700"></iframe></body></html>`,
      }),
    );
    await page.goto(`${baseUrl}lms-test/player.html`);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { level: 2, name: firstModule.pages[0]?.title ?? '', exact: true }).waitFor();
    if (firstModule.pages[1]) {
      await frame.getByRole('button', { name: 'Nästa' }).click();
      await frame.getByRole('heading', { level: 2, name: firstModule.pages[1].title, exact: true }).waitFor();
    }
    const inner = page.frames().find((f) => f !== page.mainFrame());
    expect(await inner?.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
