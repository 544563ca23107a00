// Keyboard shortcuts: which key press turns the page or zooms, and when keys belong to a control.
import { describe, expect, it } from 'vitest';
import { isControl, ownsKeys, shortcutFor, type KeyPress, type Shortcut } from '../../src/app/ui/shortcuts';

/** A fake focused element: only what ownsKeys looks at. */
const el = (tagName: string, extra: { type?: string; isContentEditable?: boolean } = {}) =>
  ({ tagName, isContentEditable: false, ...extra }) as unknown as EventTarget;

const BODY = el('BODY');
const BUTTON = el('BUTTON');
const LINK = el('A');

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, target: BODY, ...modifiers };
}

describe('shortcutFor', () => {
  it.each<[string, Shortcut]>([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['z', 'zoom'],
    ['Z', 'zoom'],
    [' ', 'advance'],
    ['b', 'blackout'],
    ['B', 'blackout'],
    ['.', 'blackout'],
  ])('%j means %s', (key, shortcut) => {
    expect(shortcutFor(press(key))).toBe(shortcut);
  });

  it.each(['ArrowUp', 'ArrowDown', 'Enter', 'Escape', 'Tab', 'x', 'Home', 'End'])('%j means nothing', (key) => {
    expect(shortcutFor(press(key))).toBeNull();
  });

  it.each(['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'z', 'Z'])(
    '%s with Alt, Ctrl or Meta is left to the browser',
    (key) => {
      expect(shortcutFor(press(key, { altKey: true }))).toBeNull();
      expect(shortcutFor(press(key, { ctrlKey: true }))).toBeNull();
      expect(shortcutFor(press(key, { metaKey: true }))).toBeNull();
    },
  );

  it.each(['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'Z'])(
    '%s with Shift is left alone (text selection, Shift+Z)',
    (key) => {
      expect(shortcutFor(press(key, { shiftKey: true }))).toBeNull();
    },
  );

  it('works with focus on a button, a link or nothing', () => {
    expect(shortcutFor(press('ArrowRight', { target: BUTTON }))).toBe('next');
    expect(shortcutFor(press('ArrowLeft', { target: LINK }))).toBe('previous');
    expect(shortcutFor(press('z', { target: null }))).toBe('zoom');
  });

  it.each<[string, EventTarget]>([
    ['a text field', el('INPUT', { type: 'text' })],
    ['an input without a type', el('INPUT')],
    ['a search field', el('INPUT', { type: 'search' })],
    ['an e-mail field', el('INPUT', { type: 'email' })],
    ['a number field', el('INPUT', { type: 'number' })],
    ['a field typed in capitals', el('INPUT', { type: 'TEXT' })],
    ['a radio button', el('INPUT', { type: 'radio' })],
    ['a checkbox', el('INPUT', { type: 'checkbox' })],
    ['a slider', el('INPUT', { type: 'range' })],
    ['a textarea (reflection notes)', el('TEXTAREA')],
    ['a select', el('SELECT')],
    ['a contenteditable element', el('DIV', { isContentEditable: true })],
    ['a lower-case tag name', el('textarea')],
  ])('keys in %s stay with it', (_, target) => {
    expect(ownsKeys(target)).toBe(true);
    for (const key of ['ArrowRight', 'ArrowLeft', 'PageDown', 'PageUp', 'z', 'Z', ' ', 'b', '.']) {
      expect(shortcutFor(press(key, { target }))).toBeNull();
    }
  });

  it.each<[string, EventTarget | null]>([
    ['the page', BODY],
    ['a button', BUTTON],
    ['a submit input', el('INPUT', { type: 'submit' })],
    ['nothing', null],
    ['a window-like target without a tag name', {} as EventTarget],
  ])('keys with focus on %s are shortcuts', (_, target) => {
    expect(ownsKeys(target)).toBe(false);
  });

  // A clicker's Space is "next" only where Space would not press or change the focused element.
  it.each<[string, EventTarget]>([
    ['a button', BUTTON],
    ['a link', LINK],
    ['a summary', el('SUMMARY')],
    ['a submit input', el('INPUT', { type: 'submit' })],
    ['an element with a button role', { ...el('DIV'), getAttribute: () => 'button' } as unknown as EventTarget],
  ])('Space on %s is left to it', (_, target) => {
    expect(isControl(target)).toBe(true);
    expect(shortcutFor(press(' ', { target }))).toBeNull();
  });

  it('Space on the page or a heading moves on; Shift+Space is left to the browser', () => {
    expect(shortcutFor(press(' ', { target: el('H2') }))).toBe('advance');
    expect(shortcutFor(press(' ', { target: BODY }))).toBe('advance');
    expect(shortcutFor(press(' ', { shiftKey: true }))).toBeNull();
    expect(shortcutFor(press('B', { shiftKey: true }))).toBeNull();
  });
});
