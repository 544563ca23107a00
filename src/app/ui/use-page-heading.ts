// Moves focus to a new screen's heading, so keyboard and screen-reader users start there.
import { useLayoutEffect, useRef } from 'preact/hooks';

let firstScreen = true;

/** Returns a ref for the heading; focuses it whenever `key` changes, except on the first screen of a visit. */
export function usePageHeading<T extends HTMLElement>(key: string, title: string) {
  const ref = useRef<T>(null);
  // A layout effect: focus moves before the new screen is painted, so nothing (a test, a screen reader,
  // a quick Tab) meets focus left on <body> by the removed button.
  useLayoutEffect(() => {
    document.title = title;
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
