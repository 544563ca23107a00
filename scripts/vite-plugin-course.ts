// Vite plugin: compiles modules/*.md into `virtual:course` at build time (marked never ships),
// serves and emits the course images and the templates as .docx, and writes the text version files into the build.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { CourseError } from '../src/course/course-error.ts';
import type { Course } from '../src/course/types.ts';
import { courseToPrintHtml, printFileName } from '../src/export/print-html.ts';
import { courseToText, textFileName } from '../src/export/text-version.ts';
import { loadCourse } from './load-course.ts';
import { courseTemplateDocs } from './templates-docx.ts';

const VIRTUAL_ID = 'virtual:course';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const IMAGE_TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

export interface CoursePluginOptions {
  /** The course folder: course.md, module files and images/. */
  dir: string;
}

export function coursePlugin({ dir }: CoursePluginOptions): Plugin {
  const root = resolve(dir);
  const imagesDir = join(root, 'images');
  let course: Course | null = null;

  return {
    name: 'course',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      try {
        course = loadCourse(root);
      } catch (error) {
        if (error instanceof CourseError) {
          this.error({ message: `Course error: ${error.message}`, id: resolve(error.file), loc: { line: error.line, column: 0 } });
        }
        throw error;
      }
      // A JSON string parses faster than the same data as an object literal (V8's advice for large data).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(course))});`;
    },
    configureServer(server) {
      server.watcher.add(root);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(root)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
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
      for (const [fileName, source] of await courseTemplateDocs(root, course)) this.emitFile({ type: 'asset', fileName, source });
      for (const name of readdirSync(imagesDir)) {
        this.emitFile({ type: 'asset', fileName: `images/${name}`, source: readFileSync(join(imagesDir, name)) });
      }
      this.emitFile({ type: 'asset', fileName: textFileName(course), source: courseToText(course) });
      this.emitFile({ type: 'asset', fileName: printFileName(course), source: courseToPrintHtml(course) });
    },
  };
}
