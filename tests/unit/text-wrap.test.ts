// Wrapping the text version at 80 columns: never inside a word, hanging indents under list markers,
// quote marks repeated, and no line of spaces; proven over generated text, shown on hand-made cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columns, lineStart, TEXT_WIDTH, wrapText } from '../../src/core/export/wrap';

/** A word as course text has them: letters, digits and URL characters; lower case, so no "A." marker. */
const word = fc.stringMatching(/^[a-zåäö][a-zåäö0-9:/._?=-]{0,119}$/);
/** How a line may start in the text version: indentation, quote marks, a bullet, a number, an option. */
const start = fc.constantFrom('', '  ', '    ', '- ', '  - ', '1. ', '12. ', '> ', '  > - ', '  [x] B. ', '  [ ] A. ');
const line = fc.tuple(start, fc.array(word, { minLength: 1, maxLength: 40 }));
const text = fc.array(fc.oneof(line, fc.constantFrom<[string, string[]]>(['', []], ['   ', []])), { maxLength: 12 });

/** The words of wrapped text, without the markers the wrapper repeats or that the input put there. */
function wordsOf(output: string): string[] {
  return output.split('\n').flatMap((row) =>
    row
      .slice(lineStart(row).length)
      .split(' ')
      .filter((w) => w !== ''),
  );
}

describe('wrapText', () => {
  it('keeps every line within 80 columns unless it holds a single word too long to fit', () => {
    fc.assert(
      fc.property(text, (rows) => {
        const output = wrapText(rows.map(([s, words]) => s + words.join(' ')).join('\n'));
        for (const row of output.split('\n')) {
          if (columns(row) <= TEXT_WIDTH) continue;
          expect(row.slice(lineStart(row).length)).not.toContain(' ');
        }
      }),
    );
  });

  it('leaves no line of only whitespace and no trailing spaces', () => {
    fc.assert(
      fc.property(text, (rows) => {
        const output = wrapText(rows.map(([s, words]) => s + words.join(' ')).join('\n'));
        for (const row of output.split('\n')) expect(row === '' || row.trim() !== '').toBe(true);
        expect(output).not.toMatch(/ $/m);
      }),
    );
  });

  it('keeps every word, whole and in order', () => {
    fc.assert(
      fc.property(text, (rows) => {
        const output = wrapText(rows.map(([s, words]) => s + words.join(' ')).join('\n'));
        expect(wordsOf(output)).toEqual(rows.flatMap(([, words]) => words));
      }),
    );
  });

  it('is stable: wrapping wrapped text changes nothing', () => {
    fc.assert(
      fc.property(text, (rows) => {
        const once = wrapText(rows.map(([s, words]) => s + words.join(' ')).join('\n'));
        expect(wrapText(once)).toBe(once);
      }),
    );
  });

  it.each([
    [
      'a list item hangs under its text',
      `- ${'ord '.repeat(25).trim()}`,
      `- ${'ord '.repeat(19).trim()}\n  ${'ord '.repeat(6).trim()}`,
    ],
    [
      'a quote repeats its mark',
      `  > ${'ord '.repeat(25).trim()}`,
      `  > ${'ord '.repeat(19).trim()}\n  > ${'ord '.repeat(6).trim()}`,
    ],
    [
      'an option hangs under its text',
      `  [x] B. ${'ord '.repeat(20).trim()}`,
      `  [x] B. ${'ord '.repeat(18).trim()}\n         ${'ord '.repeat(2).trim()}`,
    ],
    ['a URL is never broken', `Se ${'x'.repeat(90)} nu`, `Se\n${'x'.repeat(90)}\nnu`],
    ['a line of spaces becomes empty', 'a\n   \nb  ', 'a\n\nb'],
  ])('%s', (_, input, output) => {
    expect(wrapText(input)).toBe(output);
  });
});
