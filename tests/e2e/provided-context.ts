// Values the e2e global setup hands to the tests through inject().
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served real course (dist/), ending in "/". */
    baseUrl: string;
    /** URL of the served Swedish fixture course (dist-fixtures/sv/). */
    fixtureUrl: string;
    /** URL of the served English fixture course (dist-fixtures/en/). */
    englishUrl: string;
  }
}
