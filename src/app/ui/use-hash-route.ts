// The current route, following the location hash (links, back button, typed URLs).
import { useEffect, useState } from 'preact/hooks';
import type { Course } from '../../core/course/types';
import { parseRoute, type Route } from '../state/route';

/** With no window (the start page prerendered at build time) the route is the start page's. */
export function useHashRoute(course: Course, win: Window | undefined = globalThis.window): Route {
  const [hash, setHash] = useState(win?.location.hash ?? '');
  useEffect(() => {
    if (!win) return undefined;
    const onChange = () => setHash(win.location.hash);
    // hashchange comes as a later task, often after a frame has been painted; the Navigation API's
    // currententrychange comes as the hash is set, so the next page is in the very next frame.
    const navigation = (win as { navigation?: Navigation }).navigation;
    navigation?.addEventListener('currententrychange', onChange);
    win.addEventListener('hashchange', onChange);
    // The hash may have moved between the first render and this effect (a button pressed as the
    // prerendered start page was hydrated), and its events with it.
    onChange();
    return () => {
      navigation?.removeEventListener('currententrychange', onChange);
      win.removeEventListener('hashchange', onChange);
    };
  }, [win]);
  return parseRoute(hash, course);
}
