// The fixture courses the e2e suite builds and serves beside the real one (see package.json's build:fixtures).

/** A course folder and the folder its build goes to. */
export interface FixtureBuild {
  courseDir: string;
  outDir: string;
}

export const FIXTURE_BUILDS = {
  /** The small Swedish course: exhaustive sweeps run over every screen of it. */
  fixture: { courseDir: 'tests/fixtures/course', outDir: 'dist-fixtures/sv' },
  /** The English course: proves the player works for another course and language. */
  english: { courseDir: 'tests/fixtures/course-en', outDir: 'dist-fixtures/en' },
} satisfies Record<string, FixtureBuild>;
