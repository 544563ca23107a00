// Word counts and LIX (läsbarhetsindex) for Swedish text: small pure helpers for the content test.

/** The words of `text`: runs of letters and digits in any script (so å, ä and ö count). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** How many words `text` has. */
export function wordCount(text: string): number {
  return words(text).length;
}

/**
 * How many sentences `text` has. A sentence ends at ".", "!", "?" or ":" followed by white space
 * or the end of the text, at a blank line (end of a paragraph) and at the line break before a list
 * item ("- ", "* ", "+ " or "1. "), so a list item without a full stop still ends a sentence.
 * The number of an ordered list item ("1. ") and a single line break inside a paragraph end none.
 * Pieces with no word are not counted. Abbreviations such as "t.ex." would count as sentence ends;
 * plain Swedish avoids them anyway.
 */
export function sentenceCount(text: string): number {
  return text
    .split(/(?<!^[ \t]*\d+)[.!?:]+(?=\s|$)|\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])[ \t])/mu)
    .filter((piece) => /[\p{L}\p{N}]/u.test(piece)).length;
}

/** Whether `word` is long in the LIX sense: more than six letters. */
export function isLongWord(word: string): boolean {
  return (word.match(/\p{L}/gu)?.length ?? 0) > 6;
}

/** LIX = words per sentence + 100 × long words / words; 0 for a text without words. */
export function lix(text: string): number {
  const all = words(text);
  if (all.length === 0) return 0;
  const long = all.filter(isLongWord).length;
  return all.length / Math.max(1, sentenceCount(text)) + (100 * long) / all.length;
}
