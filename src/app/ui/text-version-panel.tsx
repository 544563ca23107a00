// "Ladda ner textversion": the whole course as a text file, or as a page to print.
import { useId, useState } from 'preact/hooks';
import type { Course } from '../../core/course/types';
import { courseToText, textFileName, type Notes } from '../../core/export/text-version';
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
  const [saved, setSaved] = useState(false);
  const download = () => {
    downloadText(textFileName(course), courseToText(course, m, includeNotes ? notes : null));
    setSaved(true);
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
        {saved ? m.downloaded(textFileName(course)) : ''}
      </p>
    </section>
  );
}
