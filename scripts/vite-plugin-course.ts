// Vite plugin: compiles modules/*.md into `virtual:course` at build time (marked never ships),
// serves and emits the course images and the templates as .docx, and writes the text version files and the
// facilitator guide into the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { messagesFor } from '../src/core/messages/index.ts';
import { CourseError } from './course/course-error.ts';
import type { Course, Edition } from '../src/core/course/types.ts';
import { facilitatorGuideFileName, facilitatorGuideHtml } from '../src/core/export/facilitator-guide.ts';
import { courseToPrintHtml, escapeHtml, printFileName } from '../src/core/export/print-html.ts';
import { courseToText, textFileName } from '../src/core/export/text-version.ts';
import { loadCourse } from './load-course.ts';
import { courseTemplateDocs } from './templates-docx.ts';

const VIRTUAL_ID = 'virtual:course';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
// The UI words of the course's language only, so the player never ships a catalogue it cannot use.
const MESSAGES_ID = 'virtual:messages';
const RESOLVED_MESSAGES_ID = `\0${MESSAGES_ID}`;
const MESSAGES_DIR = resolve(import.meta.dirname, '../src/core/messages');
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
};

export interface CoursePluginOptions {
  /** The course folder: course.md, module files and images/. */
  dir: string;
  /** The text version's version and date; by default package.json's version and the build date. */
  edition?: Edition;
}

const PACKAGE_JSON = resolve(import.meta.dirname, '../package.json');

/** package.json's version and today's date, or SOURCE_DATE_EPOCH's (the reproducible-builds convention). */
export function buildEdition(env: Record<string, string | undefined> = process.env, now = new Date()): Edition {
  const { version } = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string };
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const date = env.SOURCE_DATE_EPOCH && Number.isInteger(epoch) ? new Date(epoch * 1000) : now;
  return { version, date: date.toISOString().slice(0, 10) };
}

export function coursePlugin({ dir, edition = buildEdition() }: CoursePluginOptions): Plugin {
  const root = resolve(dir);
  /** The course as the build ships it: with the edition its text version names. */
  const courseWithEdition = (): Course => ({ ...loadCourse(root), edition });
  const imagesDir = join(root, 'images');
  let course: Course | null = null;
  /** The course compiled in `config` for a build, used by the first `load`. */
  let prebuilt: Course | null = null;

  /** Compiles the course; in a build a CourseError becomes an error whose message is just "file:line: reason". */
  const compile = (): Course => {
    try {
      return courseWithEdition();
    } catch (error) {
      if (error instanceof CourseError) error.stack = `Course error: ${error.message}`;
      throw error;
    }
  };

  return {
    name: 'course',
    // A build compiles the course while Vite reads its config, before any other plugin has run: a
    // course error is then the only message, and no plugin (the PWA's service worker) writes to dist.
    config(_, { command }) {
      if (command === 'build') prebuilt = compile();
    },
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : id === MESSAGES_ID ? RESOLVED_MESSAGES_ID : undefined),
    load(id) {
      if (id === RESOLVED_MESSAGES_ID) {
        const language = (course ?? prebuilt ?? compile()).language;
        const messages = messagesFor(language);
        if (!messages) this.error(`Course error: no UI words for language "${language}"`);
        return `export { ${messages.language} as default } from ${JSON.stringify(join(MESSAGES_DIR, `${messages.language}.ts`))};`;
      }
      if (id !== RESOLVED_ID) return undefined;
      try {
        course = prebuilt ?? courseWithEdition();
        prebuilt = null;
      } catch (error) {
        // The dev server: shown in Vite's error overlay, pointing at the file and line.
        if (error instanceof CourseError) {
          this.error({
            message: `Course error: ${error.message}`,
            id: resolve(error.file),
            loc: { line: error.line, column: 0 },
          });
        }
        throw error;
      }
      // A JSON string parses faster than the same data as an object literal (V8's advice for large data).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(course))});`;
    },
    // index.html speaks the course's language and names its files: one shell for any course.
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const shellCourse = course ?? prebuilt ?? compile();
        const messages = messagesFor(shellCourse.language);
        if (!messages) return html;
        const { before, link, after } = messages.noScript;
        const values: Record<string, string> = {
          'course.language': escapeHtml(shellCourse.language),
          'course.title': escapeHtml(shellCourse.title),
          'course.description': escapeHtml(shellCourse.description),
          'messages.loading': escapeHtml(messages.loading),
          'messages.noScript': `${escapeHtml(before)}<a href="./${escapeHtml(printFileName(shellCourse))}">${escapeHtml(link)}</a>${escapeHtml(after)}`,
        };
        return html.replace(
          /%(course|messages)\.(\w+)%/g,
          (placeholder, scope: string, key: string) => values[`${scope}.${key}`] ?? placeholder,
        );
      },
    },
    configureServer(server) {
      server.watcher.add(root);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(root)) return;
        for (const id of [RESOLVED_ID, RESOLVED_MESSAGES_ID]) {
          const mod = server.moduleGraph.getModuleById(id);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload).on('add', reload).on('unlink', reload);
      server.middlewares.use('/mallar', (req, res, next) => {
        const path = `mallar/${decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '')}`;
        courseTemplateDocs(root, course ?? loadCourse(root))
          .then((docs) => {
            const doc = docs.get(path);
            if (!doc) return next();
            res.setHeader('Content-Type', DOCX_TYPE);
            res.end(doc);
          })
          .catch(next);
      });
      server.middlewares.use('/images', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '').split('?')[0] ?? '').replace(/^\/+/, '');
        const type = IMAGE_TYPES[name.split('.').pop() ?? ''];
        if (!type || name.includes('..')) return next();
        try {
          res.setHeader('Content-Type', type);
          res.end(readFileSync(join(imagesDir, name)));
        } catch {
          next();
        }
      });
    },
    async generateBundle() {
      if (!course) return;
      for (const [fileName, source] of await courseTemplateDocs(root, course))
        this.emitFile({ type: 'asset', fileName, source });
      for (const name of readdirSync(imagesDir)) {
        this.emitFile({ type: 'asset', fileName: `images/${name}`, source: readFileSync(join(imagesDir, name)) });
      }
      const messages = messagesFor(course.language);
      if (!messages) return;
      this.emitFile({ type: 'asset', fileName: textFileName(course), source: courseToText(course, messages) });
      this.emitFile({ type: 'asset', fileName: printFileName(course), source: courseToPrintHtml(course, messages) });
      this.emitFile({
        type: 'asset',
        fileName: facilitatorGuideFileName(course),
        source: facilitatorGuideHtml(course, messages),
      });
    },
  };
}
