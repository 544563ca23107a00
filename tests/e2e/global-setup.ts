// Serves the built app (dist/) for the end-to-end tests; `npm test` builds it before vitest runs.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import './provided-context';
import { preview, type PreviewServer } from 'vite';


let server: PreviewServer | null = null;

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run "npm run build" before the e2e tests (npm test does)');
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
