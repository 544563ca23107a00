import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { findApi, launchVersion, type ApiWindow } from '../../src/app/scorm/find-api';

type FakeWindow = ApiWindow & Record<string, unknown>;

/** A window whose parent is `parent` (itself at the top, as real windows are). */
function frame(parent: FakeWindow | null, props: Record<string, unknown> = {}): FakeWindow {
  const win = { opener: null, ...props } as FakeWindow & { parent: ApiWindow; top: ApiWindow };
  win.parent = parent ?? win;
  win.top = parent ? (parent.top ?? parent) : win;
  return win;
}

/** A window from another origin: every property read but `parent`, `top` and `opener` throws. */
function crossOrigin(parent: FakeWindow | null): FakeWindow {
  const inner = frame(parent);
  return new Proxy(inner, {
    get(target, key) {
      if (key === 'parent' || key === 'top' || key === 'opener') return target[key as 'parent'];
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

const api12 = () => new Scorm12API({ logLevel: 5 });
const api2004 = () => new Scorm2004API({ logLevel: 5 });

describe('launchVersion', () => {
  test.each([
    ['?scorm=12', '1.2'],
    ['?scorm=2004', '2004'],
    ['?x=1&scorm=2004', '2004'],
    ['', null],
    ['?scorm=13', null],
  ])('%j → %s', (search, version) => {
    expect(launchVersion(search)).toBe(version);
  });
});

describe('findApi', () => {
  test('finds the API in a parent frame several levels up', () => {
    const api = api12();
    const lms = frame(null, { API: api });
    const content = frame(frame(frame(lms)));
    expect(findApi(content, null)).toEqual({ version: '1.2', api });
  });

  test('finds the API through the opener and its parents when the course runs in a pop-up', () => {
    const api = api2004();
    const lms = frame(null, { API_1484_11: api });
    const popup = frame(null, { opener: frame(lms) });
    expect(findApi(popup, null)).toEqual({ version: '2004', api });
  });

  test('skips cross-origin frames instead of failing', () => {
    const api = api12();
    const lms = frame(null, { API: api });
    const content = frame(crossOrigin(frame(lms)));
    expect(findApi(content, '1.2')).toEqual({ version: '1.2', api });
  });

  test('prefers the version the package was built for, wherever it is', () => {
    const a12 = api12();
    const a2004 = api2004();
    const lms = frame(null, { API: a12 });
    const content = frame(frame(lms, { API_1484_11: a2004 }));
    expect(findApi(content, '1.2')?.api).toBe(a12);
    expect(findApi(content, '2004')?.api).toBe(a2004);
    expect(findApi(content, null)?.version).toBe('2004');
  });

  test('falls back to the other version when the preferred one is absent', () => {
    const api = api2004();
    expect(findApi(frame(frame(null, { API_1484_11: api })), '1.2')).toEqual({ version: '2004', api });
  });

  test("reads the preference from the window's own launch URL by default", () => {
    const lms = frame(null, { API: api12(), API_1484_11: api2004() });
    expect(findApi(frame(lms, { location: { search: '?scorm=12' } }))?.version).toBe('1.2');
    expect(findApi(frame(lms, { location: { search: '?scorm=2004' } }))?.version).toBe('2004');
  });

  test('ignores objects that only look like an API', () => {
    const lms = frame(null, { API: { LMSInitialize: () => 'true' }, API_1484_11: 'not an object' });
    expect(findApi(frame(lms), null)).toBeNull();
  });

  test('returns null outside an LMS, also for a cycle of parents', () => {
    const a = frame(null);
    const b = frame(null);
    (a as { parent: ApiWindow }).parent = b;
    (b as { parent: ApiWindow }).parent = a;
    expect(findApi(frame(a), null)).toBeNull();
  });
});
