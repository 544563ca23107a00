// Checks the links of course pages and templates against the compiled course: every in-course link
// ("#/sida/…", "#/modul/…", "mallar/….docx") must lead somewhere; other links must be web or e-mail.
import type { Tokens } from 'marked';
import { CourseError } from './course-error.ts';
import { walk } from './markdown.ts';
import type { Located } from './parse-module.ts';
import { templatePath } from '../../src/core/course/paths.ts';
import type { Course } from '../../src/core/course/types.ts';

/** Why `href` leads nowhere in this course, or null when it is fine. */
export function linkProblem(href: string, course: Pick<Course, 'modules' | 'pages' | 'templates'>): string | null {
  if (/^(https?:\/\/|mailto:)/i.test(href)) return null;
  if (href === '#/') return null;
  const page = /^#\/sida\/([^/]+)$/.exec(href);
  if (page)
    return course.pages.some((p) => p.id === page[1])
      ? null
      : `links to course page "${page[1]}", which does not exist`;
  const modulePage = /^#\/modul\/([^/]+)(?:\/([^/]+))?$/.exec(href);
  if (modulePage) {
    const module = course.modules.find((m) => m.id === modulePage[1]);
    if (!module) return `links to module "${modulePage[1]}", which does not exist`;
    if (modulePage[2] && !module.pages.some((p) => p.id === modulePage[2]))
      return `links to page "${modulePage[2]}" of module "${module.id}", which does not exist`;
    return null;
  }
  if (course.templates.some((t) => templatePath(t) === href)) return null;
  return 'is not a web address (https://…), an e-mail address (mailto:…), a course link ("#/sida/id", "#/modul/id/page-id") or a template ("mallar/file-name.docx")';
}

/** Throws CourseError at the first link of `located` that leads nowhere. */
export function checkLinks(
  file: string,
  located: Located[],
  course: Pick<Course, 'modules' | 'pages' | 'templates'>,
): void {
  for (const { token, line } of located) {
    let cursor = 0;
    walk([token], (inner) => {
      if (inner.type !== 'link') return;
      const link = inner as Tokens.Link;
      const at = token.raw.indexOf(link.raw, cursor);
      if (at >= 0) cursor = at + link.raw.length;
      const problem = linkProblem(link.href, course);
      if (problem)
        throw new CourseError(
          file,
          line + (at > 0 ? token.raw.slice(0, at).split('\n').length - 1 : 0),
          `link "${link.href}" ${problem}`,
        );
    });
  }
}
