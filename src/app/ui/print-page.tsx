// The printable version of the whole course, inside the app (works offline and in an LMS frame).
import { courseToPrintMain } from '../../core/export/print-html';
import { useApp } from '../state/app-context';
import { PrintableHtml } from './printable-html';

export function PrintPage() {
  const { state } = useApp();
  const { course, messages: m } = state;
  const notes = state.includeNotes.value ? state.notes.value : null;
  // The same HTML as the standalone print file, heading included, so the two never drift apart.
  return (
    <PrintableHtml
      screenKey="print"
      title={`${m.printVersion} – ${course.title}`}
      html={courseToPrintMain(course, m, notes)}
    />
  );
}
