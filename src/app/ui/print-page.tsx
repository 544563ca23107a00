// The printable version of the whole course, inside the app (works offline and in an LMS frame).
import { BackToStart } from './back-to-start';
import { courseToPrintBody } from '../../core/export/print-html';
import { useApp } from '../state/app-context';
import { usePageHeading } from './use-page-heading';
import './print-page.css';

export function PrintPage() {
  const { state } = useApp();
  const { course, messages: m } = state;
  const headingRef = usePageHeading<HTMLHeadingElement>('print', `${m.printVersion} – ${course.title}`);
  const notes = state.includeNotes.value ? state.notes.value : null;
  return (
    <div class="print-page">
      <div class="print-tools">
        <BackToStart />
        <button type="button" class="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </div>
      <h1 tabIndex={-1} ref={headingRef}>
        {m.printHeading(course.title)}
      </h1>
      <p>{course.subtitle}</p>
      <div class="rich" dangerouslySetInnerHTML={{ __html: courseToPrintBody(course, m, notes) }} />
    </div>
  );
}
