// A black screen for the room (B or . in the projector layout, as in slide software): the talk is
// the room's for a while. A click or the same key brings the page back.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useMessages } from '../../state/use-messages';

export function Blackout({ onClose }: { onClose: () => void }) {
  const m = useMessages().group;
  const ref = useRef<HTMLButtonElement>(null);
  // Focus on the black screen says what happened; it goes back where it was when the page returns.
  useLayoutEffect(() => {
    const before = document.activeElement;
    ref.current?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);
  return (
    // The whole black screen is the way back for a mouse; for keys it is B or . again (use-shortcuts).
    <button type="button" class="blackout" onClick={onClose} ref={ref}>
      <span class="visually-hidden">{m.blackout}</span>
    </button>
  );
}
