// Remembers the projector zoom choice across visits; synchronous so the first paint is already right.

/** Per course, so two courses on one origin keep their own choice. */
export const zoomPreferenceKey = (courseId: string) => `${courseId}:zoom`;

/** Storage may be missing or throw (blocked cookies, sandboxed LMS frames): then nothing is remembered. */
export function readZoomPreference(
  courseId: string,
  storage: Pick<Storage, 'getItem'> | null = safeLocalStorage(),
): boolean {
  try {
    return storage?.getItem(zoomPreferenceKey(courseId)) === 'on';
  } catch {
    return false;
  }
}

export function writeZoomPreference(
  courseId: string,
  on: boolean,
  storage: Pick<Storage, 'setItem'> | null = safeLocalStorage(),
): void {
  try {
    storage?.setItem(zoomPreferenceKey(courseId), on ? 'on' : 'off');
  } catch {
    // Storage full or blocked: zoom still works for this visit.
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
