// Moves focus to a new screen's heading, so keyboard and screen-reader users start there.
import { useLayoutEffect, useRef } from 'preact/hooks';

let firstScreen = true;

/**
 * The learner left the prerendered start page (followed a card) before the player came: the player's
 * first screen is then a move like any other, and focus goes to its heading.
 */
export function focusFirstScreen(): void {
  firstScreen = false;
}

/**
 * Returns a ref for the heading; focuses it whenever `key` changes, except on the first screen of a
 * visit. `pick` finds the heading inside the ref's element, for a screen rendered from an HTML string.
 */
export function usePageHeading<T extends HTMLElement>(
  key: string,
  title: string,
  pick: (element: T) => HTMLElement | null = (element) => element,
) {
  const ref = useRef<T>(null);
  // A layout effect: focus moves before the new screen is painted, so nothing (a test, a screen reader,
  // a quick Tab) meets focus left on <body> by the removed button.
  useLayoutEffect(() => {
    document.title = title;
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    if (ref.current) pick(ref.current)?.focus();
  }, [key]);
  return ref;
}
