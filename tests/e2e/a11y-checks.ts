// In-page measurements the accessibility tests share: axe, headings, focus, reflow and clipping.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { coursePageRoute, routeHash } from '../../src/app/state/route';
import { messagesFor, sv } from '../../src/core/messages';
import type { Course, Module } from '../../src/core/course/types';
import { facilitatorGuideTitle } from '../../src/core/export/facilitator-guide';

/** The WCAG 2.0 and 2.1 level A and AA rule sets (EN 301 549). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe violations on the page as readable lines (rule, impact, first targets); empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

/** A screen of the app: its hash and the heading that shows it has rendered. */
export interface Screen {
  name: string;
  hash: string;
  heading: { level: number; name: string };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens `hash` and waits for the screen's heading. */
export async function openScreen(page: Page, baseUrl: string, screen: Screen): Promise<void> {
  await page.goto(`${baseUrl}${screen.hash}`);
  await waitForHeading(page, screen.heading);
}

export async function waitForHeading(page: Page, heading: { level: number; name: string }): Promise<void> {
  await page
    .getByRole('heading', { level: heading.level, name: new RegExp(`^${escapeRegExp(heading.name)}$`) })
    .waitFor();
}

export const pageHash = (module: Module, index: number) => `#/modul/${module.id}/${module.pages[index]?.id ?? ''}`;

/** Every kind of screen, and every page of every module, of `course`, named in the course's UI language. */
export function allScreens(course: Course): Screen[] {
  const m = messagesFor(course.language) ?? sv;
  const first = course.modules[0] as Module;
  const pages = course.modules.flatMap((module) =>
    module.pages.map(
      (p, i): Screen => ({
        name: `${module.id}/${p.id}`,
        hash: pageHash(module, i),
        heading: { level: 2, name: p.title },
      }),
    ),
  );
  return [
    { name: 'start page', hash: '#/', heading: { level: 1, name: course.title } },
    ...pages,
    ...course.pages.map(
      (p): Screen => ({
        name: `course page ${p.id}`,
        hash: routeHash(coursePageRoute(p)),
        heading: { level: 1, name: p.title },
      }),
    ),
    { name: 'end of module', hash: `#/modul/${first.id}/klar`, heading: { level: 2, name: m.moduleEnd } },
    { name: 'print view', hash: '#/utskrift', heading: { level: 1, name: m.printHeading(course.title) } },
    {
      name: 'facilitator guide',
      hash: '#/handledarguide',
      heading: { level: 1, name: facilitatorGuideTitle(course, m) },
    },
    { name: 'not found', hash: '#/finns-inte', heading: { level: 1, name: m.notFound } },
  ];
}

/** The levels of the headings in the accessibility tree, in document order. */
export function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((el) => !el.closest('[hidden], [aria-hidden="true"]') && getComputedStyle(el).display !== 'none')
      .map((el) => Number(el.getAttribute('aria-level') ?? el.tagName.slice(1))),
  );
}

/** Problems with a heading outline: not exactly one h1, or a level skipped on the way down. */
export function outlineProblems(levels: number[]): string[] {
  const problems: string[] = [];
  const h1s = levels.filter((l) => l === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);
  levels.forEach((level, i) => {
    const previous = i === 0 ? 0 : (levels[i - 1] as number);
    if (level > previous + 1) problems.push(`h${level} follows h${previous || '(none)'} at heading ${i + 1}`);
  });
  return problems;
}

/** The focused element, described, and whether it has a visible focus indicator inside the viewport. */
export function focusState(page: Page): Promise<{ description: string; visible: boolean; inViewport: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { description: 'body', visible: false, inViewport: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const rect = el.getBoundingClientRect();
    const inViewport =
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < innerHeight &&
      rect.left < innerWidth &&
      rect.width > 0 &&
      rect.height > 0;
    const text = (el.getAttribute('aria-label') ?? (el as HTMLElement).textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 60);
    return {
      description: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}"`,
      visible: outline || shadow,
      inViewport,
    };
  });
}

/** True when the page scrolls sideways. */
export function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** The WCAG 1.4.12 text spacing overrides, as the W3C's own test bookmarklet sets them. */
export const TEXT_SPACING_CSS = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/**
 * Elements that hide overflowing text: overflow hidden or clip, holding text, and content larger than
 * the box. Screen-reader-only text (a 1 px box) is clipped on purpose and left out.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const style = getComputedStyle(el);
        const hides = (v: string) => v === 'hidden' || v === 'clip';
        if (!hides(style.overflowX) && !hides(style.overflowY)) return false;
        if (el.clientWidth <= 1 && el.clientHeight <= 1) return false;
        if (!(el.textContent ?? '').trim()) return false;
        return (
          (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) ||
          (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        );
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
      ),
  );
}
