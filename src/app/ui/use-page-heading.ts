// Moves focus to a new screen's heading, so keyboard and screen-reader users start there.
import { useEffect, useRef } from 'preact/hooks';

let firstScreen = true;

/** Returns a ref for the heading; focuses it whenever `key` changes, except on the first screen of a visit. */
export function usePageHeading<T extends HTMLElement>(key: string, title: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    document.title = title;
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus();
  }, [key]);
  return ref;
}
