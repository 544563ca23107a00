import { Scorm12API, Scorm2004API } from 'scorm-again';
import { describe, expect, test } from 'vitest';
import { scorm12Timespan, scorm2004Duration } from '../../src/core/scorm/session-time';

const H = 3_600_000;

describe('scorm12Timespan (cmi.core.session_time, HHHH:MM:SS.SS)', () => {
  test.each([
    [0, '0000:00:00.00'],
    [-5, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [1234, '0000:00:01.23'],
    [1235, '0000:00:01.24'],
    [59_999, '0000:01:00.00'],
    [2 * H + 3 * 60_000 + 4_560, '0002:03:04.56'],
    [123 * H, '0123:00:00.00'],
    [10_000 * H, '9999:59:59.99'],
  ])('%d ms → %s', (ms, expected) => {
    expect(scorm12Timespan(ms)).toBe(expected);
  });
});

describe('scorm2004Duration (cmi.session_time, ISO 8601)', () => {
  test.each([
    [0, 'PT0S'],
    [-1, 'PT0S'],
    [4, 'PT0S'],
    [1500, 'PT1.5S'],
    [1234, 'PT1.23S'],
    [60_000, 'PT1M'],
    [H, 'PT1H'],
    [25 * H + 61_010, 'PT25H1M1.01S'],
  ])('%d ms → %s', (ms, expected) => {
    expect(scorm2004Duration(ms)).toBe(expected);
  });
});

describe('the formats are accepted by scorm-again as the LMS', () => {
  test.each([0, 999, 61_010, 25 * H + 61_010, 20_000 * H])('%d ms', (ms) => {
    const api12 = new Scorm12API({ logLevel: 5 });
    api12.lmsInitialize();
    expect(api12.lmsSetValue('cmi.core.session_time', scorm12Timespan(ms))).toBe('true');
    expect(api12.lmsGetLastError()).toBe('0');

    const api2004 = new Scorm2004API({ logLevel: 5 });
    api2004.lmsInitialize();
    expect(api2004.lmsSetValue('cmi.session_time', scorm2004Duration(ms))).toBe('true');
    expect(api2004.lmsGetLastError()).toBe('0');
  });
});
