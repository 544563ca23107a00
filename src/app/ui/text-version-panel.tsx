// "Ladda ner textversion": the whole course as a text file, or as a page to print.
import { useId, useState } from 'preact/hooks';
import type { Course } from '../../core/course/types';
import type { Notes } from '../../core/export/text-version';
import { routeHash } from '../state/route';
import { useMessages } from '../state/use-messages';
import { downloadText } from './download';
import './text-version-panel.css';

export function TextVersionPanel({
  course,
  notes,
  includeNotes,
  onIncludeNotes,
}: {
  course: Course;
  notes: Notes;
  includeNotes: boolean;
  onIncludeNotes: (on: boolean) => void;
}) {
  const m = useMessages();
  const id = useId();
  const hasNotes = Object.values(notes).some((n) => n.trim() !== '');
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const download = async () => {
    // The renderer is a chunk of its own: most learners never download, and it is precached for offline use.
    const { courseToText, textFileName } = await import('../../core/export/text-version');
    downloadText(textFileName(course), courseToText(course, m, includeNotes ? notes : null));
    setSavedAs(textFileName(course));
  };
  return (
    <section class="text-version" aria-labelledby={id}>
      <h2 id={id} class="text-version-heading">
        {m.textVersion}
      </h2>
      <p>{m.textVersionIntro}</p>
      {hasNotes && (
        <label class="checkbox">
          <input type="checkbox" checked={includeNotes} onChange={(e) => onIncludeNotes(e.currentTarget.checked)} />{' '}
          {m.includeMyNotes}
        </label>
      )}
      <div class="text-version-actions">
        <button type="button" class="button button-secondary" onClick={download}>
          {m.downloadTextVersion}
        </button>
        <a class="button button-secondary" href={routeHash({ view: 'print' })}>
          {m.printVersion}
        </a>
      </div>
      <p role="status" class="text-version-status">
        {savedAs ? m.downloaded(savedAs) : ''}
      </p>
    </section>
  );
}
