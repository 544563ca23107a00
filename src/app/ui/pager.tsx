// Previous/next buttons with the page count between them.
import { useMessages } from '../state/use-messages';
import './pager.css';

export function Pager({
  current,
  total,
  onPrevious,
  onNext,
}: {
  current: number;
  total: number;
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
      <span class="pager-count">{m.pageOf(current, total)}</span>
      <button type="button" class="button" onClick={onNext}>
        {m.next}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
