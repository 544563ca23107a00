// WCAG 2.1 AA in Chromium: axe on every kind of screen, keyboard-only completion of a module,
// skip link, landmarks, headings, language, focus on page change, reflow, text spacing, motion.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { CheckBlock, Module } from '../../src/course/types';
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

const course = courseUnderTest();
const baseUrl = inject('baseUrl');
const screens = allScreens(course);
const firstModule = course.modules[0] as Module;
const checkOf = (module: Module, index: number) => module.pages[index]?.blocks.find((b): b is CheckBlock => b.kind === 'kunskapskontroll');
const checkModule = course.modules.find((m) => m.pages.some((_, i) => checkOf(m, i))) as Module;
const checkPage = checkModule.pages.findIndex((_, i) => checkOf(checkModule, i));
/** A time limit for a test that visits every screen: the real course has many more than the fixture. */
const perScreen = (ms: number) => 30_000 + screens.length * ms;

let browser: Browser;
useChromium((launched) => (browser = launched));

async function expectNoViolations(page: Page, screen: string) {
  expect(await axeViolations(page), `axe on ${screen}`).toEqual([]);
}

async function pressZ(page: Page) {
  await page.locator('body').press('z');
  await page.locator('html.zoom').waitFor({ state: 'attached' });
}

describe('axe finds no WCAG 2.1 A/AA violations', () => {
  for (const screen of screens) {
    it(`on ${screen.name}, normal and zoomed`, async () => {
      const { context, page, errors } = await openPage(browser);
      await openScreen(page, baseUrl, screen);
      await expectNoViolations(page, screen.name);
      await pressZ(page);
      await expectNoViolations(page, `${screen.name} (zoomed)`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('on a knowledge check before and after a wrong and a right answer', async () => {
    const { context, page } = await openPage(browser);
    const check = checkOf(checkModule, checkPage) as CheckBlock;
    await page.goto(`${baseUrl}${pageHash(checkModule, checkPage)}`);
    const section = page.locator('section.check').first();
    await section.getByRole('button', { name: 'Svara' }).waitFor();
    await expectNoViolations(page, 'unanswered check');

    await section.getByRole('button', { name: 'Svara' }).click();
    await section.getByRole('alert').waitFor();
    await expectNoViolations(page, 'check answered without a choice');

    const wrong = check.options.findIndex((_, i) => i !== check.correct);
    await section.getByRole('radio').nth(wrong).check();
    await section.getByRole('button', { name: 'Svara' }).click();
    await section.getByText(/^Inte riktigt/).waitFor();
    await expectNoViolations(page, 'wrong answer');

    await section.getByRole('button', { name: 'Försök igen' }).click();
    await section.getByRole('radio').nth(check.correct).check();
    await section.getByRole('button', { name: 'Svara' }).click();
    await section.getByText('Rätt svar!').waitFor();
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
    await page.goto(`${baseUrl}${pageHash(firstModule, 0)}`);
    await waitForHeading(page, { level: 2, name: firstModule.pages[0]?.title ?? '' });
    await page.getByRole('link', { name: 'Alla moduler' }).first().click();
    await page.getByRole('button', { name: 'Fortsätt där du var' }).waitFor();
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('status').first().getByText(/sparas inte/).waitFor();
    await expectNoViolations(page, 'start page with resume, confirmation and notice');
    await context.close();
  });

  it('on the zoomed layout at 320 CSS px and in print media', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 320, height: 640 } });
    for (const screen of screens.filter((s) => !s.name.includes('/'))) {
      await openScreen(page, baseUrl, screen);
      if (!(await page.locator('html.zoom').count())) await pressZ(page);
      await expectNoViolations(page, `${screen.name} (zoomed, 320 px)`);
    }
    await page.emulateMedia({ media: 'print' });
    await openScreen(page, baseUrl, screens.find((s) => s.name === 'print view') as Screen);
    await expectNoViolations(page, 'print view in print media');
    await context.close();
  }, perScreen(10_000));
});

describe('structure', () => {
  it('has lang="sv", one banner, main and contentinfo, one h1 and no skipped heading level on every screen', async () => {
    const { context, page } = await openPage(browser);
    for (const screen of screens) {
      await openScreen(page, baseUrl, screen);
      expect(await page.evaluate(() => document.documentElement.lang), screen.name).toBe('sv');
      expect(await page.getByRole('banner').count(), `banner on ${screen.name}`).toBe(1);
      expect(await page.getByRole('main').count(), `main on ${screen.name}`).toBe(1);
      expect(await page.getByRole('contentinfo').count(), `contentinfo on ${screen.name}`).toBe(1);
      expect(outlineProblems(await headingLevels(page)), `headings on ${screen.name}`).toEqual([]);
      // The accessibility statement is one link away from every screen.
      await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).count()).resolves.toBe(1);
    }
    await openScreen(page, baseUrl, screens[1] as Screen);
    expect(await page.getByRole('navigation', { name: 'Sidor i modulen' }).count()).toBe(1);
    await context.close();
  }, perScreen(1000));

  it('has a skip link that is the first stop, shows on focus and moves focus to the content', async () => {
    const { context, page } = await openPage(browser);
    await openScreen(page, baseUrl, screens[1] as Screen);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till innehållet' });
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
    await page.goto(`${baseUrl}${pageHash(firstModule, 0)}`);
    await waitForHeading(page, { level: 2, name: firstModule.pages[0]?.title ?? '' });
    for (let i = 1; i < firstModule.pages.length; i++) {
      const title = firstModule.pages[i]?.title ?? '';
      await page.getByRole('button', { name: 'Nästa' }).click();
      await waitForHeading(page, { level: 2, name: title });
      const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() }));
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
    // Smooth scrolling brings the focused element into view over a few frames.
    await expect.poll(async () => (await focusState(page)).inViewport, { message: `${focus.description} scrolled into view` }).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2000 })) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

async function expectHeadingFocused(page: Page, name: string) {
  await waitForHeading(page, { level: 2, name });
  const focus = await focusState(page);
  expect(focus.description).toContain(name.slice(0, 40));
  expect(focus.visible, `visible focus on the heading "${name}"`).toBe(true);
}

describe('keyboard only', () => {
  it('completes a whole module with Tab, Enter, Space and arrows, with visible focus all the way', async () => {
    const { context, page, errors } = await openPage(browser);
    const module = checkModule;
    await page.goto(baseUrl);
    await waitForHeading(page, { level: 1, name: course.title });
    await tabTo(page, page.getByRole('link', { name: new RegExp(module.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }));
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
        await tabTo(page, section.getByRole('button', { name: 'Svara' }));
        await page.keyboard.press('Space');
        await section.getByText('Rätt svar!').waitFor();
        expect(await section.locator('.check-feedback').evaluate((el) => el === document.activeElement)).toBe(true);
      }
      await tabTo(page, page.getByRole('button', { name: 'Nästa' }));
      await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
    }
    await expectHeadingFocused(page, 'Modulen är klar');
    await expectNoViolations(page, 'end of a completed module');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('reflow and text spacing', () => {
  const viewports = [
    { name: '320 CSS px', width: 320, height: 640, zoom: false },
    { name: '320 CSS px, zoomed layout', width: 320, height: 640, zoom: true },
    // 400 % browser zoom of a 1280 × 1024 window lays the page out in 320 × 256 CSS px, media
    // queries included; deviceScaleFactor would only sharpen the pixels.
    { name: '1280 × 1024 px at 400 % zoom', width: 1280 / 4, height: 1024 / 4, zoom: false },
  ];
  for (const viewport of viewports) {
    it(`never scrolls sideways at ${viewport.name}`, async () => {
      const { context, page } = await openPage(browser, { viewport: { width: viewport.width, height: viewport.height } });
      for (const screen of screens) {
        await openScreen(page, baseUrl, screen);
        if (viewport.zoom && !(await page.locator('html.zoom').count())) await pressZ(page);
        expect(await scrollsSideways(page), `${screen.name} scrolls sideways`).toBe(false);
      }
      await context.close();
    }, perScreen(1000));
  }

  it('clips no text under the WCAG 1.4.12 text spacing overrides', async () => {
    for (const width of [1280, 320]) {
      // The overrides come as a user style sheet, which the page's CSP does not govern.
      const { context, page } = await openPage(browser, { viewport: { width, height: 800 }, bypassCSP: true });
      for (const screen of screens) {
        await openScreen(page, baseUrl, screen);
        await page.addStyleTag({ content: TEXT_SPACING_CSS });
        expect(await page.evaluate(() => getComputedStyle(document.querySelector('h1, h2') as Element).letterSpacing)).not.toBe('normal');
        expect(await clippedText(page), `${screen.name} at ${width} px`).toEqual([]);
        if (width === 320) expect(await scrollsSideways(page), `${screen.name} scrolls sideways with text spacing`).toBe(false);
      }
      await context.close();
    }
  }, perScreen(2000));
});

describe('motion', () => {
  const motion = (page: Page) =>
    page.evaluate(() => ({
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      moving: [...document.querySelectorAll('*')].filter((el) => {
        const style = getComputedStyle(el);
        const seconds = (v: string) => Math.max(...v.split(',').map((s) => parseFloat(s) * (s.trim().endsWith('ms') ? 0.001 : 1)));
        return (style.animationName !== 'none' && seconds(style.animationDuration) > 0.01) || seconds(style.transitionDuration) > 0.01;
      }).length,
    }));

  // The player has no motion at all: instant scrolling keeps focus moves under Tab and page turns
  // on a projector immediate, so prefers-reduced-motion has nothing left to switch off.
  it('has no smooth scrolling, animations or transitions, with or without prefers-reduced-motion', async () => {
    const { context, page } = await openPage(browser);
    await openScreen(page, baseUrl, screens[0] as Screen);
    await pressZ(page);
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      await page.emulateMedia({ reducedMotion });
      for (const screen of screens) {
        await openScreen(page, baseUrl, screen);
        expect(await motion(page), `${screen.name}, ${reducedMotion}`).toEqual({ scrollBehavior: 'auto', moving: 0 });
      }
    }
    await context.close();
  }, perScreen(2000));
});
