// Values the e2e global setup hands to the tests through inject().
import type {} from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the served build, ending in "/". */
    baseUrl: string;
  }
}
