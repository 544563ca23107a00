import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './scripts/vite-plugin-course.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';

// The offline service worker: precaches the whole build. src/pwa/register-sw.ts registers it in
// standalone mode only; no manifest, since the SCORM zips leave the PWA files out.
const offline = VitePWA({
  injectRegister: false,
  manifest: false,
  registerType: 'autoUpdate',
  workbox: {
    globPatterns: ['**/*.{html,js,css,svg,png,jpg,webp,txt,docx}'],
    clientsClaim: true,
    skipWaiting: true,
  },
});

// index.html's CSP forbids inline styles; the dev server injects CSS and its error overlay as <style>.
const devStyles: Plugin = {
  name: 'dev-csp-styles',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
};

// COURSE_DIR builds another course folder, e.g. the test fixture.
const courseDir = process.env.COURSE_DIR ?? 'modules';

export default defineConfig({
  // Relative asset URLs, so the same build runs from any folder and inside an LMS package.
  base: './',
  plugins: [preact(), coursePlugin({ dir: courseDir }), prerenderPlugin({ dir: courseDir }), offline, devStyles],
  build: {
    target: 'es2022',
    modulePreload: false,
    // The course text in a chunk of its own, so its size is measured apart from the player's.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'course', test: /virtual:course/ }] } } },
  },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // Orca reading a real Chromium under Xvfb (tests/screen-reader/orca.ts); one session, in order.
          name: 'screen-reader',
          include: ['tests/screen-reader/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
