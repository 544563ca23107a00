// The readability helpers behind the content test: words, sentences and LIX on known texts.
import { describe, expect, it } from 'vitest';
import { isLongWord, lix, sentenceCount, wordCount, words } from './readability';

describe('words', () => {
  it('counts runs of letters and digits, Swedish letters included', () => {
    expect(words('Både åäö och 2024 räknas.')).toEqual(['Både', 'åäö', 'och', '2024', 'räknas']);
    expect(wordCount('  ')).toBe(0);
    expect(wordCount('- [x] Rätt svar, eller hur?')).toBe(5);
  });

  it('calls a word long when it has more than six letters', () => {
    expect(isLongWord('dialog')).toBe(false);
    expect(isLongWord('dialogen')).toBe(true);
    expect(isLongWord('välfärd')).toBe(true);
    expect(isLongWord('2024000')).toBe(false);
  });
});

describe('sentenceCount', () => {
  it.each([
    ['Hej. Hur mår du? Bra!', 3],
    ['Tre saker finns:\n\n- ett\n- två\n- tre', 4],
    ['Ett stycke utan punkt\n\nEtt stycke till', 2],
    ['En mening som\nfortsätter på nästa rad.', 1],
    ['Priset steg 1.5 gånger i år.', 1],
    ['SKR:s kurs är kort.', 1],
    ['1. Först\n2. Sedan', 2],
    ['', 0],
  ])('%j has %i sentences', (text, count) => {
    expect(sentenceCount(text)).toBe(count);
  });
});

describe('lix', () => {
  it('is words per sentence plus the percentage of long words', () => {
    // 10 words, 2 sentences, no word over six letters ("mening" has six): 10 / 2 + 0 = 5.
    expect(lix('Det här är en kort mening. Den har korta ord.')).toBe(5);
    // 3 words, 1 sentence, all long: 3 / 1 + 100 = 103.
    expect(lix('Medborgardialog förbättrar beslutsunderlaget.')).toBe(103);
    // 8 words, 2 sentences, 2 long (kommunen, dialoger): 8 / 2 + 25 = 29.
    expect(lix('Kommunen bjuder in. Alla får delta i dialoger.')).toBeCloseTo(29);
  });

  it('is 0 for a text without words', () => {
    expect(lix('')).toBe(0);
    expect(lix('- - -')).toBe(0);
  });
});
