import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { emptyProgress, markSeen, recordAnswer, addTime, type Progress } from '../../src/core/progress/progress';
import { restoreProgress } from '../../src/core/progress/restore';
import { decodeSuspendData, encodeSuspendData, SuspendDataError } from '../../src/core/scorm/suspend-data';

const course = loadCourse('tests/fixtures/course');

function walked(): Progress {
  let p = emptyProgress(course);
  p = markSeen(p, { moduleId: 'alfa', pageId: 'forsta-sidan' }, 1_000);
  p = markSeen(p, { moduleId: 'alfa', pageId: 'tredje-sidan' }, 2_000);
  p = recordAnswer(p, 'alfa', 'alfa/tredje-sidan/k1', 1, 3_000);
  p = addTime(p, 'alfa', 65_432, 4_000);
  return p;
}

describe('suspend_data codec', () => {
  test('an empty progress is a few characters', () => {
    const text = encodeSuspendData(emptyProgress(course));
    expect(text).toBe(`1|${course.fingerprint}|0||`);
    expect(decodeSuspendData(text)).toEqual(emptyProgress(course));
  });

  test('pages, answers, time, resume point and updatedAt round-trip exactly', () => {
    const progress = walked();
    const text = encodeSuspendData(progress);
    expect(text).toBe(
      `1|${course.fingerprint}|${(4_000).toString(36)}|alfa/tredje-sidan|alfa:${(65_432).toString(36)}:forsta-sidan,tredje-sidan!k1=1`,
    );
    expect(decodeSuspendData(text)).toEqual(progress);
    expect(restoreProgress(course, decodeSuspendData(text))).toEqual({ progress, loss: 'none' });
  });

  test('an answer on a page not marked seen is kept, and the page stays unseen', () => {
    const progress = recordAnswer(emptyProgress(course), 'beta', 'beta/enda-sidan/k1', 0, 10);
    const text = encodeSuspendData(progress);
    expect(text).toContain('beta:0:*enda-sidan!k1=0');
    expect(decodeSuspendData(text)).toEqual(progress);
  });

  test('ids with delimiter or non-ASCII characters are escaped and come back unchanged', () => {
    const odd: Progress = {
      fingerprint: 'ab|c',
      updatedAt: 5,
      location: { moduleId: 'm:1;x', pageId: 'sida/å,ä!ö=*' },
      modules: { 'm:1;x': { seen: ['sida/å,ä!ö=*', '%20'], answers: { 'm:1;x/sida/å,ä!ö=*/k|1': 2 }, timeMs: 1 } },
    };
    const text = encodeSuspendData(odd);
    expect(text.split('|')).toHaveLength(5);
    expect(decodeSuspendData(text)).toEqual(odd);
  });

  test('answers whose id does not belong to the module are left out', () => {
    const progress: Progress = {
      ...emptyProgress(course),
      modules: { alfa: { seen: [], answers: { 'beta/enda-sidan/k1': 1 }, timeMs: 0 } },
    };
    expect(encodeSuspendData(progress)).toBe(`1|${course.fingerprint}|0||alfa:0:`);
  });

  test('progress from another course version maps by id and reports the change', () => {
    const old = { ...walked(), fingerprint: '00000000' };
    const oldText = encodeSuspendData(old).replace('tredje-sidan!k1=1', 'tredje-sidan!k1=1,borttagen-sida');
    const restored = restoreProgress(course, decodeSuspendData(oldText));
    expect(restored.loss).toBe('course-changed');
    expect(restored.progress.modules.alfa?.seen).toEqual(['forsta-sidan', 'tredje-sidan']);
    expect(restored.progress.modules.alfa?.answers).toEqual({ 'alfa/tredje-sidan/k1': 1 });
  });

  test('times and dates beyond the caps are clamped, never widened', () => {
    const huge = { ...walked(), updatedAt: Number.MAX_SAFE_INTEGER };
    huge.modules.alfa = { ...huge.modules.alfa!, timeMs: Number.MAX_VALUE };
    const [, , updatedAt, , modules] = encodeSuspendData(huge).split('|');
    expect(updatedAt).toHaveLength(9);
    expect(modules?.split(':')[1]).toHaveLength(8);
  });

  test.each([
    ['', 'unknown suspend_data version'],
    ['2|abc|0||', 'unknown suspend_data version'],
    ['{"modules":{}}', 'unknown suspend_data version'],
    ['1|abc|0|', 'wrong number of fields'],
    ['1|abc|0|||', 'wrong number of fields'],
    ['1|abc|Z||', 'not a base-36 number'],
    ['1|abc|0|a/b/c|', 'bad location'],
    ['1|abc|0||alfa:0', 'bad module'],
    ['1|abc|0||alfa:0:x!k1', 'bad answer'],
    ['1|abc|0||alfa:0:,', 'empty page id'],
    ['1|abc|0||alfa:0:%E0%A4%A', 'bad escape'],
    ['1|abc|0||alfa:0:sida sida', 'unexpected character'],
  ])('rejects %j', (text, message) => {
    expect(() => decodeSuspendData(text)).toThrow(SuspendDataError);
    expect(() => decodeSuspendData(text)).toThrow(message);
  });
});
