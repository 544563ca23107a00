// What a blind learner hears: Orca 43 in Chromium, driven with the keys a screen-reader user presses.
// Each scenario asserts on meaning and keeps its transcript in transcripts/ (see transcript.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckBlock, Module, Page } from '../../src/core/course/types';
import { courseUnderTest } from '../e2e/browser';
import { BLOCK_STORAGE, startScreenReader, type ScreenReader } from './orca';
import { expectTranscript, meaningful, said, transcriptText } from './transcript';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (text: string) => new RegExp(escapeRegExp(text).replace(/\s+/g, '\\s*'));
const letter = (index: number) => String.fromCharCode(65 + index);
/** Orca's line for a heading it moves to: "Title heading level 2." */
const heading = (title: string, level: number) => new RegExp(`^${escapeRegExp(title)} heading level ${level}`);
const firstSentence = (text: string) => text.split(/(?<=[.!?])\s/)[0] ?? text;

const firstModule = course.modules[0] as Module;
const pageWith = (kind: string) => {
  for (const module of course.modules) {
    const page = module.pages.find((p) => p.blocks.some((b) => b.kind === kind));
    if (page) return { module, page };
  }
  throw new Error(`the course has no page with ${kind}`);
};
const pageUrl = (module: Module, page: Page) => `${baseUrl}#/modul/${module.id}/${page.id}`;

let reader: ScreenReader;
beforeAll(async () => {
  reader = await startScreenReader();
});
afterAll(async () => {
  await reader?.stop();
});

/** Closes a scenario: writes or checks its transcript and returns the text for further checks. */
function finish(name: string, title: string, keys: RegExp[]): string {
  const text = transcriptText(title, reader.takeSteps());
  expectTranscript(name, text, keys);
  return text;
}

describe('screen reader (Orca)', () => {
  it('reads the start page in order: course title as heading 1, the progress, each module with its status', async () => {
    await reader.open(baseUrl, 'the start page');
    // Orca's Say All (the keypad's plus) reads from the top of the page to the end.
    await reader.press('ctrl+Home');
    const lines = meaningful(await reader.press('KP_Add'));
    const at = (pattern: RegExp, from = 0) => lines.findIndex((line, i) => i >= from && pattern.test(line));
    const title = lines.findIndex((line, i) => line === course.title && lines[i + 1] === 'heading level 1');
    expect(title, 'the course title is read as heading level 1').toBeGreaterThanOrEqual(0);
    const action = at(/^Starta kursen, Modul 1/, title);
    expect(action, 'the primary action is read after the title, saying where it leads').toBeGreaterThan(title);
    expect(at(/^\d+ percent\.?$/, action), 'the course progress is read after it').toBeGreaterThan(action);
    let from = title;
    for (const [index, module] of course.modules.entries()) {
      const card = at(words(module.title), from);
      expect(card, `module ${index + 1} is read after the previous one`).toBeGreaterThan(from);
      const status = at(/^Status\b/, card);
      expect(status, `module ${index + 1} has its status read`).toBeGreaterThan(card);
      from = status;
    }
    // The same first heading when the learner jumps by headings from the top.
    const first = await reader.press('h');
    expect(said(first, new RegExp(`^${escapeRegExp(course.title)} heading level 1`))).toBe(true);
    finish('start-page', 'Start page: Say All from the top, then h', [
      new RegExp(`^${escapeRegExp(course.title)}$`),
      /^heading level 1$/,
      /^Starta kursen, Modul 1/,
      /percent/,
      ...course.modules.flatMap((m) => [words(m.title), /^Status/]),
      /heading level 1/,
    ]);
  });

  it('opens a module with h and Return; Nästa (found with b, then with Tab) announces the new page heading', async () => {
    const [first, second, third] = firstModule.pages;
    await reader.open(baseUrl, 'the start page');
    await reader.pressUntil('h', words(firstModule.title));
    const opened = await reader.press('Return');
    expect(
      said(opened, heading(first!.title, 2)),
      `the module's first page heading is announced; Orca said: ${opened.speech.join(' | ')}; page at ${await reader.page.evaluate(() => `${location.hash} ${document.activeElement?.outerHTML.slice(0, 80)}`)}`,
    ).toBe(true);
    await reader.pressUntil('b', /^Nästa/);
    const turned = await reader.press('Return');
    expect(said(turned, heading(second!.title, 2)), 'Nästa announces the next page heading').toBe(true);
    await reader.pressUntil('Tab', /^Nästa/, 30);
    const again = await reader.press('Return');
    expect(said(again, heading(third!.title, 2))).toBe(true);
    finish(
      'module-navigation',
      `Module ${firstModule.title}: from the start page with h and Return, then Nästa with b and with Tab`,
      [
        words(firstModule.title),
        heading(first!.title, 2),
        /^> b/,
        /^Nästa/,
        heading(second!.title, 2),
        /^> Tab/,
        heading(third!.title, 2),
      ],
    );
  });

  it('answers a knowledge check with r, space and Svara, and reads the feedback without interruption', async () => {
    const { module, page } = pageWith('kunskapskontroll');
    const check = page.blocks.find((b): b is CheckBlock => b.kind === 'kunskapskontroll')!;
    await reader.open(pageUrl(module, page), `the page ${page.title}`);
    await reader.pressUntil('b', /^Svara/);
    const empty = await reader.press('Return');
    expect(said(empty, /Välj ett svarsalternativ först/), 'Svara without a choice asks for one').toBe(true);
    // From the first check's Svara, shift+r walks its options backwards: pick the last wrong one.
    const wrong = check.options
      .map((_, i) => i)
      .filter((i) => i !== check.correct)
      .at(-1)!;
    await reader.pressUntil('shift+r', words(check.options[wrong]!.text), check.options.length);
    const chosen = await reader.press('space');
    expect(said(chosen, /checked|selected/)).toBe(true);
    await reader.pressUntil('Tab', /^Svara/, 3);
    const feedback = await reader.press('Return');
    const verdict = new RegExp(`Inte riktigt\\. Svaret som stämmer är ${letter(check.correct)}`);
    expect(said(feedback, verdict), 'the verdict is read').toBe(true);
    expect(said(feedback, words(firstSentence(check.feedback.text))), 'the explanation is read').toBe(true);
    expect(said(feedback, /percent/), 'no progress value interrupts the feedback').toBe(false);
    finish('knowledge-check', `Knowledge check on ${page.title}: Svara without a choice, then a wrong answer`, [
      /^Svara/,
      /Välj ett svarsalternativ först/,
      words(check.options[wrong]!.text),
      /^> space/,
      /checked|selected/,
      /^> Return/,
      verdict,
    ]);
  });

  it('says "Storbildsläge på" and "av" when Z toggles the zoom', async () => {
    await reader.open(pageUrl(firstModule, firstModule.pages[0]!), 'the first page');
    const on = await reader.press('z');
    expect(said(on, /Storbildsläge på/)).toBe(true);
    const off = await reader.press('z');
    expect(said(off, /Storbildsläge av/)).toBe(true);
    finish('zoom', 'Zoom: Z twice on a module page', [/^> z/, /Storbildsläge på/, /^> z/, /Storbildsläge av/]);
  });

  it('announces the end of a module and what is left to do', async () => {
    const last = firstModule.pages.at(-1)!;
    await reader.open(pageUrl(firstModule, last), `the last page of ${firstModule.title}`);
    await reader.pressUntil('b', /^Nästa/, 40);
    const end = await reader.press('Return');
    expect(
      said(end, /^(Slutet av modulen|Modulen är klar) heading level 2/),
      'the end screen heading is announced',
    ).toBe(true);
    await reader.pressUntil('Down', /kvar innan modulen räknas som klar/, 5);
    await reader.pressUntil('h', /Det här har du gått igenom heading level 3/, 5);
    finish('module-end', `End of module ${firstModule.title}: Nästa on its last page, then Down and h`, [
      /^Nästa/,
      /^(Slutet av modulen|Modulen är klar) heading level 2/,
      /kvar innan modulen räknas som klar/,
      /Det här har du gått igenom heading level 3/,
    ]);
  });

  it('reads the notice when the browser blocks storage', async () => {
    await reader.open(`${baseUrl}?${BLOCK_STORAGE}`, 'the start page with IndexedDB blocked');
    // Read from the top line by line, as a learner arriving on the page would.
    await reader.press('ctrl+Home');
    const notice = await reader.pressUntil('Down', /framsteg sparas inte/, 12);
    expect(said(notice, /framsteg sparas inte/)).toBe(true);
    const close = said(notice, /Stäng meddelandet/) || said(await reader.press('Down'), /Stäng meddelandet/);
    expect(close, 'its close button says what it closes').toBe(true);
    finish('storage-notice', 'Storage blocked: the start page read line by line from the top', [
      /^> ctrl\+Home/,
      /framsteg sparas inte/,
      /Stäng meddelandet/,
    ]);
  });
  // Last: it leaves Orca in focus mode in the field, after which Orca can miss the next page load.
  it('takes a reflection note typed into its field and reads it back', async () => {
    const { module, page } = pageWith('reflektion');
    await reader.open(pageUrl(module, page), `the page ${page.title}`);
    const field = await reader.pressUntil('Tab', /Dina anteckningar/, 30);
    expect(said(field, /Sparas bara i den här webbläsaren/), 'the field says where the note is kept').toBe(true);
    await reader.type('Min anteckning');
    expect(await reader.page.locator('textarea').first().inputValue()).toBe('Min anteckning');
    await reader.press('shift+Tab');
    const back = await reader.press('Tab');
    expect(said(back, /Min anteckning/), 'the note is read back').toBe(true);
    finish('reflection', `Reflection on ${page.title}: Tab to the notes field, type, Tab away and back`, [
      /Dina anteckningar/,
      /^> type/,
      /^> Tab/,
      /Min anteckning/,
    ]);
  });
});
