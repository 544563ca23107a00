// Each built SCORM package run in the LMS preview page (scorm-again as the LMS) in Chromium: a module
// walked, the page reloaded and the course resumed on the same page, then the whole course walked
// to completion.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipName, SCORM_VERSIONS } from '../../scripts/package-scorm';
import { defaultZips, startLmsPreview } from '../../scripts/lms-preview/server';
import type { SavedAttempt } from '../../scripts/lms-preview/lms-runtime';
import type { Module } from '../../src/course/types';
import { SUSPEND_DATA_LIMIT } from '../../src/scorm/suspend-data';
import { courseUnderTest, launchChromium, openPage } from './browser';

const course = courseUnderTest();
/** Another build's folder can be previewed instead of dist/, e.g. one built with COURSE_DIR. */
const distDir = process.env.SCORM_DIST_DIR ?? 'dist';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let browser: Browser;
let preview: Awaited<ReturnType<typeof startLmsPreview>>;
beforeAll(async () => {
  const zips = defaultZips(distDir);
  if (zips.length < 2) throw new Error(`${distDir}/scorm/ lacks the zips: run "npm run package" before the e2e tests`);
  preview = await startLmsPreview({ zips, port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function expectPage(frame: FrameLocator, module: Module, index: number) {
  const target = module.pages[index];
  if (!target) throw new Error(`no page ${index} in ${module.id}`);
  await frame.getByRole('heading', { level: 2, name: target.title, exact: true }).waitFor();
  await frame.getByText(`Sida ${index + 1} av ${module.pages.length}`, { exact: true }).waitFor();
}

/** Answers every knowledge check on the current page with the right option. */
async function answerChecks(frame: FrameLocator, module: Module, index: number) {
  const checks = module.pages[index]?.blocks.filter((b) => b.kind === 'kunskapskontroll') ?? [];
  for (const [n, check] of checks.entries()) {
    if (check.kind !== 'kunskapskontroll') continue;
    const section = frame.locator('section.check').nth(n);
    await section.getByRole('radio', { name: new RegExp(escapeRegExp(check.options[check.correct]?.text ?? '')) }).check();
    await section.getByRole('button', { name: 'Svara' }).click();
    await section.getByText('Rätt svar!').waitFor();
  }
}

/** Walks a module from page `from` to its end screen. */
async function walkModule(frame: FrameLocator, module: Module, from = 0) {
  for (let i = from; i < module.pages.length; i++) {
    await expectPage(frame, module, i);
    await answerChecks(frame, module, i);
    await frame.getByRole('button', { name: 'Nästa' }).click();
  }
  await frame.getByRole('heading', { level: 2, name: 'Modulen är klar' }).waitFor();
}

async function openModule(frame: FrameLocator, module: Module) {
  await frame.getByRole('link', { name: new RegExp(escapeRegExp(module.title)) }).first().click();
  await expectPage(frame, module, 0);
}

async function launch(page: Page, version: '1.2' | '2004'): Promise<FrameLocator> {
  await page.getByLabel('Paket').selectOption(zipName(course, version).replace(/\.zip$/, ''));
  await page.getByRole('radio', { name: `SCORM ${version}` }).check();
  await page.getByRole('button', { name: 'Starta kursen' }).click();
  const frame = page.frameLocator('iframe[title="Kursen"]');
  await frame.getByRole('heading', { level: 1, name: course.title }).waitFor();
  return frame;
}

/** What the preview LMS keeps for this package and version after its last commit. */
async function savedAttempt(page: Page, version: '1.2' | '2004'): Promise<SavedAttempt> {
  const id = zipName(course, version).replace(/\.zip$/, '');
  const raw = await page.evaluate((key) => localStorage.getItem(key), `lms-preview:attempt:${id}:${version}`);
  if (!raw) throw new Error('the LMS holds no data for this attempt');
  return JSON.parse(raw) as SavedAttempt;
}

describe.each(SCORM_VERSIONS)('the SCORM %s package in the LMS preview', (version) => {
  const status = version === '1.2' ? (cmi: any) => cmi.core.lesson_status : (cmi: any) => cmi.completion_status;
  const location = version === '1.2' ? (cmi: any) => cmi.core.lesson_location : (cmi: any) => cmi.location;
  const exit = version === '1.2' ? (cmi: any) => cmi.core.exit : (cmi: any) => cmi.exit;

  it('walks a module, resumes on the same page after a reload, and completes the course', { timeout: 240_000 }, async () => {
    const [first, second] = course.modules as [Module, Module | undefined];
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1400, height: 1000 } });
    await page.goto(preview.url);
    let frame = await launch(page, version);

    await openModule(frame, first);
    await walkModule(frame, first);
    const resumeModule = second ?? first;
    const resumeIndex = Math.min(1, resumeModule.pages.length - 1);
    await frame.getByRole('link', { name: 'Alla moduler' }).first().click();
    await openModule(frame, resumeModule);
    for (let i = 0; i < resumeIndex; i++) {
      await frame.getByRole('button', { name: 'Nästa' }).click();
      await expectPage(frame, resumeModule, i + 1);
    }

    // Reloading the LMS page unloads the course frame: pagehide commits and terminates.
    await page.reload();
    const afterReload = await savedAttempt(page, version);
    expect(location(afterReload.cmi)).toBe(`${resumeModule.id}/${resumeModule.pages[resumeIndex]!.id}`);
    expect(exit(afterReload.cmi)).toBe('suspend');
    expect(status(afterReload.cmi)).toBe('incomplete');

    frame = await launch(page, version);
    await page.locator('.values > div', { hasText: version === '1.2' ? 'cmi.core.entry' : 'cmi.entry' }).getByText('resume', { exact: true }).waitFor();
    await frame.getByRole('button', { name: 'Fortsätt där du var' }).click();
    await expectPage(frame, resumeModule, resumeIndex);

    // The rest of the course.
    if (second) await walkModule(frame, resumeModule, resumeIndex);
    for (const module of course.modules.slice(second ? 2 : 1)) {
      await frame.getByRole('link', { name: 'Alla moduler' }).first().click();
      await openModule(frame, module);
      await walkModule(frame, module);
    }
    await page.getByRole('button', { name: 'Avsluta kursen' }).click();
    await page.getByText('Sessionen är avslutad.').waitFor();

    const done = await savedAttempt(page, version);
    const suspendData = String(done.cmi.suspend_data);
    console.log(`[scorm] SCORM ${version}: completed course, suspend_data ${suspendData.length} of ${SUSPEND_DATA_LIMIT} characters`);
    expect(status(done.cmi)).toBe('completed');
    expect(exit(done.cmi)).toBe(version === '1.2' ? '' : 'normal');
    expect(suspendData.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    if (version === '2004') expect(done.cmi.progress_measure).toBe('1');
    const objectives = Object.values(done.cmi.objectives as Record<string, any>);
    expect(objectives.map((o) => o.id)).toEqual(course.modules.map((m) => m.id));
    await expect(page.locator('.log .failed').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
