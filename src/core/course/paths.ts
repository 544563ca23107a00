// Where course-level files sit in the build; shared by the build and the player (no markdown here).
import type { Course, Template } from './types.ts';

/** The build folder of the generated template documents. */
const TEMPLATE_DIR = 'mallar';

/** A template's .docx file, relative to the app root, e.g. "mallar/projektplan.docx". */
export function templatePath(template: Pick<Template, 'fileName'>): string {
  return `${TEMPLATE_DIR}/${template.fileName}.docx`;
}

/** A file of the build as an address a reader can use away from the app: absolute when the course's `url` is known. */
export function courseFileUrl(course: Pick<Course, 'url'>, path: string): string {
  return course.url ? `${course.url.replace(/\/+$/, '')}/${path}` : path;
}
