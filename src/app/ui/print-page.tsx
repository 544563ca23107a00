// The printable version of the whole course, inside the app (works offline and in an LMS frame).
import { BackToStart } from './back-to-start';
import { courseToPrintMain } from '../../core/export/print-html';
import { useApp } from '../state/app-context';
import { usePageHeading } from './use-page-heading';
import './print-page.css';

export function PrintPage() {
  const { state } = useApp();
  const { course, messages: m } = state;
  // The same HTML as the standalone print file, heading included, so the two never drift apart.
  const contentRef = usePageHeading<HTMLDivElement>('print', `${m.printVersion} – ${course.title}`, (element) =>
    element.querySelector('h1'),
  );
  const notes = state.includeNotes.value ? state.notes.value : null;
  return (
    <div class="print-page">
      <div class="print-tools">
        <BackToStart />
        <button type="button" class="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </div>
      <div class="rich" ref={contentRef} dangerouslySetInnerHTML={{ __html: courseToPrintMain(course, m, notes) }} />
    </div>
  );
}
