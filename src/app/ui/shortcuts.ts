// Which keys do what: clicker and arrow keys turn pages (steps in the projector layout), Z toggles the
// projector layout, and there Space moves on and B or . black the screen, as in slide software.

export type Shortcut = 'next' | 'previous' | 'zoom' | 'advance' | 'blackout';

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

const CONTROL_TAGS = new Set(['button', 'a', 'summary', 'select', 'textarea', 'input', 'label', 'audio', 'video']);

/** True on an element Space would press or change: Space then belongs to it, not to the clicker. */
export function isControl(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false;
  const el = target as HTMLElement;
  if (CONTROL_TAGS.has(el.tagName.toLowerCase()) || el.isContentEditable) return true;
  const role = typeof el.getAttribute === 'function' ? el.getAttribute('role') : null;
  return role !== null && /^(button|link|checkbox|radio|switch|tab|menuitem|option|slider|spinbutton)$/.test(role);
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
    case ' ':
      // Space on a button or a link presses it; elsewhere it is the clicker's "next" (if the view has one).
      return press.shiftKey || isControl(press.target) ? null : 'advance';
    case 'b':
    case '.':
      return 'blackout';
    case 'B':
      return press.shiftKey ? null : 'blackout';
    default:
      return null;
  }
}
