// A course-level page such as the glossary, the sources or the accessibility statement: its title
// and body, outside any module. The statement also shows the publisher's facts from its front matter.
import type { AccessibilityFacts, CoursePage } from '../../core/course/types';
import { useApp } from '../state/app-context';
import { useMessages } from '../state/use-messages';
import { BackToStart } from './back-to-start';
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
      {page.accessibility && <StatementFacts facts={page.accessibility} language={state.course.language} />}
      <RichText rich={page.body} />
    </article>
  );
}

function StatementFacts({ facts, language }: { facts: AccessibilityFacts; language: string }) {
  const m = useMessages().statementFacts;
  const day = (iso: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  return (
    <dl class="statement-facts">
      <dt>{m.publisher}</dt>
      <dd>{facts.publisher}</dd>
      <dt>{m.contact}</dt>
      <dd>
        <ContactLink contact={facts.contact} />
      </dd>
      <dt>{m.published}</dt>
      <dd>
        <time dateTime={facts.published}>{day(facts.published)}</time>
      </dd>
      <dt>{m.reviewed}</dt>
      <dd>
        <time dateTime={facts.reviewed}>{day(facts.reviewed)}</time>
      </dd>
    </dl>
  );
}

/** An address becomes a link (mail or web); any other contact text is shown as written. */
function ContactLink({ contact }: { contact: string }) {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) return <a href={`mailto:${contact}`}>{contact}</a>;
  if (/^https:\/\/\S+$/.test(contact)) return <a href={contact}>{contact}</a>;
  return <>{contact}</>;
}
