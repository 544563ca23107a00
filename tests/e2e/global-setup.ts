// Serves the builds the end-to-end tests run against; `npm test` builds them before vitest runs:
// dist/ (the real course) and dist-fixtures/<name>/ (the small Swedish and English fixture courses).
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import './provided-context';
import { preview, type PreviewServer } from 'vite';
import { FIXTURE_BUILDS } from './builds';

const servers: PreviewServer[] = [];

async function serve(outDir: string): Promise<string> {
  if (!existsSync(`${outDir}/index.html`))
    throw new Error(
      `${outDir}/ is missing: run "npm run build && npm run build:fixtures" before the e2e tests (npm test does)`,
    );
  const server = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, open: false },
  });
  servers.push(server);
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error(`preview server for ${outDir} has no port`);
  return `http://127.0.0.1:${address.port}/`;
}

export async function setup(project: TestProject): Promise<void> {
  project.provide('baseUrl', await serve('dist'));
  project.provide('fixtureUrl', await serve(FIXTURE_BUILDS.fixture.outDir));
  project.provide('englishUrl', await serve(FIXTURE_BUILDS.english.outDir));
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((server) => server.close()));
}
