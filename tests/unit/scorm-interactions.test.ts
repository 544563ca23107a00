// cmi.interactions formatting and the record floor: pure, per version's data types.
import { describe, expect, test } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import {
  choiceLetter,
  interactionDescription,
  interactionId,
  interactionValues,
  scorm2004Timestamp,
} from '../../src/core/scorm/interactions';
import { aboveFloor, isLower } from '../../src/core/scorm/record-floor';

const course = loadCourse('tests/fixtures/course');
/** Moodle's SCORM 1.2 CMIIdentifier: printable ASCII, no white space, at most 255. */
const CMI_IDENTIFIER_12 = /^[\u0021-\u007E]{1,255}$/;
/** A URN (RFC 8141 shape) without white space, as SCORM 2004 long_identifier_type recommends. */
const URN = /^urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}:\S{1,3960}$/;

describe('interaction ids', () => {
  test.each([['alfa/tredje-sidan/k1'], ['modul/sida med mellanslag och åäö/k1'], [`m/${'x'.repeat(600)}/k2`]])(
    '%s is a valid 1.2 CMIIdentifier and 2004 URN, stable and distinct',
    (checkId) => {
      const id12 = interactionId('1.2', course, checkId);
      const id2004 = interactionId('2004', course, checkId);
      expect(id12).toMatch(CMI_IDENTIFIER_12);
      expect(id2004).toMatch(URN);
      expect(interactionId('1.2', course, checkId)).toBe(id12);
      expect(interactionId('1.2', course, `${checkId}x`)).not.toBe(id12);
    },
  );
});

describe('interaction description (2004 localized_string_type, 250 characters)', () => {
  test('one line, language tag, cut with an ellipsis', () => {
    const long = `${'Ett långt ord '.repeat(40)}\n\nslut`;
    const text = interactionDescription('sv', long);
    expect(text.startsWith('{lang=sv}Ett långt ord')).toBe(true);
    expect(text.slice('{lang=sv}'.length).length).toBe(250);
    expect(text.endsWith('…')).toBe(true);
    expect(text).not.toMatch(/\n/);
  });

  test('astral characters never split, a leading "{" never read as a delimiter, no tag for a bad language', () => {
    const text = interactionDescription('sv', '😀'.repeat(300));
    expect(text.slice(9).length).toBeLessThanOrEqual(250);
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(interactionDescription('not a tag!', '{x} fråga')).toBe('x} fråga');
  });
});

test('values for each version, in the order the data models require', () => {
  const submission = { checkId: 'alfa/tredje-sidan/k1', choice: 2, at: Date.UTC(2026, 0, 2, 3, 4, 5) };
  expect(interactionValues('1.2', course, 7, submission).map(([e]) => e)).toEqual([
    'cmi.interactions.7.id',
    'cmi.interactions.7.type',
    'cmi.interactions.7.student_response',
    'cmi.interactions.7.correct_responses.0.pattern',
    'cmi.interactions.7.result',
    'cmi.interactions.7.time',
  ]);
  expect(Object.fromEntries(interactionValues('2004', course, 0, submission))).toMatchObject({
    'cmi.interactions.0.type': 'choice',
    'cmi.interactions.0.learner_response': 'c',
    'cmi.interactions.0.correct_responses.0.pattern': 'b',
    'cmi.interactions.0.result': 'incorrect',
    'cmi.interactions.0.timestamp': '2026-01-02T03:04:05.0Z',
  });
  expect(interactionValues('2004', course, 0, { ...submission, checkId: 'no/such/check' })).toEqual([]);
  expect(interactionValues('2004', course, 0, { ...submission, choice: 9 })).toEqual([]);
  expect([0, 25, 26, 35].map(choiceLetter)).toEqual(['a', 'z', '0', '9']);
  expect(scorm2004Timestamp(0)).toBe('1970-01-01T00:00:00.0Z');
});

describe('record floor', () => {
  test.each([
    ['cmi.core.lesson_status', 'incomplete', 'completed', true],
    ['cmi.core.lesson_status', 'completed', 'passed', true],
    ['cmi.core.lesson_status', 'completed', 'incomplete', false],
    ['cmi.core.lesson_status', 'incomplete', 'not attempted', false],
    ['cmi.completion_status', 'incomplete', 'completed', true],
    ['cmi.completion_status', 'completed', '', false],
    ['cmi.objectives.3.status', 'not attempted', 'completed', true],
    ['cmi.objectives.0.completion_status', 'incomplete', 'completed', true],
    ['cmi.progress_measure', '0.5', '1', true],
    ['cmi.progress_measure', '1', '0.5', false],
    ['cmi.objectives.0.progress_measure', '0.25', '0.5', true],
    ['cmi.suspend_data', 'a', 'abc', false],
  ] as const)('%s: %j over %j is lower: %s', (element, value, held, lower) => {
    expect(isLower(element, value, held)).toBe(lower);
  });

  test('aboveFloor drops only the lowering writes', () => {
    const floor = new Map([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
    ]);
    expect(
      aboveFloor(
        [
          ['cmi.completion_status', 'incomplete'],
          ['cmi.progress_measure', '0.2'],
          ['cmi.exit', 'suspend'],
        ],
        floor,
      ),
    ).toEqual([['cmi.exit', 'suspend']]);
  });
});
