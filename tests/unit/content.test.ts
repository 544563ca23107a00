// The real course in modules/: it compiles, holds the five modules of issue 4 in order, and each
// module keeps the limits for a ten-minute module (pages, words, LIX, blocks, checks, thumbnail).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { Block, CheckBlock, Course, Module } from '../../src/course/types';
import { lix, wordCount } from './readability';

const dir = fileURLToPath(new URL('../../modules', import.meta.url));

const EXPECTED = [
  ['nytta', 'Nyttan med medborgardialog'],
  ['framgangsfaktorer', 'Framgångsfaktorer för medborgardialog'],
  ['mot-medborgaren', 'Möt medborgaren'],
  ['kommunikation', 'Kommunikation för en lyckad medborgardialog'],
  ['resultat', 'Medborgardialogens resultat'],
] as const;

const KINDS = ['exempel', 'reflektion', 'diskussion', 'kunskapskontroll'] as const;

/** The plain text a learner reads in a block: body, or question, options and feedback. */
function blockTexts(block: Block): string[] {
  return block.kind === 'kunskapskontroll'
    ? [block.question.text, ...block.options.map((option) => option.text), block.feedback.text]
    : [block.body.text];
}

/** All body text of a module, one paragraph per block text (headings and titles left out). */
function moduleText(module: Module): string {
  return module.pages.flatMap((page) => page.blocks.flatMap(blockTexts)).join('\n\n');
}

function checks(module: Module): CheckBlock[] {
  return module.pages.flatMap((page) => page.blocks.filter((b): b is CheckBlock => b.kind === 'kunskapskontroll'));
}

let loaded: Course | undefined;
function course(): Course {
  loaded ??= loadCourse(dir);
  return loaded;
}

describe('the course in modules/', () => {
  it('compiles without errors', () => {
    expect(() => course()).not.toThrow();
  });

  it('has its front page fields', () => {
    const c = course();
    expect(c.id).toBe('medborgardialog');
    expect(c.title).toBe('Medborgardialog');
    expect(c.subtitle).toBe('En utbildning för förtroendevalda och tjänstepersoner');
    expect(c.language).toBe('sv');
    expect(c.description.length).toBeGreaterThan(0);
    expect(c.goal.text.length).toBeGreaterThan(0);
    expect(c.intro.text.length).toBeGreaterThan(0);
  });

  it('has exactly the five modules, with their ids and titles, in order', () => {
    expect(course().modules.map((m) => [m.id, m.title])).toEqual(EXPECTED.map(([id, title]) => [id, title]));
    expect(course().modules.map((m) => m.order)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe.each(EXPECTED.map(([id], index) => ({ id, index })))('module $id', ({ id, index }) => {
  const module = (): Module => {
    const found = course().modules[index];
    if (found?.id !== id) throw new Error(`module ${index + 1} should be "${id}", is "${found?.id}"`);
    return found;
  };

  it('takes ten minutes and lists 2 to 4 objectives', () => {
    expect(module().minutes).toBe(10);
    expect(module().objectives.length).toBeGreaterThanOrEqual(2);
    expect(module().objectives.length).toBeLessThanOrEqual(4);
    expect(module().summary.length).toBeGreaterThan(0);
  });

  it('has 4 to 7 pages', () => {
    expect(module().pages.length).toBeGreaterThanOrEqual(4);
    expect(module().pages.length).toBeLessThanOrEqual(7);
  });

  it('has 900 to 1400 words of body text', () => {
    const count = wordCount(moduleText(module()));
    expect(count, `${id}: ${count} words`).toBeGreaterThanOrEqual(900);
    expect(count, `${id}: ${count} words`).toBeLessThanOrEqual(1400);
  });

  it('reads plainly: LIX at most 45', () => {
    const value = lix(moduleText(module()));
    expect(value, `${id}: LIX ${value.toFixed(1)}`).toBeLessThanOrEqual(45);
  });

  it('has at least one block of each kind', () => {
    const kinds = new Set(module().pages.flatMap((page) => page.blocks.map((block) => block.kind)));
    for (const kind of KINDS) expect(kinds.has(kind), `${id} lacks a ${kind}`).toBe(true);
  });

  it('has exactly three knowledge checks, each with one right option and feedback', () => {
    const all = checks(module());
    expect(all).toHaveLength(3);
    for (const check of all) {
      expect(check.question.text.trim()).not.toBe('');
      expect(check.options.length).toBeGreaterThanOrEqual(2);
      expect(Number.isInteger(check.correct)).toBe(true);
      expect(check.correct).toBeGreaterThanOrEqual(0);
      expect(check.correct).toBeLessThan(check.options.length);
      expect(check.feedback.text.trim()).not.toBe('');
    }
  });

  it('has a thumbnail under 5 KB with alt text', () => {
    const { src, alt } = module().image;
    expect(src).toBe(`images/${id}.svg`);
    expect(alt.trim()).not.toBe('');
    const path = join(dir, src);
    expect(existsSync(path)).toBe(true);
    expect(statSync(path).size).toBeLessThan(5 * 1024);
  });
});
