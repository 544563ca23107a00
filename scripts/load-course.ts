// Reads a course folder from disk and compiles it: the Node entry point to the Course model.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileCourse } from '../src/course/compile-course.ts';
import type { Course } from '../src/course/types.ts';

/** The Markdown files a course folder is made of: course.md and every other *.md beside it. */
export function courseFiles(dir: string): { course: string; modules: string[] } {
  const names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  return { course: join(dir, 'course.md'), modules: names.filter((n) => n !== 'course.md').map((n) => join(dir, n)) };
}

/** The Markdown files of a course subfolder (pages/, templates/), sorted; none when it is absent. */
export function markdownFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')).sort().map((n) => join(dir, n)) : [];
}

/** Compiles the course in `dir`; throws CourseError (file, line, reason) when it is invalid. */
export function loadCourse(dir: string): Course {
  const root = resolve(dir);
  const files = courseFiles(root);
  const read = (path: string) => ({ file: relative(process.cwd(), path), source: readFileSync(path, 'utf8') });
  if (!existsSync(files.course)) throw new Error(`${relative(process.cwd(), files.course)}: missing; a course needs course.md`);
  const ctx = { fileExists: (path: string) => !path.startsWith('/') && !path.split('/').includes('..') && existsSync(join(root, path)) };
  return compileCourse(read(files.course), files.modules.map(read), ctx, {
    pages: markdownFiles(join(root, 'pages')).map(read),
    templates: markdownFiles(join(root, 'templates')).map(read),
  });
}
