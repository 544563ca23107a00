// Ids the course format keeps for itself.

/** The URL segment of the end-of-module screen, so no page may take it as its id. */
export const END_SCREEN_ID = 'klar';

/** Page ids a module may not use. */
export const RESERVED_PAGE_IDS: readonly string[] = [END_SCREEN_ID];
