// Wraps plain text at a fixed column for the text version: breaks only at spaces, so a word or a URL
// is never split, and continuation lines keep their quote marks and the hanging indent of list markers.

/** The column the text version is wrapped at: what every editor and terminal shows without scrolling. */
export const TEXT_WIDTH = 80;

/**
 * A line's lead (indentation and `>` quote marks) and its marker, if any: a bullet, a number,
 * a knowledge check's "[x] A." or a checkbox. Continuation lines repeat the lead and pad the marker.
 */
const LINE_START = /^((?:[ \t]*>)*[ \t]*)((?:[-*+]|\d{1,3}[.)]|\[[ x]\](?: [A-Z]\.)?)[ \t]+)?/;

/** Width in characters as an editor counts them (code points, so å or an emoji is one). */
export function columns(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The part of a line before its words: lead plus marker, as the wrapper sees it. */
export function lineStart(line: string): string {
  const match = LINE_START.exec(line);
  return `${match?.[1] ?? ''}${match?.[2] ?? ''}`;
}

function wrapLine(line: string, width: number): string[] {
  const match = LINE_START.exec(line);
  const lead = match?.[1] ?? '';
  const marker = match?.[2] ?? '';
  const words = line
    .slice(lead.length + marker.length)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return [line.trimEnd()];
  const hanging = lead + ' '.repeat(columns(marker));
  const lines: string[] = [];
  let current = lead + marker + words[0];
  for (const word of words.slice(1)) {
    if (columns(current) + 1 + columns(word) <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = hanging + word;
    }
  }
  lines.push(current);
  return lines;
}

/**
 * Wraps every line of `text` at `width` columns. A line longer than that after wrapping holds one
 * word that cannot be broken (a long URL). Lines holding only whitespace become empty.
 */
export function wrapText(text: string, width = TEXT_WIDTH): string {
  return text
    .split('\n')
    .flatMap((line) => (line.trim() === '' ? [''] : wrapLine(line.trimEnd(), width)))
    .join('\n');
}
