import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { coursePlugin } from './scripts/vite-plugin-course';

export default defineConfig({
  // Relative asset URLs, so the same build runs from any folder and inside an LMS package.
  base: './',
  plugins: [preact(), coursePlugin({ dir: 'modules' })],
  build: { target: 'es2022' },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { extends: true, test: { name: 'component', include: ['tests/component/**/*.test.tsx'], environment: 'happy-dom' } },
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
    ],
  },
});
