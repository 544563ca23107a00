// Hash routes: every screen has its own URL that works from a subfolder and inside an LMS frame.
import { END_SCREEN_ID } from '../../core/course/ids';
import type { Course, CoursePage, Module } from '../../core/course/types';

export type Route =
  | { view: 'start' }
  | { view: 'page'; moduleId: string; pageId: string }
  | { view: 'end'; moduleId: string }
  | { view: 'course-page'; pageId: string }
  | { view: 'print' }
  | { view: 'guide' }
  | { view: 'accessibility' }
  /** The facilitator view, opened in a second window beside the projector. */
  | { view: 'facilitator' }
  | { view: 'not-found' };

/** Reads a location hash such as "#/modul/nytta/vad-ar-dialog". Unknown ids give "not-found". */
export function parseRoute(hash: string, course: Course): Route {
  let parts: string[];
  try {
    parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { view: 'not-found' };
  }
  const [first, moduleId, pageId] = parts;
  if (parts.length === 0) return { view: 'start' };
  if (first === 'utskrift' && parts.length === 1) return { view: 'print' };
  if (first === 'handledare' && parts.length === 1) return { view: 'facilitator' };
  if (first === 'handledarguide' && parts.length === 1) return { view: 'guide' };
  if (first === 'tillganglighet' && parts.length === 1)
    return course.pages.some((p) => p.accessibility) ? { view: 'accessibility' } : { view: 'not-found' };
  if (first === 'sida' && parts.length === 2) {
    const coursePage = course.pages.find((p) => p.id === moduleId);
    return coursePage ? { view: 'course-page', pageId: coursePage.id } : { view: 'not-found' };
  }
  if (first !== 'modul' || !moduleId || parts.length > 3) return { view: 'not-found' };
  const module = course.modules.find((m) => m.id === moduleId);
  if (!module) return { view: 'not-found' };
  if (pageId === END_SCREEN_ID) return { view: 'end', moduleId };
  const page = pageId ? module.pages.find((p) => p.id === pageId) : module.pages[0];
  return page ? { view: 'page', moduleId, pageId: page.id } : { view: 'not-found' };
}

/** The hash for a route, e.g. "#/modul/nytta/klar". */
export function routeHash(route: Route): string {
  switch (route.view) {
    case 'page':
      return `#/modul/${route.moduleId}/${route.pageId}`;
    case 'end':
      return `#/modul/${route.moduleId}/${END_SCREEN_ID}`;
    case 'course-page':
      return `#/sida/${route.pageId}`;
    case 'print':
      return '#/utskrift';
    case 'guide':
      return '#/handledarguide';
    case 'accessibility':
      return '#/tillganglighet';
    case 'facilitator':
      return '#/handledare';
    default:
      return '#/';
  }
}

/** A course page's route; the accessibility statement has a fixed address of its own. */
export function coursePageRoute(page: Pick<CoursePage, 'id' | 'accessibility'>): Route {
  return page.accessibility ? { view: 'accessibility' } : { view: 'course-page', pageId: page.id };
}

/** A module's first page: where its card and the link from the previous module lead. */
export function moduleStartRoute(module: Module): Route {
  const first = module.pages[0];
  return first ? { view: 'page', moduleId: module.id, pageId: first.id } : { view: 'not-found' };
}

/**
 * The route after this one: the next page, the end screen after a module's last page, and the
 * next module (or the start page after the last) after an end screen.
 */
export function nextRoute(course: Course, route: Route): Route | null {
  if (route.view !== 'page' && route.view !== 'end') return null;
  const moduleIndex = course.modules.findIndex((m) => m.id === route.moduleId);
  const module = course.modules[moduleIndex];
  if (!module) return null;
  if (route.view === 'end') {
    const following = course.modules[moduleIndex + 1];
    return following ? moduleStartRoute(following) : { view: 'start' };
  }
  const index = module.pages.findIndex((p) => p.id === route.pageId);
  const next = module.pages[index + 1];
  return next ? { view: 'page', moduleId: module.id, pageId: next.id } : { view: 'end', moduleId: module.id };
}

/** The route before this one inside a module; null on the first page. */
export function previousRoute(course: Course, route: Route): Route | null {
  if (route.view !== 'page' && route.view !== 'end') return null;
  const module = course.modules.find((m) => m.id === route.moduleId);
  if (!module) return null;
  const index = route.view === 'end' ? module.pages.length : module.pages.findIndex((p) => p.id === route.pageId);
  const previous = module.pages[index - 1];
  return previous ? { view: 'page', moduleId: module.id, pageId: previous.id } : null;
}
