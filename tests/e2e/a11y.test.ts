// WCAG 2.1 AA in Chromium: one pass over every screen (axe normal and zoomed, structure, reflow,
// text spacing, motion), knowledge-check states, keyboard-only completion of a module, skip link and
// focus on page change. Exhaustive over the small fixture courses (Swedish and English), a smoke over
// the real course.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { messagesFor, sv } from '../../src/core/messages';
import type { CheckBlock, Course, Module } from '../../src/core/course/types';
import {
  allScreens,
  axeViolations,
  clippedText,
  focusState,
  headingLevels,
  openScreen,
  outlineProblems,
  pageHash,
  scrollsSideways,
  TEXT_SPACING_CSS,
  waitForHeading,
  type Screen,
} from './a11y-checks';
import { courseUnderTest, openPage, useChromium } from './browser';
import { FIXTURE_BUILDS } from './builds';

const fixture = loadCourse(FIXTURE_BUILDS.fixture.courseDir);
const fixtureUrl = inject('fixtureUrl');
const m = messagesFor(fixture.language) ?? sv;
const firstModule = fixture.modules[0] as Module;
const checkOf = (module: Module, index: number) =>
  module.pages[index]?.blocks.find((b): b is CheckBlock => b.kind === 'kunskapskontroll');
const checkModule = fixture.modules.find((mod) => mod.pages.some((_, i) => checkOf(mod, i))) as Module;
const checkPage = checkModule.pages.findIndex((_, i) => checkOf(checkModule, i));

let browser: Browser;
useChromium((launched) => (browser = launched));

async function expectNoViolations(page: Page, screen: string) {
  expect(await axeViolations(page), `axe on ${screen}`).toEqual([]);
}

async function setZoom(page: Page, on: boolean) {
  if ((await page.locator('html.zoom').count()) > 0 === on) return;
  await page.locator('body').press('z');
  await page.locator(on ? 'html.zoom' : 'html:not(.zoom)').waitFor({ state: 'attached' });
}

/** Elements with an animation or transition longer than 10 ms, and the scroll behaviour. */
const motion = (page: Page) =>
  page.evaluate(() => ({
    scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
    moving: [...document.querySelectorAll('*')].filter((el) => {
      const style = getComputedStyle(el);
      const seconds = (v: string) =>
        Math.max(...v.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
      return (
        (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) ||
        seconds(style.transitionDuration) > 0.01
      );
    }).length,
  }));

// 400 % browser zoom of a 1280 × 1024 window lays the page out in 320 × 256 CSS px, media queries
// included; deviceScaleFactor would only sharpen the pixels.
const REFLOW_VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280 / 4, height: 1024 / 4 },
];
const DESKTOP = { width: 1280, height: 800 };

/**
 * Every check that needs only the screen itself, in one visit: structure, axe, motion, reflow and
 * text spacing, then axe and reflow again in the zoomed layout. Returns the problems found.
 */
async function sweepScreen(page: Page, baseUrl: string, course: Course, screen: Screen): Promise<string[]> {
  const problems: string[] = [];
  const report = (what: string, found: unknown[] | boolean) => {
    if (found === true || (Array.isArray(found) && found.length > 0))
      problems.push(`${screen.name}: ${what}${Array.isArray(found) ? ` ${found.join('; ')}` : ''}`);
  };
  await page.setViewportSize(DESKTOP);
  await openScreen(page, baseUrl, screen);

  report('lang', (await page.evaluate(() => document.documentElement.lang)) !== course.language);
  for (const role of ['banner', 'main', 'contentinfo'] as const)
    report(`${role} count`, (await page.getByRole(role).count()) !== 1);
  report('headings', outlineProblems(await headingLevels(page)));
  // The accessibility statement is one link away from every screen.
  const statement = course.pages.find((p) => p.accessibility);
  report(
    'footer link to the accessibility statement',
    !statement || (await page.getByRole('contentinfo').getByRole('link', { name: statement.title }).count()) !== 1,
  );
  report('axe', await axeViolations(page));

  // The player has no motion at all: instant scrolling keeps focus moves under Tab and page turns
  // on a projector immediate, so prefers-reduced-motion has nothing left to switch off.
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    await page.emulateMedia({ reducedMotion });
    const found = await motion(page);
    report(`motion (${reducedMotion})`, found.scrollBehavior !== 'auto' || found.moving > 0);
  }

  for (const viewport of REFLOW_VIEWPORTS) {
    await page.setViewportSize(viewport);
    report(`scrolls sideways at ${viewport.width}×${viewport.height}`, await scrollsSideways(page));
  }

  // WCAG 1.4.12: the overrides come as a user style sheet, which the page's CSP does not govern.
  const spacing = await page.addStyleTag({ content: TEXT_SPACING_CSS });
  report(
    'text spacing not applied',
    (await page.evaluate(() => getComputedStyle(document.querySelector('h1, h2') as Element).letterSpacing)) ===
      'normal',
  );
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 });
    report(`clipped text with text spacing at ${width} px`, await clippedText(page));
    if (width === 320) report('scrolls sideways with text spacing at 320 px', await scrollsSideways(page));
  }
  await spacing.evaluate((el) => (el as Element).remove());

  await page.setViewportSize(DESKTOP);
  await setZoom(page, true);
  report('axe (zoomed)', await axeViolations(page));
  report('motion (zoomed)', (await motion(page)).moving > 0);
  await page.setViewportSize(REFLOW_VIEWPORTS[0] as { width: number; height: number });
  report('scrolls sideways at 320 px (zoomed)', await scrollsSideways(page));
  report('axe (zoomed, 320 px)', await axeViolations(page));
  await setZoom(page, false);
  return problems;
}

const real = courseUnderTest();
const firstPages = new Set(real.modules.map((mod) => `${mod.id}/${mod.pages[0]?.id}`));
const sweeps: { name: string; course: Course; url: string; screens: Screen[] }[] = [
  { name: 'the Swedish fixture course, every screen', course: fixture, url: fixtureUrl, screens: allScreens(fixture) },
  (() => {
    const english = loadCourse(FIXTURE_BUILDS.english.courseDir);
    return {
      name: 'the English fixture course, every screen',
      course: english,
      url: inject('englishUrl'),
      screens: allScreens(english),
    };
  })(),
  {
    name: "the real course, as a smoke test (its other screens, each module's first page)",
    course: real,
    url: inject('baseUrl'),
    screens: allScreens(real).filter((s) => !s.name.includes('/') || firstPages.has(s.name)),
  },
];

describe('one visit per screen: axe normal and zoomed, structure, reflow, text spacing, motion', () => {
  for (const sweep of sweeps) {
    it(
      `on ${sweep.name}`,
      async () => {
        const { context, page, errors } = await openPage(browser, { viewport: DESKTOP, bypassCSP: true });
        const problems: string[] = [];
        for (const screen of sweep.screens)
          problems.push(...(await sweepScreen(page, sweep.url, sweep.course, screen)));
        expect(problems).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      },
      30_000 + sweep.screens.length * 8000,
    );
  }
});

describe('axe on states a sweep does not reach', () => {
  it('on a knowledge check before and after a wrong and a right answer', async () => {
    const { context, page } = await openPage(browser);
    const check = checkOf(checkModule, checkPage) as CheckBlock;
    await page.goto(`${fixtureUrl}${pageHash(checkModule, checkPage)}`);
    const section = page.locator('section.check').first();
    await section.getByRole('button', { name: m.answer }).waitFor();
    await expectNoViolations(page, 'unanswered check');

    await section.getByRole('button', { name: m.answer }).click();
    await section.getByRole('alert').waitFor();
    await expectNoViolations(page, 'check answered without a choice');

    const wrong = check.options.findIndex((_, i) => i !== check.correct);
    await section.getByRole('radio').nth(wrong).check();
    await section.getByRole('button', { name: m.answer }).click();
    await section.getByText(m.wrong(check.correct)).waitFor();
    await expectNoViolations(page, 'wrong answer');

    await section.getByRole('button', { name: m.tryAgain }).click();
    await section.getByRole('radio').nth(check.correct).check();
    await section.getByRole('button', { name: m.answer }).click();
    await section.getByText(m.right(check.correct)).waitFor();
    await expectNoViolations(page, 'right answer');
    await context.close();
  });

  it('on the start page with resume, restart confirmation and a storage notice', async () => {
    const { context, page } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(`${fixtureUrl}${pageHash(firstModule, 0)}`);
    await waitForHeading(page, { level: 2, name: firstModule.pages[0]?.title ?? '' });
    await page.getByRole('link', { name: m.allModules }).first().click();
    await page.getByRole('button', { name: m.continueWhereYouLeft }).waitFor();
    await page.getByRole('button', { name: m.startOver }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('status').first().getByText(m.notice.storageBlocked).waitFor();
    await expectNoViolations(page, 'start page with resume, confirmation and notice');
    await context.close();
  });

  it('on the print view in print media', async () => {
    const { context, page } = await openPage(browser);
    await page.emulateMedia({ media: 'print' });
    await openScreen(page, fixtureUrl, allScreens(fixture).find((s) => s.name === 'print view') as Screen);
    await expectNoViolations(page, 'print view in print media');
    await context.close();
  });
});

describe('structure', () => {
  it('has a skip link that is the first stop, shows on focus and moves focus to the content', async () => {
    const { context, page } = await openPage(browser);
    await openScreen(page, fixtureUrl, allScreens(fixture)[1] as Screen);
    expect(await page.getByRole('navigation', { name: m.pagesInModule }).count()).toBe(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: m.skipToContent });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await focusState(page)).visible).toBe(true);
    expect((await focusState(page)).inViewport).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    await context.close();
  });

  it('moves focus to the new page heading after Nästa, and names the page in the title', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${fixtureUrl}${pageHash(firstModule, 0)}`);
    await waitForHeading(page, { level: 2, name: firstModule.pages[0]?.title ?? '' });
    for (let i = 1; i < firstModule.pages.length; i++) {
      const title = firstModule.pages[i]?.title ?? '';
      await page.getByRole('button', { name: m.next }).click();
      await waitForHeading(page, { level: 2, name: title });
      const focused = await page.evaluate(() => ({
        tag: document.activeElement?.tagName,
        text: document.activeElement?.textContent?.trim(),
      }));
      expect(focused).toEqual({ tag: 'H2', text: title });
      expect(await page.title()).toContain(title);
    }
    await context.close();
  });
});

/** Presses Tab until `target` has focus, checking a visible focus indicator at every stop. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focus = await focusState(page);
    expect(focus.visible, `visible focus on ${focus.description}`).toBe(true);
    expect(focus.inViewport, `${focus.description} scrolled into view`).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function expectHeadingFocused(page: Page, name: string) {
  await waitForHeading(page, { level: 2, name });
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
  const focus = await focusState(page);
  expect(focus.description).toContain(name.slice(0, 40));
  expect(focus.visible, `visible focus on the heading "${name}"`).toBe(true);
}

describe('keyboard only', () => {
  it('completes a whole module with Tab, Enter, Space and arrows, with visible focus all the way', async () => {
    const { context, page, errors } = await openPage(browser);
    const module = checkModule;
    await page.goto(fixtureUrl);
    await waitForHeading(page, { level: 1, name: fixture.title });
    await tabTo(
      page,
      page.getByRole('link', { name: new RegExp(module.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }),
    );
    await page.keyboard.press('Enter');

    for (const [index, p] of module.pages.entries()) {
      await expectHeadingFocused(page, p.title);
      const checks = p.blocks.filter((b): b is CheckBlock => b.kind === 'kunskapskontroll');
      for (const [n, check] of checks.entries()) {
        const section = page.locator('section.check').nth(n);
        await tabTo(page, section.getByRole('radio').first());
        await page.keyboard.press('Space');
        for (let k = 0; k < check.correct; k++) await page.keyboard.press('ArrowDown');
        expect(await section.getByRole('radio').nth(check.correct).isChecked()).toBe(true);
        // Arrows belong to the radio group here: the page must not have turned.
        await waitForHeading(page, { level: 2, name: p.title });
        await tabTo(page, section.getByRole('button', { name: m.answer }));
        await page.keyboard.press('Space');
        await section.getByText(m.right(check.correct)).waitFor();
        await expect
          .poll(() => section.locator('.check-feedback').evaluate((el) => el === document.activeElement))
          .toBe(true);
      }
      await tabTo(page, page.getByRole('button', { name: m.next }));
      await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
    }
    await expectHeadingFocused(page, m.moduleDone);
    await expectNoViolations(page, 'end of a completed module');
    expect(errors).toEqual([]);
    await context.close();
  });
});
