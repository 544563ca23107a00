// Drives the stand-in LMS page (scripts/lms-preview) for one course's packages: choose a package and
// a SCORM version, launch it, end the session, and read what the LMS kept.
import type { FrameLocator, Page } from 'playwright-core';
import type { SavedAttempt } from '../../scripts/lms-preview/lms-runtime';
import { zipName } from '../../scripts/package-scorm';
import { playerReady } from './browser';
import type { Course } from '../../src/core/course/types';

type Version = '1.2' | '2004';

export function lmsPreviewDriver(course: Course) {
  const packageId = (version: Version) => zipName(course, version).replace(/\.zip$/, '');

  async function choose(page: Page, version: Version) {
    await page.getByLabel('Paket').selectOption(packageId(version));
    await page.getByRole('radio', { name: `SCORM ${version}` }).check();
  }

  /** The course's frame, once its start page is there and the player has taken it over. */
  async function courseFrame(page: Page): Promise<FrameLocator> {
    const frame = page.frameLocator('iframe[title="Kursen"]');
    await frame.getByRole('heading', { level: 1, name: course.title }).waitFor();
    await playerReady(frame);
    return frame;
  }

  /** `button` is the LMS page's own (Swedish) launch button: "Starta kursen" or "Nytt försök". */
  async function launch(page: Page, version: Version, button = 'Starta kursen'): Promise<FrameLocator> {
    await choose(page, version);
    await page.getByRole('button', { name: button }).click();
    return courseFrame(page);
  }

  async function endSession(page: Page) {
    await page.getByRole('button', { name: 'Avsluta kursen' }).click();
    await page.getByText('Sessionen är avslutad.').waitFor();
  }

  /** What the preview LMS keeps for this package and version after its last commit, or null. */
  async function savedAttemptOrNull(page: Page, version: Version): Promise<SavedAttempt | null> {
    const key = `lms-preview:attempt:${packageId(version)}:${version}`;
    const raw = await page.evaluate((k) => localStorage.getItem(k), key);
    return raw ? (JSON.parse(raw) as SavedAttempt) : null;
  }

  async function savedAttempt(page: Page, version: Version): Promise<SavedAttempt> {
    const saved = await savedAttemptOrNull(page, version);
    if (!saved) throw new Error('the LMS holds no data for this attempt');
    return saved;
  }

  return { choose, courseFrame, launch, endSession, savedAttemptOrNull, savedAttempt };
}
