// Previous/next buttons with the page count between them.
import './pager.css';

export function Pager({ current, total, onPrevious, onNext }: { current: number; total: number; onPrevious: (() => void) | null; onNext: () => void }) {
  return (
    <nav class="pager" aria-label="Sidor i modulen">
      <button type="button" class="button button-secondary" onClick={onPrevious ?? undefined} disabled={!onPrevious}>
        <span aria-hidden="true">← </span>Föregående
      </button>
      <span class="pager-count">
        Sida {current} av {total}
      </span>
      <button type="button" class="button" onClick={onNext}>
        Nästa
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
