// `npm run preview:lms`: serves the LMS preview page and the SCORM packages it runs, unzipped in
// memory, on 127.0.0.1. Usage: tsx scripts/lms-preview/server.ts [--port N] [package.zip ...]
// (default: the zips in dist/scorm/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { basename, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import preact from '@preact/preset-vite';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { manifestLaunch } from '../scorm/package-check';

const PAGE_SOURCE = resolve(import.meta.dirname, 'page');
const PAGE_OUT = resolve('.lms-preview/page');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** A package as the page lists it. */
export interface PackageInfo {
  id: string;
  file: string;
  version: '1.2' | '2004' | null;
  title: string;
  /** The launch URL on this server, from the manifest's resource href. */
  launch: string | null;
}

/** A zip, unzipped again whenever the file changes on disk (e.g. after `npm run package`). */
function packageSource(zipPath: string) {
  let cached: { mtimeMs: number; files: Record<string, Uint8Array> } | null = null;
  return () => {
    const { mtimeMs } = statSync(zipPath);
    if (!cached || cached.mtimeMs !== mtimeMs) cached = { mtimeMs, files: unzipSync(readFileSync(zipPath)) };
    return cached.files;
  };
}

/** Builds the preview page (Preact, TypeScript) into .lms-preview/page. */
export async function buildPreviewPage(): Promise<void> {
  await build({
    configFile: false,
    root: PAGE_SOURCE,
    base: './',
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir: PAGE_OUT, emptyOutDir: true, target: 'es2022' },
  });
}

export interface PreviewServerOptions {
  zips?: string[];
  port?: number;
}

/** The zips in `${distDir}/scorm/`. */
export function defaultZips(distDir = 'dist'): string[] {
  const dir = resolve(distDir, 'scorm');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((n) => n.endsWith('.zip'))
        .sort()
        .map((n) => join(dir, n))
    : [];
}

/** Builds the page and starts serving; resolves with the URL once the server listens. */
export async function startLmsPreview({
  zips = defaultZips(),
  port = 4175,
}: PreviewServerOptions = {}): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  if (zips.length === 0) throw new Error('no package to preview: run "npm run package" first, or name a .zip');
  await buildPreviewPage();
  const packages = zips.map((zip) => ({
    id: basename(zip, '.zip').replace(/[^A-Za-z0-9_-]/g, '-'),
    file: zip,
    files: packageSource(zip),
  }));

  const info = (): PackageInfo[] =>
    packages.map(({ id, file, files }) => {
      const manifest = files()['imsmanifest.xml'];
      const launch = manifest
        ? manifestLaunch(new TextDecoder().decode(manifest))
        : { version: null, title: '', href: null };
      return {
        id,
        file: basename(file),
        version: launch.version,
        title: launch.title,
        launch: launch.href ? `/paket/${id}/${launch.href}` : null,
      };
    });

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    const send = (status: number, body: Uint8Array | string, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
      response.end(body);
    };
    try {
      if (path === '/packages.json') return send(200, JSON.stringify(info()), TYPES['.json']);
      const inPackage = /^\/paket\/([^/]+)\/(.+)$/.exec(path);
      if (inPackage) {
        const files = packages.find((p) => p.id === inPackage[1])?.files();
        const name = inPackage[2] ?? '';
        const file = files && Object.hasOwn(files, name) ? files[name] : undefined;
        return file
          ? send(200, file, TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream')
          : send(404, 'Finns inte i paketet');
      }
      const local = resolve(PAGE_OUT, `.${path === '/' ? '/index.html' : path}`);
      if (!local.startsWith(PAGE_OUT) || !existsSync(local) || !statSync(local).isFile())
        return send(404, 'Hittades inte');
      return send(200, readFileSync(local), TYPES[extname(local).toLowerCase()] ?? 'application/octet-stream');
    } catch (error) {
      return send(500, String(error));
    }
  });
  await new Promise<void>((ready, fail) => server.once('error', fail).listen(port, '127.0.0.1', ready));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    server,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args.splice(portIndex, 2)[1]) : Number(process.env.PORT ?? 4175);
  startLmsPreview({ zips: args.length > 0 ? args.map((a) => resolve(a)) : defaultZips(), port }).then(
    ({ url }) => console.log(`LMS preview: ${url}  (Ctrl+C to stop)`),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
