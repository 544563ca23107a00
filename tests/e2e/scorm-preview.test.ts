// Each built SCORM package run in the strict LMS preview (scorm-again behaving as Moodle with
// `scormstandard`) in Chromium: a module walked, the page reloaded and the course resumed, the whole
// course completed with one interaction per submitted check; then a relaunch on "another computer",
// a new attempt, a failing commit restored from the journal, and a 5-second session's time.
import type { Browser, BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sv } from '../../src/core/messages';
import { SCORM_VERSIONS } from '../../scripts/package-scorm';
import { defaultZips, startLmsPreview } from '../../scripts/lms-preview/server';
import type { SavedAttempt } from '../../scripts/lms-preview/lms-runtime';
import type { Module } from '../../src/core/course/types';
import { SUSPEND_DATA_LIMIT } from '../../src/core/scorm/suspend-data';
import { courseUnderTest, launchChromium, openPage } from './browser';
import { lmsPreviewDriver } from './lms-preview-driver';

const course = courseUnderTest();
const { launch, endSession, savedAttemptOrNull, savedAttempt } = lmsPreviewDriver(course);
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

/** Every submission made, in order, as [check id, chosen option]: one cmi.interactions.n each. */
type Submissions = [checkId: string, choice: number][];

/** Answers every knowledge check on the current page with the right option; with `wrongFirst`, a wrong one first, then tries again. */
async function answerChecks(
  frame: FrameLocator,
  module: Module,
  index: number,
  submissions: Submissions,
  wrongFirst = false,
) {
  const checks = module.pages[index]?.blocks.filter((b) => b.kind === 'kunskapskontroll') ?? [];
  for (const [n, check] of checks.entries()) {
    if (check.kind !== 'kunskapskontroll') continue;
    const section = frame.locator('section.check').nth(n);
    if (wrongFirst && n === 0) {
      const wrong = check.correct === 0 ? 1 : 0;
      await section.getByRole('radio', { name: new RegExp(escapeRegExp(check.options[wrong]?.text ?? '')) }).check();
      await section.getByRole('button', { name: 'Svara' }).click();
      await section.getByText('Inte riktigt.').waitFor();
      submissions.push([check.id, wrong]);
      await section.getByRole('button', { name: 'Försök igen' }).click();
    }
    await section
      .getByRole('radio', { name: new RegExp(escapeRegExp(check.options[check.correct]?.text ?? '')) })
      .check();
    await section.getByRole('button', { name: 'Svara' }).click();
    await section.getByText(sv.right(check.correct)).waitFor();
    submissions.push([check.id, check.correct]);
  }
}

/** Walks a module from page `from` to its end screen; the course's first check is answered wrong, then right. */
async function walkModule(frame: FrameLocator, module: Module, submissions: Submissions, from = 0) {
  for (let i = from; i < module.pages.length; i++) {
    await expectPage(frame, module, i);
    await answerChecks(frame, module, i, submissions, submissions.length === 0);
    await frame.getByRole('button', { name: 'Nästa' }).click();
  }
  await frame.getByRole('heading', { level: 2, name: 'Modulen är klar' }).waitFor();
}

async function openModule(frame: FrameLocator, module: Module) {
  await frame
    .getByRole('link', { name: new RegExp(escapeRegExp(module.title)) })
    .first()
    .click();
  await expectPage(frame, module, 0);
}

/** The status label of every module card on the start page. */
async function moduleStatuses(frame: FrameLocator): Promise<string[]> {
  await frame.locator('.card-status').first().waitFor();
  return (await frame.locator('.card-status').allTextContents()).map((t) => t.replace('Status: ', '').trim());
}

/** Seconds in a 1.2 CMITimespan (HHHH:MM:SS.SS) or a 2004 ISO 8601 duration. */
function seconds(time: string): number {
  const hms = /^(\d+):(\d\d):(\d\d(?:\.\d+)?)$/.exec(time);
  if (hms) return Number(hms[1]) * 3600 + Number(hms[2]) * 60 + Number(hms[3]);
  const iso = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(time);
  if (!iso) throw new Error(`not a SCORM time: ${time}`);
  return Number(iso[1] ?? 0) * 3600 + Number(iso[2] ?? 0) * 60 + Number(iso[3] ?? 0);
}

/** One line per scenario for the closing table: what the LMS record held afterwards. */
function report(version: string, scenario: string, saved: SavedAttempt) {
  const cmi = saved.cmi as Record<string, any>;
  const core = version === '1.2' ? cmi.core : cmi;
  const status = version === '1.2' ? core.lesson_status : cmi.completion_status;
  const interactions = Object.keys((cmi.interactions ?? {}) as object).filter((k) => /^\d+$/.test(k)).length;
  console.log(
    `[scorm-record] ${version} | ${scenario} | ${status} | ${version === '2004' ? cmi.progress_measure : '–'} | ${String(cmi.suspend_data ?? '').length} | ${core.session_time ?? '–'} / ${saved.totalTime} | ${interactions}`,
  );
}

/** The interactions the LMS holds, in index order. */
function interactionsOf(saved: SavedAttempt): Record<string, any>[] {
  const all = ((saved.cmi as Record<string, any>).interactions ?? {}) as Record<string, any>;
  return Object.keys(all)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => all[k] as Record<string, any>);
}

/** A new browser context on the same preview LMS: its LMS data (localStorage) copied over, no journal. */
async function anotherComputer(from: Page): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const lmsData = await from.evaluate(() =>
    Object.fromEntries(Object.entries(localStorage).filter(([k]) => k.startsWith('lms-preview:'))),
  );
  const opened = await openPage(browser, { viewport: { width: 1400, height: 1000 } });
  await opened.context.addInitScript((data: Record<string, string>) => {
    if (!sessionStorage.getItem('seeded')) for (const [k, v] of Object.entries(data)) localStorage.setItem(k, v);
    sessionStorage.setItem('seeded', '1');
  }, lmsData);
  await opened.page.goto(preview.url);
  return opened;
}

describe.each(SCORM_VERSIONS)('the SCORM %s package in the strict LMS preview', (version) => {
  const status = version === '1.2' ? (cmi: any) => cmi.core.lesson_status : (cmi: any) => cmi.completion_status;
  const location = version === '1.2' ? (cmi: any) => cmi.core.lesson_location : (cmi: any) => cmi.location;
  const exit = version === '1.2' ? (cmi: any) => cmi.core.exit : (cmi: any) => cmi.exit;
  const entryElement = version === '1.2' ? 'cmi.core.entry' : 'cmi.entry';
  const sessionTime = version === '1.2' ? (cmi: any) => cmi.core.session_time : (cmi: any) => cmi.session_time;
  const allDone = course.modules.map(() => 'Klar');

  /** The first computer: the learner who finished the course; its journal stays for the new-attempt test. */
  let first: { context: BrowserContext; page: Page; errors: string[] };
  let finished: SavedAttempt;
  const submissions: Submissions = [];
  afterAll(async () => {
    await first?.context.close();
  });

  it('walks a module, resumes on the same page after a reload, and completes the course with exit "suspend"', {
    timeout: 240_000,
  }, async () => {
    const [one, second] = course.modules as [Module, Module | undefined];
    first = await openPage(browser, { viewport: { width: 1400, height: 1000 } });
    const { page, errors } = first;
    await page.goto(preview.url);
    let frame = await launch(page, version);

    await openModule(frame, one);
    await walkModule(frame, one, submissions);
    const resumeModule = second ?? one;
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
    await page.locator('.values > div', { hasText: entryElement }).getByText('resume', { exact: true }).waitFor();
    await frame.getByRole('button', { name: 'Fortsätt där du var' }).click();
    await expectPage(frame, resumeModule, resumeIndex);

    // The rest of the course.
    if (second) await walkModule(frame, resumeModule, submissions, resumeIndex);
    for (const module of course.modules.slice(second ? 2 : 1)) {
      await frame.getByRole('link', { name: 'Alla moduler' }).first().click();
      await openModule(frame, module);
      await walkModule(frame, module, submissions);
    }
    await endSession(page);

    finished = await savedAttempt(page, version);
    report(version, 'finish course', finished);
    const suspendData = String(finished.cmi.suspend_data);
    expect(status(finished.cmi)).toBe('completed');
    // Never "normal": the strict LMS would begin the next launch ab-initio with nothing (RTE 4.2.8).
    expect(exit(finished.cmi)).toBe('suspend');
    expect(suspendData.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    if (version === '2004') expect(finished.cmi.progress_measure).toBe('1');
    const objectives = Object.values(finished.cmi.objectives as Record<string, any>);
    expect(objectives.map((o) => o.id)).toEqual(course.modules.map((m) => m.id));
    await expect(page.locator('.log .failed').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('writes one interaction per submitted check: id, choice, learner and correct response, result, time', () => {
    const interactions = interactionsOf(finished);
    report(version, 'interactions', finished);
    const checks = course.modules
      .flatMap((m) => m.pages.flatMap((p) => p.blocks))
      .filter((b) => b.kind === 'kunskapskontroll');
    expect(submissions.length).toBe(checks.length + 1); // the first check answered wrong, then right
    expect(interactions).toHaveLength(submissions.length);
    for (const [n, [checkId, choice]] of submissions.entries()) {
      const check = checks.find((c) => c.id === checkId)!;
      const interaction = interactions[n]!;
      const letter = String.fromCharCode(97 + choice);
      expect(interaction.id).toBe(version === '1.2' ? checkId : `urn:${course.id}:${checkId}`);
      expect(interaction.type).toBe('choice');
      expect(Object.values(interaction.correct_responses as Record<string, any>)[0]?.pattern).toBe(
        String.fromCharCode(97 + check.correct),
      );
      if (version === '1.2') {
        expect([interaction.student_response, interaction.result]).toEqual([
          letter,
          choice === check.correct ? 'correct' : 'wrong',
        ]);
        expect(interaction.time).toMatch(/^\d\d:\d\d:\d\d$/);
      } else {
        expect([interaction.learner_response, interaction.result]).toEqual([
          letter,
          choice === check.correct ? 'correct' : 'incorrect',
        ]);
        expect(interaction.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.0Z$/);
        expect(interaction.description.startsWith(`{lang=${course.language}}`)).toBe(true);
        expect(interaction.description.length).toBeLessThanOrEqual(250 + `{lang=${course.language}}`.length);
      }
    }
  });

  it('relaunched on another computer (a fresh browser context): every module "Klar", and the record stays completed', {
    timeout: 60_000,
  }, async () => {
    const other = await anotherComputer(first.page);
    try {
      const frame = await launch(other.page, version);
      await other.page
        .locator('.values > div', { hasText: entryElement })
        .getByText('resume', { exact: true })
        .waitFor();
      expect(await moduleStatuses(frame)).toEqual(allDone);
      await expect(frame.locator('.notice').count()).resolves.toBe(0);
      // A look at the first page, as a finished learner looking something up.
      await openModule(frame, course.modules[0]!);
      await endSession(other.page);
      const after = await savedAttempt(other.page, version);
      report(version, 'relaunch elsewhere', after);
      expect(status(after.cmi)).toBe('completed');
      if (version === '2004') expect(after.cmi.progress_measure).toBe('1');
      expect(String(after.cmi.suspend_data).length).toBeGreaterThanOrEqual(String(finished.cmi.suspend_data).length);
      expect(exit(after.cmi)).toBe('suspend');
      await expect(other.page.locator('.log .failed').count()).resolves.toBe(0);
      expect(other.errors).toEqual([]);
    } finally {
      await other.context.close();
    }
  });

  it('"Nytt försök" in the same browser: a fresh start, though the journal holds the finished attempt', {
    timeout: 60_000,
  }, async () => {
    const { page, errors } = first;
    const frame = await launch(page, version, 'Nytt försök');
    await page.locator('.values > div', { hasText: entryElement }).getByText('ab-initio', { exact: true }).waitFor();
    expect(await moduleStatuses(frame)).toEqual(course.modules.map(() => 'Ej påbörjad'));
    await expect(frame.locator('.notice').count()).resolves.toBe(0);
    await expect(frame.getByRole('button', { name: 'Fortsätt där du var' }).count()).resolves.toBe(0);
    await endSession(page);
    const after = await savedAttempt(page, version);
    report(version, 'new attempt', after);
    expect(status(after.cmi)).toBe('incomplete');
    expect(interactionsOf(after)).toHaveLength(0);
    await expect(page.locator('.log .failed').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });

  it('commits failing, then a relaunch: the journal brings the work back, with a notice', {
    timeout: 60_000,
  }, async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1400, height: 1000 } });
    try {
      await page.goto(preview.url);
      const failing = page.getByLabel(/Commit misslyckas/);
      await failing.check();
      const module = course.modules[0]!;
      let frame = await launch(page, version);
      await openModule(frame, module);
      await frame.getByRole('button', { name: 'Nästa' }).click();
      await expectPage(frame, module, 1);
      // A throttled save tried to commit (and journalled) before the learner left.
      await page
        .locator('.log li', { hasText: /Commit\(\) → false/ })
        .first()
        .waitFor();
      await endSession(page);
      expect(await savedAttemptOrNull(page, version)).toBeNull();

      await failing.uncheck();
      frame = await launch(page, version);
      await frame.locator('.notice', { hasText: 'fanns sparat i den här webbläsaren' }).waitFor();
      expect((await moduleStatuses(frame))[0]).toBe('Påbörjad');
      await frame.getByRole('button', { name: 'Fortsätt där du var' }).click();
      await expectPage(frame, module, 1);
      await endSession(page);
      const after = await savedAttempt(page, version);
      report(version, 'commit failed, relaunch', after);
      expect(location(after.cmi)).toBe(`${module.id}/${module.pages[1]!.id}`);
      expect(status(after.cmi)).toBe('incomplete');
    } finally {
      await context.close();
    }
  });

  it('a 5-second session reports 5 seconds (clock advanced, not slept)', { timeout: 60_000 }, async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1400, height: 1000 } });
    try {
      await page.clock.install();
      await page.goto(preview.url);
      // Paused: only runFor moves the course's clock (Date, timers, performance.now), never real time.
      await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
      const frame = await launch(page, version);
      await page.clock.runFor(100); // the app's effects start the visible timer
      await openModule(frame, course.modules[0]!);
      // The visible timer reports every 15 s; these seconds are all "pending" when the session ends.
      await page.clock.runFor(4900);
      await endSession(page);
      const after = await savedAttempt(page, version);
      report(version, '5-second session', after);
      const reported = seconds(sessionTime(after.cmi));
      console.log(`[scorm] SCORM ${version}: session_time ${sessionTime(after.cmi)} for a 5-second session`);
      expect(reported).toBeGreaterThanOrEqual(4);
      expect(reported).toBeLessThanOrEqual(6);
      expect(seconds(after.totalTime)).toBeCloseTo(reported, 0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
