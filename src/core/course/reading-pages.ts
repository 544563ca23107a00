import type { Course, CoursePage } from './types';

/**
 * The course pages that belong to the course text (glossary, sources). The accessibility statement
 * is about the web service, not the course, so the text version and print leave it out.
 */
export function readingPages(course: Pick<Course, 'pages'>): CoursePage[] {
  return course.pages.filter((page) => !page.accessibility);
}
