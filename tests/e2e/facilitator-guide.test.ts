// The facilitator guide in Chromium: the in-app page passes axe and shows the same content as the
// guide file in the build, which holds every discussion and facilitator note and loads cleanly.
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { Course } from '../../src/core/course/types';
import { facilitatorGuideFileName } from '../../src/core/export/facilitator-guide';
import { axeViolations, headingLevels, outlineProblems } from './a11y-checks';
import { FIXTURE_BUILDS } from './builds';
import { courseUnderTest, openPage, useChromium } from './browser';

const builds = [
  { name: 'the real course', course: courseUnderTest(), url: inject('baseUrl'), dist: 'dist' },
  {
    name: 'the fixture course',
    course: loadCourse(FIXTURE_BUILDS.fixture.courseDir),
    url: inject('fixtureUrl'),
    dist: FIXTURE_BUILDS.fixture.outDir,
  },
];

let browser: Browser;
useChromium((launched) => (browser = launched));

/** What a group needs from the course, as the build renders it: discussion prompts and notes. */
function groupTexts(course: Course): string[] {
  return course.modules.flatMap((m) =>
    m.pages.flatMap((p) => [
      ...p.blocks.flatMap((b) => (b.kind === 'diskussion' ? [b.body.print ?? b.body.html] : [])),
      ...(p.facilitatorNotes ?? []).map((n) => n.print ?? n.html),
    ]),
  );
}

function headingTexts(page: Page, container: string): Promise<string[]> {
  return page
    .locator(`${container} :is(h1, h2, h3, h4)`)
    .evaluateAll((nodes) => nodes.map((n) => `${n.tagName.toLowerCase()} ${n.textContent?.trim()}`));
}

describe.each(builds)('the facilitator guide of $name', ({ course, url, dist }) => {
  const file = `${dist}/${facilitatorGuideFileName(course)}`;

  it('is a file in the build with every discussion and facilitator note', () => {
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    const texts = groupTexts(course);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(html).toContain(text);
  });

  it('opens in the app with no axe violations, the same headings as the file, and a print button', async () => {
    const { context, page, errors } = await openPage(browser);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
    });
    await page.goto(`${url}${facilitatorGuideFileName(course)}`);
    const title = `Handledarguide – ${course.title}`;
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const fromFile = await headingTexts(page, 'main');

    await page.goto(`${url}#/handledarguide`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await headingTexts(page, '.print-page')).toEqual(fromFile);
    await expect(page.title()).resolves.toBe(title);
    expect(await axeViolations(page)).toEqual([]);
    expect(outlineProblems(await headingLevels(page))).toEqual([]);
    await expect(page.getByRole('button', { name: 'Skriv ut' }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await axeViolations(page)).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
