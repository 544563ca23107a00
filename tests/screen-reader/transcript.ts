// Turns Orca's speech into a readable transcript, and keeps one per scenario as a golden file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Step } from './orca';

const TRANSCRIPTS = 'tests/screen-reader/transcripts';

/** Set to rewrite the golden transcripts from this run (after a deliberate change in what is said). */
export const UPDATING = Boolean(process.env.UPDATE_TRANSCRIPTS);

/** What Orca says about the browser rather than the course: window titles, Chromium's own prompts. */
const NOISE: RegExp[] = [
  /^Screen reader on\.?$/,
  /Chromium frame\.?$/,
  / - Chromium$/,
  /^Address and search bar/,
  /Translate this page\?/,
  /^This dialog is not currently focused/,
  / document web\.?$/,
  /^Finished loading /,
  /^Loading\.\s+Please wait\.?$/,
  /^about:blank/,
];

/**
 * Orca appends "clickable" to an element Chromium reports a click action for; for the headings
 * that take focus (tabindex -1) it comes and goes with timing, and a listener learns nothing from it.
 */
const normalise = (line: string) => line.trim().replace(/ clickable\.?$/, '.');

/** The speech of a step without the noise, one utterance a line, trimmed. */
export function meaningful(step: Step): string[] {
  return step.speech.map(normalise).filter((line) => line !== '' && !NOISE.some((noise) => noise.test(line)));
}

/** True when Orca said something matching `pattern` in this step. */
export function said(step: Step, pattern: RegExp): boolean {
  return meaningful(step).some((line) => pattern.test(line));
}

/** The transcript as text: a "> action" line per step, then what Orca said after it. */
export function transcriptText(title: string, steps: Step[]): string {
  const blocks = steps.map((step) => [`> ${step.action}`, ...meaningful(step)].join('\n'));
  return `# ${title}\n# What Orca 43 says in Chromium; regenerate with UPDATE_TRANSCRIPTS=1 (see README).\n\n${blocks.join('\n\n')}\n`;
}

/** For each pattern in turn, the first line after the previous match that matches it. */
export function keyLines(text: string, patterns: RegExp[]): string[] {
  const lines = text.split('\n');
  let from = 0;
  return patterns.map((pattern) => {
    const index = lines.findIndex((line, i) => i >= from && pattern.test(line));
    if (index < 0) return `(nothing matches ${pattern})`;
    from = index + 1;
    return lines[index] ?? '';
  });
}

/**
 * Checks a scenario's transcript against its golden file: the key lines (what the patterns pick
 * out, in order) must all be there and read as in the golden file. Wording elsewhere may change
 * without failing; UPDATE_TRANSCRIPTS=1, or a missing golden file, writes this run's transcript.
 */
export function expectTranscript(name: string, text: string, patterns: RegExp[]): void {
  const file = join(TRANSCRIPTS, `${name}.txt`);
  const live = keyLines(text, patterns);
  expect(
    live.filter((line) => line.startsWith('(nothing matches')),
    `key lines missing from what Orca said:\n${text}`,
  ).toEqual([]);
  if (UPDATING || !existsSync(file)) {
    mkdirSync(TRANSCRIPTS, { recursive: true });
    writeFileSync(file, text);
    return;
  }
  const golden = readFileSync(file, 'utf8');
  expect(live, `key lines differ from ${file}; if the change is meant, run UPDATE_TRANSCRIPTS=1`).toEqual(
    keyLines(golden, patterns),
  );
}
