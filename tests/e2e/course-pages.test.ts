// Course pages and templates in Chromium: reached from the start page and a module page's footer,
// and each template downloaded as a Word file (a zip) from the built site.
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { coursePageRoute, routeHash } from '../../src/app/state/route';
import { templatePath } from '../../src/core/course/paths';
import { courseUnderTest, openPage, useChromium } from './browser';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');
const firstPage = course.modules[0]!.pages[0]!;

let browser: Browser;
useChromium((launched) => (browser = launched));

describe.skipIf(course.pages.length === 0)('course pages', () => {
  it('opens every course page from the start page and comes back', async () => {
    const { context, page, errors } = await openPage(browser);
    for (const coursePage of course.pages) {
      await page.goto(baseUrl);
      await page
        .getByRole('region', { name: 'Mer i kursen' })
        .getByRole('link', { name: coursePage.title, exact: true })
        .click();
      await page.getByRole('heading', { level: 1, name: coursePage.title, exact: true }).waitFor();
      expect(page.url()).toBe(`${baseUrl}${routeHash(coursePageRoute(coursePage))}`);
      await page.getByRole('link', { name: /Alla moduler/ }).click();
      await page.getByRole('heading', { level: 1, name: course.title, exact: true }).waitFor();
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a course page from the footer of a module page', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl}#/modul/${course.modules[0]!.id}/${firstPage.id}`);
    const target = course.pages[course.pages.length - 1]!;
    await page
      .getByRole('navigation', { name: 'Kursens sidor' })
      .getByRole('link', { name: target.title, exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: target.title, exact: true }).waitFor();
    await context.close();
  });
});

describe.skipIf(course.templates.length === 0)('templates', () => {
  it('downloads each template from the start page as a Word file', async () => {
    const { context, page } = await openPage(browser, { acceptDownloads: true });
    await page.goto(baseUrl);
    for (const template of course.templates) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: `${template.title} (Word-fil)` }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${template.fileName}.docx`);
      const response = await page.request.get(`${baseUrl}${templatePath(template)}`);
      expect(response.status()).toBe(200);
      expect([...(await response.body()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
    }
    await context.close();
  });
});
