// A reflection question with an optional notes field; notes stay in this browser.
import { useId } from 'preact/hooks';
import type { ReflectionBlock } from '../course/types';
import { Callout } from './callout';
import { RichText } from './rich-text';

export function Reflection({ block, note, onNote }: { block: ReflectionBlock; note: string; onNote: (text: string) => void }) {
  const id = useId();
  return (
    <Callout kind="reflektion" heading="Reflektera">
      <RichText rich={block.body} />
      <label class="field-label" for={id}>
        Dina anteckningar (valfritt)
      </label>
      <p class="field-hint" id={`${id}-hint`}>
        Sparas bara i den här webbläsaren och skickas inte någonstans.
      </p>
      <textarea id={id} aria-describedby={`${id}-hint`} rows={4} value={note} onInput={(e) => onNote(e.currentTarget.value)} />
    </Callout>
  );
}
