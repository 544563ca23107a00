// What a blind learner hears: Orca 43 in Chromium, driven with the keys a screen-reader user presses.
// Each scenario asserts on meaning and keeps its transcript in transcripts/ (see transcript.ts).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckBlock, Module, Page } from '../../src/course/types';
import { courseUnderTest } from '../e2e/browser';
import { startScreenReader, type ScreenReader } from './orca';
import { expectTranscript, meaningful, said, transcriptText } from './transcript';

const course = courseUnderTest();
const baseUrl = inject('baseUrl');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (text: string) => new RegExp(escape(text).replace(/\s+/g, '\\s*'));
const letter = (index: number) => String.fromCharCode(65 + index);

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
    const { load } = await reader.open(baseUrl, 'the start page');
    const lines = meaningful(load);
    const at = (pattern: RegExp, from = 0) => lines.findIndex((line, i) => i >= from && pattern.test(line));
    const title = lines.findIndex((line, i) => line === course.title && lines[i + 1] === 'heading level 1');
    expect(title, 'the course title is read as heading level 1').toBeGreaterThanOrEqual(0);
    expect(at(/^\d+ percent\.?$/, title), 'the course progress is read').toBeGreaterThan(title);
    let from = title;
    for (const [index, module] of course.modules.entries()) {
      const card = at(words(module.title), from);
      expect(card, `module ${index + 1} is read after the previous one`).toBeGreaterThan(from);
      const status = at(/^Status:?\s*(Ej påbörjad|Påbörjad|Klar)$/, card);
      expect(status, `module ${index + 1} has its status read`).toBeGreaterThan(card);
      from = status;
    }
    // The same first heading when the learner jumps by headings from the top.
    const first = await reader.press('h');
    expect(said(first, new RegExp(`^${escape(course.title)} heading level 1`))).toBe(true);
    finish('start-page', 'Start page: loaded (Orca reads it all), then h', [new RegExp(`^${escape(course.title)}$`), /^heading level 1$/, /percent/, ...course.modules.flatMap((m) => [words(m.title), /^Status/]), /heading level 1/]);
  });
});
