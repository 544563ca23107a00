// The start page's "Mer i kursen": links to the course pages and the templates to download.
import type { Course } from '../../core/course/types';
import { templatePath } from '../../core/course/paths';
import { coursePageRoute, routeHash } from '../state/route';
import { useMessages } from '../state/use-messages';
import './course-links.css';

export function CourseLinks({ course }: { course: Pick<Course, 'pages' | 'templates'> }) {
  const m = useMessages();
  if (course.pages.length === 0 && course.templates.length === 0) return null;
  return (
    <section class="course-links" aria-labelledby="course-links-heading">
      <h2 id="course-links-heading">{m.coursePagesHeading}</h2>
      {course.pages.length > 0 && (
        <ul>
          {course.pages.map((page) => (
            <li key={page.id}>
              <a href={routeHash(coursePageRoute(page))}>{page.title}</a>
            </li>
          ))}
        </ul>
      )}
      {course.templates.length > 0 && (
        <>
          <h3 id="templates-heading">{m.templatesHeading}</h3>
          <p>{m.templatesIntro}</p>
          <ul aria-labelledby="templates-heading">
            {course.templates.map((template) => (
              <li key={template.id}>
                <a href={templatePath(template)} download={`${template.fileName}.docx`}>
                  {m.templateDownload(template.title)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
