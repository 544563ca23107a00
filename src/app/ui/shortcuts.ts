// Which keys do what: clicker and arrow keys turn pages, Z toggles the projector zoom.

export type Shortcut = 'next' | 'previous' | 'zoom';

/** The parts of a KeyboardEvent the decision needs. */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  target: EventTarget | null;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number']);

/**
 * True where keys belong to the focused control: text fields, and radio buttons and selects,
 * whose arrow keys move the choice.
 */
export function ownsKeys(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'select' || el.isContentEditable) return true;
  if (tag !== 'input') return false;
  const type = ((el as HTMLInputElement).type || 'text').toLowerCase();
  return TEXT_INPUT_TYPES.has(type) || type === 'radio' || type === 'checkbox' || type === 'range';
}

/** The shortcut a key press means, or null when it should be left alone. */
export function shortcutFor(press: KeyPress): Shortcut | null {
  if (press.altKey || press.ctrlKey || press.metaKey || ownsKeys(press.target)) return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'PageDown':
      return press.shiftKey ? null : 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return press.shiftKey ? null : 'previous';
    case 'z':
      return 'zoom';
    case 'Z':
      // Caps lock gives "Z" without Shift; Shift+Z is a modified key and does nothing.
      return press.shiftKey ? null : 'zoom';
    default:
      return null;
  }
}
