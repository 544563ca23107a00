// Authoring in `npm run dev`: saving a module updates the page, and a broken module shows the
// file, line and reason in Vite's error overlay.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, openPage } from './browser';

const courseDir = mkdtempSync(join(tmpdir(), 'dev-course-'));
let server: ViteDevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  cpSync('tests/fixtures/course', courseDir, { recursive: true });
  // vite.config.ts reads COURSE_DIR when the server loads it; this test file runs in its own worker.
  process.env.COURSE_DIR = courseDir;
  server = await createServer({
    logLevel: 'silent',
    server: { host: '127.0.0.1', port: 0, hmr: { host: '127.0.0.1' } },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  url = `http://127.0.0.1:${address.port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(courseDir, { recursive: true, force: true });
});

it('reloads the page with the new text when a module is saved, and shows build errors in the overlay', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${url}#/modul/alfa/forsta-sidan`);
  await page.getByRole('heading', { level: 1, name: 'Alfa-modulen' }).waitFor();

  const file = join(courseDir, '01-alfa.md');
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace('title: Alfa-modulen', 'title: Alfa-modulen, omskriven'));
  await page.getByRole('heading', { level: 1, name: 'Alfa-modulen, omskriven' }).waitFor();

  writeFileSync(file, source.replace(':::diskussion', ':::okand'));
  const overlay = page.locator('vite-error-overlay');
  await overlay
    .getByText(/01-alfa\.md:\d+: unknown container ":::okand"/)
    .first()
    .waitFor();
  const message = await overlay.locator('.message-body').textContent();
  expect(message).toContain(`01-alfa.md:${source.split('\n').findIndex((l) => l.startsWith(':::diskussion')) + 1}`);
  await context.close();
});
