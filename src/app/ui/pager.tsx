// Previous/next buttons with the page count between them.
import { useMessages } from '../state/use-messages';
import './pager.css';

export function Pager({
  current,
  total,
  onPrevious,
  onNext,
  step,
}: {
  current: number;
  total: number;
  /** On the projector: "Steg x av y", beside the page count. */
  step?: string;
  onPrevious: (() => void) | null;
  onNext: () => void;
}) {
  const m = useMessages();
  return (
    <nav class="pager" aria-label={m.pagesInModule}>
      <button type="button" class="button button-secondary" onClick={onPrevious ?? undefined} disabled={!onPrevious}>
        <span aria-hidden="true">← </span>
        {m.previous}
      </button>
      {step ? (
        <span class="pager-count projector-where">
          <span>{m.pageOf(current, total)}</span> <span>{step}</span>
        </span>
      ) : (
        <span class="pager-count">{m.pageOf(current, total)}</span>
      )}
      <button type="button" class="button" onClick={onNext}>
        {m.next}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
