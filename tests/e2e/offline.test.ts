// Offline in Chromium: after one visit the standalone app runs with no network, from its service
// worker's precache; launched as SCORM or under an LMS API it registers no service worker, even
// after the interaction that registers it in the standalone app.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Module } from '../../src/core/course/types';
import { courseUnderTest, openPage, playerReady, useChromium } from './browser';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');
const firstModule = course.modules[0] as Module;
const lastModule = course.modules[course.modules.length - 1] as Module;

let browser: Browser;
useChromium((launched) => (browser = launched));

const heading = (page: Page, level: number, name: string) => page.getByRole('heading', { level, name, exact: true });

describe('offline', () => {
  it('works with no network after the first visit: reload, walk pages, print view', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(baseUrl);
    await heading(page, 1, course.title).waitFor();
    // The learner's first key press registers the worker; clientsClaim makes it take over this
    // page once it has precached the build.
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await heading(page, 1, course.title).waitFor();
    await page
      .getByRole('link', { name: new RegExp(firstModule.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .click();
    await heading(page, 2, firstModule.pages[0]?.title ?? '').waitFor();
    if (firstModule.pages[1]) {
      await page.getByRole('button', { name: 'Nästa' }).click();
      await heading(page, 2, firstModule.pages[1].title).waitFor();
    }

    // A page opened straight from a bookmark (a new document, not a hash change), and the images.
    await page.goto('about:blank');
    await page.goto(`${baseUrl}#/modul/${lastModule.id}/${lastModule.pages[0]?.id}`);
    await heading(page, 2, lastModule.pages[0]?.title ?? '').waitFor();
    await page.getByRole('link', { name: 'Alla moduler' }).first().click();
    await heading(page, 1, course.title).waitFor();
    const images = await page
      .locator('img')
      .evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).naturalWidth > 0));
    expect(images.length).toBeGreaterThanOrEqual(course.modules.length);
    expect(images.every(Boolean)).toBe(true);

    await page.getByRole('link', { name: 'Utskriftsversion' }).click();
    await heading(page, 1, `${course.title}: textversion`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('no service worker inside an LMS', () => {
  /** Records calls to navigator.serviceWorker.register in `window.swRegistrations`. */
  async function watchRegistrations(page: Page) {
    await page.addInitScript(() => {
      const record = window as unknown as { swRegistrations: string[] };
      record.swRegistrations = [];
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (
        this: ServiceWorkerContainer,
        url: string | URL,
        options?: RegistrationOptions,
      ) {
        record.swRegistrations.push(String(url));
        return register.call(this, url, options);
      };
    });
  }
  const registrations = (page: Page) =>
    page.evaluate(() => (window as unknown as { swRegistrations: string[] }).swRegistrations);
  /**
   * The standalone app registers synchronously in its first keydown handler; this is that key press,
   * once the player is there to hear it (the start page is in index.html before it is).
   */
  async function registrationsAfterInteraction(page: Page) {
    await playerReady(page);
    await page.keyboard.press('Tab');
    return registrations(page);
  }

  it('registers sw.js in the standalone app at the first interaction', async () => {
    const { context, page } = await openPage(browser);
    await watchRegistrations(page);
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    expect(await registrations(page)).toEqual([]);
    expect(await registrationsAfterInteraction(page)).toEqual(['./sw.js']);
    await context.close();
  });

  it('registers sw.js in the standalone app a few seconds after load without interaction', async () => {
    const { context, page } = await openPage(browser);
    await watchRegistrations(page);
    // The app's own clock, paused from the start and moved by hand: the test proves the delay without
    // waiting it out, and a slow machine's real seconds between load and the check do not count.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    // index.html fetches the player two frames after load, and the paused clock holds frames too.
    await page.waitForLoadState('load');
    await page.clock.runFor(100);
    await playerReady(page);
    await page.clock.runFor(4000);
    expect(await registrations(page)).toEqual([]);
    await page.clock.runFor(1500);
    await page.waitForFunction(() => (window as unknown as { swRegistrations: string[] }).swRegistrations.length > 0);
    expect(await registrations(page)).toEqual(['./sw.js']);
    await context.close();
  });

  it('registers none when launched as a SCORM package (?scorm=)', async () => {
    for (const version of ['12', '2004']) {
      const { context, page } = await openPage(browser);
      await watchRegistrations(page);
      await page.goto(`${baseUrl}index.html?scorm=${version}`);
      expect(await registrationsAfterInteraction(page), `?scorm=${version}`).toEqual([]);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
      await context.close();
    }
  });

  it('registers none in a frame under an LMS API', async () => {
    const { context, page } = await openPage(browser);
    await context.addInitScript(() => {
      if (window.top !== window) return;
      // A SCORM 1.2 LMS API that accepts everything: enough to be found.
      const ok = () => 'true';
      (window as unknown as { API: Record<string, () => string> }).API = {
        LMSInitialize: ok,
        LMSFinish: ok,
        LMSGetValue: () => '',
        LMSSetValue: ok,
        LMSCommit: ok,
        LMSGetLastError: () => '0',
        LMSGetErrorString: () => '',
        LMSGetDiagnostic: () => '',
      };
    });
    await context.route(`${baseUrl}lms-test/player.html`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="sv"><title>LMS</title><iframe src="../index.html" title="Kursen"></iframe></html>',
      }),
    );
    await watchRegistrations(page);
    await page.goto(`${baseUrl}lms-test/player.html`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    if (!frame) throw new Error('no course frame');
    await playerReady(frame);
    await frame.locator('body').press('Tab');
    expect(await frame.evaluate(() => (window as unknown as { swRegistrations: string[] }).swRegistrations)).toEqual(
      [],
    );
    await context.close();
  });
});
