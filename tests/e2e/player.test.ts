// The player end to end in Chromium: walking a module, resume after closing the browser, zoom,
// the text version, direct links, and storage failures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sv } from '../../src/core/messages';
import type { Module } from '../../src/core/course/types';
import { checksOf } from '../../src/core/progress/progress';
import { CHROMIUM_ARGS, CHROMIUM_PATH, courseUnderTest, openPage, playerReady, useChromium } from './browser';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');
const firstModule = course.modules[0] as Module;
const lastModule = course.modules[course.modules.length - 1] as Module;

let browser: Browser;
useChromium((launched) => (browser = launched));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectPage(page: Page, module: Module, index: number) {
  const target = module.pages[index];
  if (!target) throw new Error(`no page ${index}`);
  await page.getByRole('heading', { level: 2, name: target.title, exact: true }).waitFor();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(module.title);
  await expect(
    page.getByText(`Sida ${index + 1} av ${module.pages.length}`, { exact: true }).isVisible(),
  ).resolves.toBe(true);
}

/** Answers every knowledge check on the current page with the right option. */
async function answerChecks(page: Page, module: Module, pageIndex: number) {
  const checks = module.pages[pageIndex]?.blocks.filter((b) => b.kind === 'kunskapskontroll') ?? [];
  for (const [n, check] of checks.entries()) {
    if (check.kind !== 'kunskapskontroll') continue;
    const section = page.locator('section.check').nth(n);
    const right = check.options[check.correct]?.text ?? '';
    await section.getByRole('radio', { name: new RegExp(escapeRegExp(right)) }).check();
    await section.getByRole('button', { name: 'Svara' }).click();
    await section.getByText(sv.right(check.correct)).waitFor();
  }
}

async function walkModule(page: Page, module: Module) {
  for (let i = 0; i < module.pages.length; i++) {
    await expectPage(page, module, i);
    await answerChecks(page, module, i);
    await page.getByRole('button', { name: 'Nästa' }).click();
  }
  await page.getByRole('heading', { level: 2, name: 'Modulen är klar' }).waitFor();
}

describe('a learner in a browser', () => {
  it('walks a whole module from the start page and sees it marked done', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await expect(
      page.getByRole('progressbar', { name: 'Kursens framsteg' }).getAttribute('aria-valuenow'),
    ).resolves.toBe('0');
    await page.getByRole('link', { name: new RegExp(escapeRegExp(firstModule.title)) }).click();
    await walkModule(page, firstModule);
    await page.getByRole('link', { name: 'Alla moduler' }).first().click();
    const card = page.locator('article.card').first();
    await card.getByText('Status: Klar', { exact: true }).waitFor();
    const percent = Number(
      await page.getByRole('progressbar', { name: 'Kursens framsteg' }).getAttribute('aria-valuenow'),
    );
    expect(percent).toBe(Math.round(100 / course.modules.length));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('turns pages with arrow and clicker keys, and the back button returns', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl}#/modul/${firstModule.id}/${firstModule.pages[0]?.id}`);
    await expectPage(page, firstModule, 0);
    await page.keyboard.press('ArrowRight');
    await expectPage(page, firstModule, 1);
    await page.keyboard.press('PageUp');
    await expectPage(page, firstModule, 0);
    await page.keyboard.press('PageDown');
    await expectPage(page, firstModule, 1);
    await page.goBack();
    await expectPage(page, firstModule, 0);
    await context.close();
  });

  it('resumes on the exact page after the browser is closed and opened again', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'player-profile-'));
    const target = Math.min(2, lastModule.pages.length - 1);
    try {
      const first = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        locale: 'sv-SE',
      });
      const page1 = first.pages()[0] ?? (await first.newPage());
      await page1.goto(`${baseUrl}#/modul/${lastModule.id}/${lastModule.pages[0]?.id}`);
      for (let i = 0; i < target; i++) {
        await expectPage(page1, lastModule, i);
        await page1.getByRole('button', { name: 'Nästa' }).click();
      }
      await expectPage(page1, lastModule, target);
      // Closing the tab as a person would: pagehide fires and pending progress is written.
      await page1.close({ runBeforeUnload: true });
      await first.close();

      const second = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        locale: 'sv-SE',
      });
      const page2 = second.pages()[0] ?? (await second.newPage());
      await page2.goto(baseUrl);
      await page2.getByRole('button', { name: 'Fortsätt där du var' }).click();
      await expectPage(page2, lastModule, target);
      await page2.getByRole('link', { name: 'Alla moduler' }).first().click();
      await page2.locator('article.card').last().getByText('Status: Påbörjad', { exact: true }).waitFor();
      await second.close();
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('starts over after confirmation', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl}#/modul/${firstModule.id}/${firstModule.pages[0]?.id}`);
    await expectPage(page, firstModule, 0);
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Fortsätt där du var' }).waitFor();
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await page.getByRole('button', { name: 'Fortsätt där du var' }).waitFor();
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByRole('button', { name: 'Ja, börja om' }).click();
    await page.getByRole('button', { name: 'Fortsätt där du var' }).waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await expect(page.getByRole('button', { name: 'Fortsätt där du var' }).count()).resolves.toBe(0);
    await context.close();
  });
});

describe('a group on a projector', () => {
  const bodyFontSize = (page: Page) =>
    page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.rich p') ?? document.body).fontSize));
  const scrollsSideways = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

  it('toggles a large-type layout with Z and the Zoom button, and remembers it', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${baseUrl}#/modul/${firstModule.id}/${firstModule.pages[0]?.id}`);
    await expectPage(page, firstModule, 0);
    const zoomButton = page.getByRole('button', { name: 'Zoom' });
    await expect(zoomButton.getAttribute('aria-pressed')).resolves.toBe('false');
    const normal = await bodyFontSize(page);

    await page.keyboard.press('z');
    await page.waitForFunction(() => document.documentElement.classList.contains('zoom'));
    await expect(zoomButton.getAttribute('aria-pressed')).resolves.toBe('true');
    expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(normal * 1.5);
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByText('Storbildsläge på').waitFor({ state: 'attached' });

    await page.reload();
    await expectPage(page, firstModule, 0);
    await expect(zoomButton.getAttribute('aria-pressed')).resolves.toBe('true');

    await zoomButton.click();
    await page.waitForFunction(() => !document.documentElement.classList.contains('zoom'));
    await expect(zoomButton.getAttribute('aria-pressed')).resolves.toBe('false');
    expect(await bodyFontSize(page)).toBe(normal);
    await context.close();
  });

  it('ignores z typed in a text field and z with a modifier', async () => {
    const reflectionPage = firstModule.pages.findIndex((p) => p.blocks.some((b) => b.kind === 'reflektion'));
    const { context, page } = await openPage(browser);
    await page.goto(`${baseUrl}#/modul/${firstModule.id}/${firstModule.pages[reflectionPage]?.id}`);
    await expectPage(page, firstModule, reflectionPage);
    const zoomButton = page.getByRole('button', { name: 'Zoom' });
    const notes = page.getByRole('textbox', { name: /Dina anteckningar/ }).first();
    await notes.fill('');
    await notes.pressSequentially('zz zoom');
    await expect(notes.inputValue()).resolves.toBe('zz zoom');
    await page.keyboard.press('ArrowRight');
    await expectPage(page, firstModule, reflectionPage);
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Shift+Z');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Alt+z');
    await expect(zoomButton.getAttribute('aria-pressed')).resolves.toBe('false');
    await context.close();
  });
});

describe('the text version', () => {
  it('downloads the whole course as UTF-8 text, with notes when asked', async () => {
    const reflectionPage = firstModule.pages.findIndex((p) => p.blocks.some((b) => b.kind === 'reflektion'));
    const { context, page } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${baseUrl}#/modul/${firstModule.id}/${firstModule.pages[reflectionPage]?.id}`);
    await expectPage(page, firstModule, reflectionPage);
    await page
      .getByRole('textbox', { name: /Dina anteckningar/ })
      .first()
      .fill('Min egen tanke om dialog, åäö.');

    const [plain] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner textversion' }).click(),
    ]);
    expect(plain.suggestedFilename()).toBe(`${course.id}-textversion.txt`);
    // Compared with spaces folded, since the text version wraps its lines at 80 columns.
    const text = readFileSync(await plain.path(), 'utf8').replace(/\s+/g, ' ');
    const folded = (s: string | undefined) => s?.replace(/\s+/g, ' ');
    expect(text).toContain(course.title.toUpperCase());
    for (const module of course.modules) {
      expect(text).toContain(folded(module.title.toUpperCase()));
      for (const p of module.pages) expect(text).toContain(folded(p.title));
      for (const check of checksOf(module))
        expect(text).toContain(
          folded(`[x] ${String.fromCharCode(65 + check.correct)}. ${check.options[check.correct]?.text}`),
        );
    }
    expect(text).not.toContain('Min egen tanke');

    await page.getByRole('checkbox', { name: 'Ta med mina anteckningar' }).check();
    const [withNotes] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner textversion' }).click(),
    ]);
    expect(readFileSync(await withNotes.path(), 'utf8')).toContain('Min egen tanke om dialog, åäö.');
    await context.close();
  });

  it('opens a printable version of the whole course', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Utskriftsversion' }).click();
    await page.getByRole('heading', { level: 1, name: `${course.title}: textversion` }).waitFor();
    for (const [i, module] of course.modules.entries()) {
      await page.getByRole('heading', { level: 2, name: `Modul ${i + 1}: ${module.title}` }).waitFor();
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Skriv ut' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('is also served as files from the build', async () => {
    const { context, page } = await openPage(browser);
    const text = await page.goto(`${baseUrl}${course.id}-textversion.txt`);
    expect(text?.headers()['content-type']).toMatch(/text\/plain/);
    expect(await text?.text()).toContain(lastModule.title.toUpperCase());
    await page.goto(`${baseUrl}${course.id}-utskrift.html`);
    await page.getByRole('heading', { level: 2, name: new RegExp(escapeRegExp(lastModule.title)) }).waitFor();
    await context.close();
  });
});

describe('storage failures', () => {
  it('runs with progress in memory and a polite notice when IndexedDB is blocked', async () => {
    const { context, page } = await openPage(browser);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await page.goto(baseUrl);
    await page
      .getByRole('status')
      .getByText(/dina framsteg sparas inte/)
      .waitFor();
    await page.getByRole('link', { name: new RegExp(escapeRegExp(firstModule.title)) }).click();
    await expectPage(page, firstModule, 0);
    await page.getByRole('link', { name: 'Alla moduler' }).first().click();
    await page.locator('article.card').first().getByText('Status: Påbörjad', { exact: true }).waitFor();
    await context.close();
  });

  it('keeps what still matches of corrupt or outdated stored progress and says so', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(baseUrl);
    // The player has opened its database (the start page itself is in index.html before it does).
    await playerReady(page);
    await page.evaluate(
      ({ courseId, moduleId, pageId }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(courseId);
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put(
              {
                fingerprint: 'old',
                modules: {
                  [moduleId]: { seen: [pageId, 'removed-page'], answers: { x: 'y' }, timeMs: 1000 },
                  gone: { seen: ['a'] },
                },
                location: { moduleId: 'gone', pageId: 'a' },
              },
              `progress:${courseId}`,
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      { courseId: course.id, moduleId: firstModule.id, pageId: firstModule.pages[0]?.id ?? '' },
    );
    await page.reload();
    // An answer of the wrong type makes the stored value partly unreadable; what matches is kept.
    await page.getByRole('status').getByText('En del av dina sparade framsteg gick inte att läsa').waitFor();
    await page.locator('article.card').first().getByText('Status: Påbörjad', { exact: true }).waitFor();
    // The stored resume point is gone with its module; the action goes on in the module begun, at its first unseen page.
    await page
      .getByRole('button', {
        name: `Fortsätt där du var, Modul 1, sida 2: ${firstModule.pages[1]?.title}`,
        exact: true,
      })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
