// Remembers the projector zoom choice across visits; synchronous so the first paint is already right.

const KEY = 'medborgardialog:zoom';

/** Storage may be missing or throw (blocked cookies, sandboxed LMS frames): then nothing is remembered. */
export function readZoomPreference(storage: Pick<Storage, 'getItem'> | null = safeLocalStorage()): boolean {
  try {
    return storage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function writeZoomPreference(on: boolean, storage: Pick<Storage, 'setItem'> | null = safeLocalStorage()): void {
  try {
    storage?.setItem(KEY, on ? 'on' : 'off');
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
