// Group mode in Chromium as a facilitator uses it: the projector layout walked by a clicker's PageDown
// alone, every step fitting the screen; the facilitator view in a second window following the
// projector both ways; the discussion timer; Visa svaret; the black screen; no focus box on the wall.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { Course, Module } from '../../src/core/course/types';
import { loadCourse } from '../../scripts/load-course';
import { axeViolations, pageHash } from './a11y-checks';
import { courseUnderTest, openPage, useChromium } from './browser';
import { FIXTURE_BUILDS } from './builds';

const course = courseUnderTest();
const fixture = loadCourse(FIXTURE_BUILDS.fixture.courseDir);
const baseUrl = inject('baseUrl');
const fixtureUrl = inject('fixtureUrl');

let browser: Browser;
useChromium((launched) => (browser = launched));

/** The projector's "Sida x av y" and "Steg x av y", with the hash: changes on every clicker press. */
const where = (page: Page) =>
  page.evaluate(() => `${location.hash} ${document.querySelector('.projector-where')?.textContent ?? ''}`);

async function openProjector(page: Page, url: string, hash: string) {
  await page.goto(`${url}${hash}`);
  await page.locator('#page-title').waitFor();
  await page.keyboard.press('z');
  await page.waitForFunction(() => document.documentElement.classList.contains('projecting'));
  await page.locator('.projector-where').waitFor();
}

/** Presses a key and waits until the projector shows another step or page. */
async function pressAndMove(page: Page, key: string) {
  const before = await where(page);
  await page.keyboard.press(key);
  await page.waitForFunction((b) => {
    const now = `${location.hash} ${document.querySelector('.projector-where')?.textContent ?? ''}`;
    return now !== b;
  }, before);
}

interface StepReport {
  hash: string;
  stepText: string;
  overflow: number;
  documentScrolls: boolean;
  chromeBottom: number;
  bodyFontPx: number;
  outline: string;
}

/** Measures the step on screen and marks every block element shown on it as seen. */
function measureStep(page: Page): Promise<StepReport> {
  return page.evaluate(() => {
    const stage = document.querySelector('.stage') as HTMLElement;
    for (const el of Array.from(stage.querySelectorAll<HTMLElement>('.rich > *, li, tr, .callout, .check')))
      if (el.checkVisibility()) el.dataset.seenOnStep = '1';
    const paragraph = Array.from(stage.querySelectorAll('p')).find((p) => p.checkVisibility());
    const active = document.activeElement;
    return {
      hash: location.hash,
      stepText: document.querySelector('.projector-where')?.textContent ?? '',
      overflow: stage.scrollHeight - stage.clientHeight,
      documentScrolls: document.documentElement.scrollHeight > innerHeight,
      chromeBottom: (document.querySelector('.projector-context') as HTMLElement).getBoundingClientRect().bottom,
      bodyFontPx: paragraph ? Number.parseFloat(getComputedStyle(paragraph).fontSize) : 0,
      outline: active && active !== document.body ? getComputedStyle(active).outlineStyle : 'none',
    };
  });
}

/** Block elements of the page never shown on any step (by their text), once the page's steps are done. */
function unseenBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document.querySelectorAll<HTMLElement>('.stage .rich > *, .stage li, .stage tr, .stage .callout, .stage .check'),
    )
      .filter((el) => el.dataset.seenOnStep !== '1' && (el.textContent ?? '').trim() !== '')
      .map((el) => (el.textContent ?? '').trim().slice(0, 60)),
  );
}

/** Walks every page of `course` from its first module by PageDown alone; returns the steps per page. */
async function walkByPageDown(page: Page, url: string, walked: Course) {
  const first = walked.modules[0] as Module;
  await openProjector(page, url, pageHash(first, 0));
  const steps = new Map<string, number>();
  const problems: string[] = [];
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const pageCount = walked.modules.reduce((n, m) => n + m.pages.length, 0);
  for (let press = 0; press < 1000; press++) {
    const hash = await page.evaluate(() => location.hash);
    if (hash === '#/') break;
    if (hash.endsWith('/klar')) {
      await pressAndMove(page, 'PageDown');
      continue;
    }
    const step = await measureStep(page);
    const [, shown, count] = /Steg (\d+) av (\d+)/.exec(step.stepText) ?? [];
    steps.set(hash, Number(count));
    const at = `${hash} ${step.stepText}`;
    if (step.overflow > 0) problems.push(`${at}: ${step.overflow} px taller than the screen`);
    if (step.documentScrolls) problems.push(`${at}: the document scrolls`);
    if (step.chromeBottom > 0.12 * viewport.height) problems.push(`${at}: chrome ends at ${step.chromeBottom} px`);
    if (step.bodyFontPx > 0 && step.bodyFontPx < 32) problems.push(`${at}: body text ${step.bodyFontPx} px`);
    if (step.outline !== 'none') problems.push(`${at}: a focus outline is projected`);
    if (shown === count) for (const text of await unseenBlocks(page)) problems.push(`${hash}: never shown: "${text}"`);
    await pressAndMove(page, 'PageDown');
  }
  expect(problems).toEqual([]);
  expect(steps.size).toBe(pageCount);
  return steps;
}

describe('the projector layout', () => {
  it('walks the whole real course at 1280×720 by PageDown alone: every step fits, every block is shown', async () => {
    const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const steps = await walkByPageDown(page, baseUrl, course);
    const total = [...steps.values()].reduce((a, b) => a + b, 0);
    console.info(
      `projector steps at 1280×720: ${total} steps on ${steps.size} pages (${Math.min(...steps.values())}–${Math.max(...steps.values())} per page)`,
    );
    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it.each([
    [1024, 768],
    [1366, 768],
    [1920, 1080],
  ])('fits every step of the fixture course at %i×%i', async (width, height) => {
    const { context, page, errors } = await openPage(browser, { viewport: { width, height } });
    await walkByPageDown(page, fixtureUrl, fixture);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('splits again when the window is resized, and PageUp goes back to the previous page’s last step', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const first = course.modules[0] as Module;
    await openProjector(page, baseUrl, pageHash(first, 1));
    const stepCount = async () => Number(/av (\d+)$/.exec(await where(page))?.[1]);
    const tall = await stepCount();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(
      () => document.querySelector('.stage')?.scrollHeight === document.querySelector('.stage')?.clientHeight,
    );
    expect(await stepCount()).toBeLessThanOrEqual(tall);
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.waitForFunction(
      (n) => document.querySelector('.projector-where')?.textContent?.endsWith(`av ${n}`),
      tall,
    );
    // Back from page 2's first step lands on page 1's last step.
    await pressAndMove(page, 'PageUp');
    const text = await where(page);
    expect(text).toContain(pageHash(first, 0));
    const [, shown, count] = /Steg (\d+) av (\d+)/.exec(text) ?? [];
    expect(shown).toBe(count);
    await context.close();
  });

  it('keeps today’s keys outside the projector layout: PageDown turns the page, Space is left to the browser', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const first = course.modules[0] as Module;
    await page.goto(`${baseUrl}${pageHash(first, 0)}`);
    await page.locator('#page-title').waitFor();
    // Whether Space's scroll has happened yet is the browser's business (on a loaded CI machine it once
    // had not within 10 s); what the player decides is that it leaves Space's default action alone.
    // A window listener in the bubble phase runs after the player's document listener.
    await page.evaluate(() => {
      addEventListener('keydown', (event) => {
        if (event.key === ' ') document.body.dataset.spaceDefaultPrevented = String(event.defaultPrevented);
      });
    });
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.body.dataset.spaceDefaultPrevented !== undefined);
    expect(await page.evaluate(() => document.body.dataset.spaceDefaultPrevented)).toBe('false');
    expect(await page.evaluate(() => location.hash)).toBe(pageHash(first, 0));
    await page.keyboard.press('PageDown');
    await page.waitForFunction((h) => location.hash === h, pageHash(first, 1));
    await context.close();
  });

  it('blacks the screen with B and . and brings it back, and draws no outline after a clicker turn', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const first = course.modules[0] as Module;
    await openProjector(page, baseUrl, pageHash(first, 0));
    await pressAndMove(page, 'ArrowRight');
    const focus = await page.evaluate(() => ({
      id: document.activeElement?.id,
      outline: getComputedStyle(document.activeElement as Element).outlineStyle,
    }));
    expect(focus).toEqual({ id: 'page-title', outline: 'none' });
    await page.keyboard.press('b');
    const blackout = page.locator('.blackout');
    await blackout.waitFor();
    const box = await blackout.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    await expect(blackout.evaluate((el) => getComputedStyle(el).backgroundColor)).resolves.toBe('rgb(0, 0, 0)');
    await page.keyboard.press('b');
    await blackout.waitFor({ state: 'detached' });
    await page.keyboard.press('.');
    await blackout.waitFor();
    await page.keyboard.press('.');
    await blackout.waitFor({ state: 'detached' });
    await context.close();
  });

  it('shows a check to the room: Visa svaret reveals the answer and records nothing', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const module = fixture.modules.find((m) =>
      m.pages.some((p) => p.blocks.some((b) => b.kind === 'kunskapskontroll')),
    ) as Module;
    const pageIndex = module.pages.findIndex((p) => p.blocks.some((b) => b.kind === 'kunskapskontroll'));
    const check = module.pages[pageIndex]?.blocks.find((b) => b.kind === 'kunskapskontroll');
    if (check?.kind !== 'kunskapskontroll') throw new Error('the fixture has a check');
    await openProjector(page, fixtureUrl, pageHash(module, pageIndex));
    const reveal = page.getByRole('button', { name: 'Visa svaret' });
    while (!(await reveal.isVisible())) await pressAndMove(page, 'PageDown');
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await reveal.click();
    const right = page.locator('.group-check-option.is-right');
    await expect(right.textContent()).resolves.toContain('rätt svar');
    await expect(right.textContent()).resolves.toContain(check.options[check.correct]?.text ?? '?');
    await expect(page.locator('.group-check-answer').textContent()).resolves.toContain(
      check.feedback.text.slice(0, 30),
    );
    expect(await axeViolations(page)).toEqual([]);
    // Back at a desk, the check is still unanswered: the room's answer was not the presenter's.
    await page.keyboard.press('z');
    await page.waitForFunction(() => !document.documentElement.classList.contains('projecting'));
    await page.getByRole('button', { name: 'Svara' }).first().waitFor();
    await context.close();
  });

  it('has no axe violations on a step with a discussion and its timer', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const first = fixture.modules[0] as Module;
    const pageIndex = first.pages.findIndex((p) => p.blocks.some((b) => b.kind === 'diskussion'));
    await openProjector(page, fixtureUrl, pageHash(first, pageIndex));
    while ((await page.getByRole('timer').count()) === 0) await pressAndMove(page, 'PageDown');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the facilitator view', () => {
  /** The projector on the fixture's first discussion page, and the facilitator view opened from it. */
  async function twoWindows() {
    const { context, page: projector, errors } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
    const first = fixture.modules[0] as Module;
    const pageIndex = first.pages.findIndex((p) => p.blocks.some((b) => b.kind === 'diskussion'));
    await openProjector(projector, fixtureUrl, pageHash(first, pageIndex));
    const [facilitator] = await Promise.all([
      context.waitForEvent('page'),
      projector.getByRole('button', { name: /^Handledarvy/ }).click(),
    ]);
    await facilitator.getByRole('heading', { level: 1, name: /^Handledarvy/ }).waitFor();
    await facilitator.locator('.pager-count').waitFor();
    return { context, projector, facilitator, errors, module: first, pageIndex };
  }

  const facilitatorWhere = (page: Page) => page.locator('.facilitator-pager .pager-count').textContent();

  it('opens at #/handledare with the page’s notes, and both windows follow each other', async () => {
    const { context, projector, facilitator, errors, module, pageIndex } = await twoWindows();
    expect(facilitator.url()).toMatch(/#\/handledare$/);
    const notes = module.pages[pageIndex]?.facilitatorNotes?.[0]?.text ?? '';
    await expect(facilitator.locator('section[aria-labelledby="fac-notes"]').textContent()).resolves.toContain(
      notes.slice(0, 30),
    );
    // The notes are never on the projector.
    await expect(projector.locator('main').textContent()).resolves.not.toContain(notes.slice(0, 30));

    // The facilitator's clicker moves the projector…
    const projectorBefore = await where(projector);
    await facilitator.keyboard.press('PageDown');
    await projector.waitForFunction((b) => {
      const now = `${location.hash} ${document.querySelector('.projector-where')?.textContent ?? ''}`;
      return now !== b;
    }, projectorBefore);
    const projectorStep = /Steg \d+ av \d+/.exec(await where(projector))?.[0] ?? '';
    await facilitator.waitForFunction(
      (s) => document.querySelector('.facilitator-pager .pager-count')?.textContent?.includes(s),
      projectorStep,
    );
    // …and the projector's moves the facilitator view.
    const facilitatorBefore = await facilitatorWhere(facilitator);
    await pressAndMove(projector, 'PageUp');
    await facilitator.waitForFunction(
      (b) => document.querySelector('.facilitator-pager .pager-count')?.textContent !== b,
      facilitatorBefore,
    );
    expect(await axeViolations(facilitator)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs one timer in both windows: Starta, Pausa, Nollställ, Tiden är ute', async () => {
    const { context, projector, facilitator } = await twoWindows();
    const projectorTimer = projector.getByRole('timer');
    while ((await projectorTimer.count()) === 0) await pressAndMove(projector, 'PageDown');
    const start = await projectorTimer.textContent();
    expect(start).toMatch(/^\d\d:00$/);
    await facilitator.getByRole('button', { name: 'Starta' }).first().click();
    // The projector's clock runs without anyone touching it.
    await projector.waitForFunction((s) => document.querySelector('[role="timer"]')?.textContent !== s, start);
    await projector.getByRole('button', { name: 'Pausa' }).click();
    await facilitator.getByRole('button', { name: 'Starta' }).first().waitFor();
    await facilitator.getByRole('button', { name: 'Nollställ' }).first().click();
    await projector.waitForFunction((s) => document.querySelector('[role="timer"]')?.textContent === s, start);

    // Time out: the clock is driven forward so the test need not wait the minutes.
    await projector.clock.install();
    await projector.getByRole('button', { name: 'Starta' }).click();
    await projector.clock.fastForward(61 * 60_000);
    await projector.getByText('Tiden är ute').waitFor();
    await expect(projectorTimer.textContent()).resolves.toBe('00:00');
    await context.close();
  });

  it('keeps working when the projector window closes', async () => {
    const { context, projector, facilitator } = await twoWindows();
    await projector.close();
    const before = await facilitatorWhere(facilitator);
    await facilitator.getByRole('button', { name: 'Nästa' }).click();
    await facilitator.waitForFunction(
      (b) => document.querySelector('.facilitator-pager .pager-count')?.textContent !== b,
      before,
    );
    await context.close();
  });
});
