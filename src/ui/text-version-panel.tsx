// "Ladda ner textversion": the whole course as a text file, or as a page to print.
import { useId, useState } from 'preact/hooks';
import type { Course } from '../course/types';
import { courseToText, textFileName, type Notes } from '../export/text-version';
import { routeHash } from '../state/route';
import { downloadText } from './download';
import './text-version-panel.css';

export function TextVersionPanel({ course, notes, includeNotes, onIncludeNotes }: { course: Course; notes: Notes; includeNotes: boolean; onIncludeNotes: (on: boolean) => void }) {
  const id = useId();
  const hasNotes = Object.values(notes).some((n) => n.trim() !== '');
  const [saved, setSaved] = useState(false);
  const download = () => {
    downloadText(textFileName(course), courseToText(course, includeNotes ? notes : null));
    setSaved(true);
  };
  return (
    <section class="text-version" aria-labelledby={id}>
      <h2 id={id} class="text-version-heading">
        Textversion
      </h2>
      <p>Hela kursen som text, att läsa, skriva ut eller spara.</p>
      {hasNotes && (
        <label class="checkbox">
          <input type="checkbox" checked={includeNotes} onChange={(e) => onIncludeNotes(e.currentTarget.checked)} /> Ta med mina anteckningar
        </label>
      )}
      <div class="text-version-actions">
        <button type="button" class="button button-secondary" onClick={download}>
          Ladda ner textversion
        </button>
        <a class="button button-secondary" href={routeHash({ view: 'print' })}>
          Utskriftsversion
        </a>
      </div>
      <p role="status" class="text-version-status">
        {saved ? `Textversionen har laddats ner som ${textFileName(course)}.` : ''}
      </p>
    </section>
  );
}
