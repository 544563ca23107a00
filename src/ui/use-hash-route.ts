// The current route, following the location hash (links, back button, typed URLs).
import { useEffect, useState } from 'preact/hooks';
import type { Course } from '../course/types';
import { parseRoute, type Route } from '../state/route';

export function useHashRoute(course: Course, win: Window = window): Route {
  const [hash, setHash] = useState(win.location.hash);
  useEffect(() => {
    const onChange = () => setHash(win.location.hash);
    win.addEventListener('hashchange', onChange);
    return () => win.removeEventListener('hashchange', onChange);
  }, [win]);
  return parseRoute(hash, course);
}
