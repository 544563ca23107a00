// The English fixture course as SCORM packages in the strict LMS preview: it launches with the
// English UI (lang="en", the English names) and a whole course walked with them reaches the LMS as
// completed, as the Swedish course does in scorm-preview.test.ts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultZips, startLmsPreview } from '../../scripts/lms-preview/server';
import { loadCourse } from '../../scripts/load-course';
import { SCORM_VERSIONS } from '../../scripts/package-scorm';
import { messagesFor } from '../../src/core/messages';
import { launchChromium, openPage } from './browser';
import { FIXTURE_BUILDS } from './builds';
import { lmsPreviewDriver } from './lms-preview-driver';

const { courseDir, outDir } = FIXTURE_BUILDS.english;
const course = loadCourse(courseDir);
const m = messagesFor(course.language)!;
const { launch, endSession, savedAttempt } = lmsPreviewDriver(course);

let browser: Browser;
let preview: Awaited<ReturnType<typeof startLmsPreview>>;
beforeAll(async () => {
  const zips = defaultZips(outDir);
  if (zips.length < 2) throw new Error(`${outDir}/scorm/ lacks the zips: run "npm run build:fixtures" first`);
  preview = await startLmsPreview({ zips, port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe.each(SCORM_VERSIONS)('the English course as SCORM %s', (version) => {
  it('plays in English and reports the finished course as completed', { timeout: 60_000 }, async () => {
    expect(course.language).toBe('en');
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(preview.url);
    const frame = await launch(page, version);
    expect(await frame.locator('html').getAttribute('lang')).toBe('en');

    for (const module of course.modules) {
      await frame.getByRole('link', { name: module.title }).first().click();
      for (const [index, coursePage] of module.pages.entries()) {
        await frame.getByRole('heading', { level: 2, name: coursePage.title, exact: true }).waitFor();
        await frame.getByText(m.pageOf(index + 1, module.pages.length), { exact: true }).waitFor();
        const checks = coursePage.blocks.filter((b) => b.kind === 'kunskapskontroll');
        for (const [n, check] of checks.entries()) {
          const section = frame.locator('section.check').nth(n);
          await section.getByRole('radio').nth(check.correct).check();
          await section.getByRole('button', { name: m.answer }).click();
          await section.getByText(m.right(check.correct)).waitFor();
        }
        await frame.getByRole('button', { name: m.next }).click();
      }
      await frame.getByRole('heading', { level: 2, name: m.moduleDone }).waitFor();
      await frame.getByRole('link', { name: m.allModules }).first().click();
    }
    await endSession(page);

    const saved = await savedAttempt(page, version);
    const cmi = saved.cmi as Record<string, any>;
    expect(version === '1.2' ? cmi.core.lesson_status : cmi.completion_status).toBe('completed');
    if (version === '2004') expect(cmi.progress_measure).toBe('1');
    expect(Object.values(cmi.objectives as Record<string, any>).map((o) => o.id)).toEqual(
      course.modules.map((mod) => mod.id),
    );
    await expect(page.locator('.log .failed').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
