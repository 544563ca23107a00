// The UI message catalogues, one per language; the course's `language` picks one.
import { en } from './en.ts';
import { sv, type Messages } from './sv.ts';

export { sv, type Messages };

const CATALOGUES: Record<string, Messages> = { sv, en };

/** Languages the player's UI speaks. */
export const UI_LANGUAGES = Object.keys(CATALOGUES);

/** The catalogue for a BCP 47 tag ("sv", "sv-SE", "en-GB"), or null when the UI does not speak it. */
export function messagesFor(language: string): Messages | null {
  return CATALOGUES[language.toLowerCase().split('-')[0] ?? ''] ?? null;
}
