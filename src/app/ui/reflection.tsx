// A reflection question with an optional notes field; notes stay in this browser.
import { useId } from 'preact/hooks';
import type { ReflectionBlock } from '../../core/course/types';
import { useMessages } from '../state/use-messages';
import { Callout } from './callout';
import { RichText } from './rich-text';

export function Reflection({
  block,
  note,
  onNote,
}: {
  block: ReflectionBlock;
  note: string;
  onNote: (text: string) => void;
}) {
  const m = useMessages();
  const id = useId();
  return (
    <Callout kind="reflektion" heading={m.blockLabel.reflektion}>
      <RichText rich={block.body} />
      <label class="field-label" for={id}>
        {m.yourNotes}
      </label>
      <p class="field-hint" id={`${id}-hint`}>
        {m.notesHint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={4}
        value={note}
        onInput={(e) => onNote(e.currentTarget.value)}
      />
    </Callout>
  );
}
