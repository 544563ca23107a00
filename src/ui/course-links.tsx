// The start page's "Mer i kursen": links to the course pages and the templates to download.
import type { Course } from '../course/types';
import { templatePath } from '../course/paths';
import { routeHash } from '../state/route';
import { UI_TEXT } from './ui-text';
import './course-links.css';

export function CourseLinks({ course }: { course: Pick<Course, 'pages' | 'templates'> }) {
  if (course.pages.length === 0 && course.templates.length === 0) return null;
  return (
    <section class="course-links" aria-labelledby="course-links-heading">
      <h2 id="course-links-heading">{UI_TEXT.coursePagesHeading}</h2>
      {course.pages.length > 0 && (
        <ul>
          {course.pages.map((page) => (
            <li key={page.id}>
              <a href={routeHash({ view: 'course-page', pageId: page.id })}>{page.title}</a>
            </li>
          ))}
        </ul>
      )}
      {course.templates.length > 0 && (
        <>
          <h3 id="templates-heading">{UI_TEXT.templatesHeading}</h3>
          <p>{UI_TEXT.templatesIntro}</p>
          <ul aria-labelledby="templates-heading">
            {course.templates.map((template) => (
              <li key={template.id}>
                <a href={templatePath(template)} download={`${template.fileName}.docx`}>
                  {UI_TEXT.templateDownload(template.title)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
