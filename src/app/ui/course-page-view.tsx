// A course-level page such as the glossary or the sources: its title and body, outside any module.
import { BackToStart } from './back-to-start';
import type { CoursePage } from '../../core/course/types';
import { useApp } from '../state/app-context';
import { RichText } from './rich-text';
import { usePageHeading } from './use-page-heading';
import './course-links.css';

export function CoursePageView({ page }: { page: CoursePage }) {
  const { state } = useApp();
  const headingRef = usePageHeading<HTMLHeadingElement>(`sida/${page.id}`, `${page.title} – ${state.course.title}`);
  return (
    <article class="course-page" aria-labelledby="course-page-title">
      <BackToStart />
      <h1 id="course-page-title" tabIndex={-1} ref={headingRef}>
        {page.title}
      </h1>
      <RichText rich={page.body} />
    </article>
  );
}
