// Reads a course folder from disk and compiles it: the Node entry point to the Course model.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { compileCourse } from './course/compile-course.ts';
import { CourseError } from './course/course-error.ts';
import { decodeSource } from './course/source-text.ts';
import type { Course } from '../src/core/course/types.ts';

/** The Markdown files a course folder is made of: course.md and every other *.md beside it. */
export function courseFiles(dir: string): { course: string; modules: string[] } {
  const course = join(dir, 'course.md');
  return { course, modules: markdownFiles(dir).filter((path) => path !== course) };
}

/** Reads one course file as text; a folder or unreadable file becomes a CourseError naming it. */
function readSource(path: string): { file: string; source: string } {
  const file = relative(process.cwd(), path);
  if (statSync(path).isDirectory()) {
    throw new CourseError(
      file,
      1,
      'this is a folder, but names ending in ".md" are read as module files: rename the folder or move it out of the course folder',
    );
  }
  return { file, source: decodeSource(file, readFileSync(path)) };
}

/** The Markdown files of a course subfolder (pages/, templates/), sorted; none when it is absent. */
export function markdownFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((n) => join(dir, n))
    : [];
}

/** Compiles the course in `dir`; throws CourseError (file, line, reason) when it is invalid. */
export function loadCourse(dir: string): Course {
  const root = resolve(dir);
  const files = courseFiles(root);
  if (!existsSync(files.course))
    throw new CourseError(relative(process.cwd(), files.course), 1, 'missing; a course needs course.md');
  const ctx = {
    fileExists: (path: string) =>
      !path.startsWith('/') && !path.split('/').includes('..') && existsSync(join(root, path)),
  };
  return compileCourse(readSource(files.course), files.modules.map(readSource), ctx, {
    pages: markdownFiles(join(root, 'pages')).map(readSource),
    templates: markdownFiles(join(root, 'templates')).map(readSource),
  });
}
