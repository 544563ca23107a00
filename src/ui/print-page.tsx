// The printable version of the whole course, inside the app (works offline and in an LMS frame).
import { courseToPrintBody } from '../export/print-html';
import { useApp } from '../state/app-context';
import { usePageHeading } from './use-page-heading';
import './print-page.css';

export function PrintPage() {
  const { state } = useApp();
  const { course } = state;
  const headingRef = usePageHeading<HTMLHeadingElement>('print', `Utskriftsversion – ${course.title}`);
  const notes = state.includeNotes.value ? state.notes.value : null;
  return (
    <div class="print-page">
      <div class="print-tools">
        <p>
          <a href="#/">
            <span aria-hidden="true">← </span>Alla moduler
          </a>
        </p>
        <button type="button" class="button" onClick={() => window.print()}>
          Skriv ut
        </button>
      </div>
      <h1 tabIndex={-1} ref={headingRef}>
        {course.title}: textversion
      </h1>
      <p>{course.subtitle}</p>
      <div class="rich" dangerouslySetInnerHTML={{ __html: courseToPrintBody(course, notes) }} />
    </div>
  );
}
