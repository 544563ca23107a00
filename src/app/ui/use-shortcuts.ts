// Listens for the page-turning and zoom keys on the whole document.
import { useEffect, useRef } from 'preact/hooks';
import { shortcutFor, type Shortcut } from './shortcuts';

// No document while the start page is prerendered at build time; effects do not run there anyway.
export function useShortcuts(
  handlers: Partial<Record<Shortcut, () => void>>,
  doc: Document | undefined = globalThis.document,
): void {
  // A ref keeps one listener for the page's life while handlers change with every route.
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    if (!doc) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const shortcut = shortcutFor(event);
      const handler = shortcut ? current.current[shortcut] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    doc.addEventListener('keydown', onKey);
    return () => doc.removeEventListener('keydown', onKey);
  }, [doc]);
}
