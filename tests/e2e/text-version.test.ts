// The text version as a learner gets it: the download is wrapped at 80 columns and says which edition
// it is; the standalone print file is the app's print view, and loads without a failed request.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { columns, lineStart, TEXT_WIDTH } from '../../src/core/export/wrap';
import { courseUnderTest, openPage, useChromium } from './browser';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');

let browser: Browser;
useChromium((launched) => (browser = launched));

/** Every heading of the print content, in order, as "h2 Modul 1: …". */
function headings(page: Page, container: string): Promise<string[]> {
  return page
    .locator(`${container} :is(h1, h2, h3, h4)`)
    .evaluateAll((nodes) => nodes.map((n) => `${n.tagName.toLowerCase()} ${n.textContent?.trim()}`));
}

describe('the text version', () => {
  it('downloads wrapped at 80 columns, with its edition, and the same as the build’s file', async () => {
    const { context, page, errors } = await openPage(browser, { acceptDownloads: true });
    await page.goto(baseUrl);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner textversion' }).click(),
    ]);
    const text = readFileSync(await download.path(), 'utf8');
    const lines = text.split('\n');
    for (const line of lines) {
      if (columns(line) > TEXT_WIDTH) expect(line.slice(lineStart(line).length)).not.toContain(' ');
      expect(line).not.toMatch(/^\s+$/);
    }
    expect(Math.max(...lines.map(columns))).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(text).toMatch(/^Textversion av kursen, version \d+\.\d+\.\d+, \d{4}-\d{2}-\d{2}\.$/m);
    expect(text).not.toContain('Tryck på Z');
    expect(text).toBe(readFileSync(`dist/${course.id}-textversion.txt`, 'utf8'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints from a standalone file that matches the app’s print view and loads with no failed request', async () => {
    const { context, page, errors } = await openPage(browser);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(`${request.url()} ${request.failure()?.errorText}`));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
    });
    await page.goto(`${baseUrl}${course.id}-utskrift.html`);
    await page.getByRole('heading', { level: 1, name: `${course.title}: textversion` }).waitFor();
    const standalone = await headings(page, 'main');
    await page.goto(`${baseUrl}#/utskrift`);
    await page.getByRole('heading', { level: 1, name: `${course.title}: textversion` }).waitFor();
    expect(await headings(page, '.print-page')).toEqual(standalone);
    expect(standalone.filter((h) => h.startsWith('h2 Modul'))).toHaveLength(course.modules.length);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
