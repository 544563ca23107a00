// What the projector and facilitator windows tell each other: only well-formed messages get through.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type GroupMessage, readGroupMessage } from '../../src/core/group/messages';

const timer = { durationMs: 300_000, elapsedMs: 0, startedAt: null };
const running = { durationMs: 600_000, elapsedMs: 1500, startedAt: 1_700_000_000_000 };
const position = {
  hash: '#/modul/alfa/andra-sidan',
  step: 1,
  ranges: [
    { start: 0, end: 2 },
    { start: 2, end: 3 },
  ],
  moduleStartedAt: 1_700_000_000_000,
};

describe('readGroupMessage accepts', () => {
  it.each<[string, GroupMessage]>([
    ['hello', { type: 'hello' }],
    ['blackout on', { type: 'blackout', on: true }],
    ['blackout off', { type: 'blackout', on: false }],
    ['go to a step', { type: 'go', hash: '#/modul/alfa/forsta-sidan', step: 2 }],
    ['go to a page’s last step', { type: 'go', hash: '#/modul/alfa/forsta-sidan', step: -1 }],
    ['go to the start page', { type: 'go', hash: '#/', step: 0 }],
    ['timers', { type: 'timers', timers: { 'alfa/andra-sidan/1': timer, 'beta/enda-sidan/0': running } }],
    ['no timers', { type: 'timers', timers: {} }],
    ['a position with steps', { type: 'position', position }],
    [
      'a position shown whole, before any module',
      { type: 'position', position: { hash: '#/', step: 0, ranges: null, moduleStartedAt: null } },
    ],
    ['a position with no steps measured yet', { type: 'position', position: { ...position, step: 0, ranges: [] } }],
  ])('%s', (_, message) => {
    expect(readGroupMessage(message)).toEqual(message);
  });

  it('a message as it arrives through JSON or a structured clone', () => {
    const message: GroupMessage = { type: 'position', position };
    expect(readGroupMessage(JSON.parse(JSON.stringify(message)))).toEqual(message);
    expect(readGroupMessage(structuredClone(message))).toEqual(message);
  });

  it('only the fields it knows', () => {
    expect(readGroupMessage({ type: 'hello', extra: { deep: 1 } })).toEqual({ type: 'hello' });
    expect(readGroupMessage({ type: 'blackout', on: true, also: 'x' })).toEqual({ type: 'blackout', on: true });
    expect(readGroupMessage({ type: 'go', hash: '#/', step: 0, script: 'alert(1)' })).toEqual({
      type: 'go',
      hash: '#/',
      step: 0,
    });
    expect(readGroupMessage({ type: 'timers', timers: { 'a/b/0': { ...timer, colour: 'red' } } })).toEqual({
      type: 'timers',
      timers: { 'a/b/0': timer },
    });
    expect(
      readGroupMessage({
        type: 'position',
        position: { ...position, ranges: [{ start: 0, end: 3, extra: 1 }], secret: 1 },
      }),
    ).toEqual({ type: 'position', position: { ...position, ranges: [{ start: 0, end: 3 }] } });
  });
});

describe('readGroupMessage rejects', () => {
  const longHash = `#/${'a'.repeat(499)}`;

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'hello'],
    ['a number', 42],
    ['an array', [{ type: 'hello' }]],
    ['no type', { on: true }],
    ['an unknown type', { type: 'reload' }],
    ['a type in another case', { type: 'Hello' }],
    ['a type that is not a string', { type: ['hello'] }],
    ['a type from Object.prototype', { type: 'toString' }],
    // blackout
    ['blackout without on', { type: 'blackout' }],
    ['blackout with a string', { type: 'blackout', on: 'true' }],
    ['blackout with a number', { type: 'blackout', on: 1 }],
    // go
    ['go without a hash', { type: 'go', step: 0 }],
    ['go to a hash without #', { type: 'go', hash: '/modul/alfa', step: 0 }],
    ['go to a full address', { type: 'go', hash: 'https://example.org/#/', step: 0 }],
    ['go to javascript:', { type: 'go', hash: 'javascript:alert(1)', step: 0 }],
    ['go to a hash too long', { type: 'go', hash: longHash, step: 0 }],
    ['go to a hash that is not a string', { type: 'go', hash: { startsWith: () => true, length: 1 }, step: 0 }],
    ['go without a step', { type: 'go', hash: '#/' }],
    ['go to a fractional step', { type: 'go', hash: '#/', step: 1.5 }],
    ['go to step -2', { type: 'go', hash: '#/', step: -2 }],
    ['go to step -Infinity', { type: 'go', hash: '#/', step: Number.NEGATIVE_INFINITY }],
    ['go to step Infinity', { type: 'go', hash: '#/', step: Number.POSITIVE_INFINITY }],
    ['go to step NaN', { type: 'go', hash: '#/', step: Number.NaN }],
    ['go to a step written as a string', { type: 'go', hash: '#/', step: '1' }],
    ['go to step 200', { type: 'go', hash: '#/', step: 200 }],
    // timers
    ['timers without a map', { type: 'timers' }],
    ['timers as null', { type: 'timers', timers: null }],
    ['timers as an array', { type: 'timers', timers: [timer] }],
    ['timers as a string', { type: 'timers', timers: 'a/b/0' }],
    ['a timer that is a number', { type: 'timers', timers: { 'a/b/0': 300_000 } }],
    ['a timer that is null', { type: 'timers', timers: { 'a/b/0': null } }],
    ['a timer that is a string', { type: 'timers', timers: { 'a/b/0': JSON.stringify(timer) } }],
    ['a timer with a negative duration', { type: 'timers', timers: { 'a/b/0': { ...timer, durationMs: -1 } } }],
    ['one bad timer among good ones', { type: 'timers', timers: { 'a/b/0': timer, 'a/b/1': { durationMs: 1 } } }],
    ['a timer key too long', { type: 'timers', timers: { [`k${'x'.repeat(500)}`]: timer } }],
    [
      'more timers than a course could have',
      { type: 'timers', timers: Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`a/b/${i}`, timer])) },
    ],
    // position
    ['position without one', { type: 'position' }],
    ['position as null', { type: 'position', position: null }],
    ['position as a string', { type: 'position', position: '#/' }],
    ['position with a hash without #', { type: 'position', position: { ...position, hash: '/' } }],
    ['position with a hash too long', { type: 'position', position: { ...position, hash: longHash } }],
    ['position with a negative step', { type: 'position', position: { ...position, step: -1 } }],
    ['position with a fractional step', { type: 'position', position: { ...position, step: 0.5 } }],
    ['position with a step too large', { type: 'position', position: { ...position, step: 200 } }],
    ['position with no moduleStartedAt', { type: 'position', position: { ...position, moduleStartedAt: undefined } }],
    ['position with moduleStartedAt NaN', { type: 'position', position: { ...position, moduleStartedAt: Number.NaN } }],
    ['position with moduleStartedAt a date', { type: 'position', position: { ...position, moduleStartedAt: '2024' } }],
    ['position with no ranges', { type: 'position', position: { ...position, ranges: undefined } }],
    ['position with ranges as an object', { type: 'position', position: { ...position, ranges: { 0: position } } }],
    [
      'a range with end equal to start',
      { type: 'position', position: { ...position, ranges: [{ start: 2, end: 2 }] } },
    ],
    ['a range with end before start', { type: 'position', position: { ...position, ranges: [{ start: 3, end: 1 }] } }],
    ['a range with a negative start', { type: 'position', position: { ...position, ranges: [{ start: -1, end: 1 }] } }],
    [
      'a range with a fractional end',
      { type: 'position', position: { ...position, ranges: [{ start: 0, end: 1.5 }] } },
    ],
    ['a range with a string end', { type: 'position', position: { ...position, ranges: [{ start: 0, end: '2' }] } }],
    ['a range with no end', { type: 'position', position: { ...position, ranges: [{ start: 0 }] } }],
    ['a range that is null', { type: 'position', position: { ...position, ranges: [null] } }],
    ['a range that is a number', { type: 'position', position: { ...position, ranges: [3] } }],
    [
      'more ranges than steps allowed',
      {
        type: 'position',
        position: { ...position, ranges: Array.from({ length: 201 }, (_, i) => ({ start: i, end: i + 1 })) },
      },
    ],
  ])('%s', (_, data) => {
    expect(readGroupMessage(data)).toBeNull();
  });
});

describe('readGroupMessage and prototype keys', () => {
  afterEach(() => {
    // A failing test must not leave the prototype polluted for the others.
    for (const key of ['durationMs', 'elapsedMs', 'startedAt', 'polluted', 'type', 'on']) {
      delete (Object.prototype as Record<string, unknown>)[key];
    }
  });

  const t = JSON.stringify(timer);

  it('leaves Object.prototype alone and keeps a map’s prototype whatever its keys', () => {
    const message = readGroupMessage(
      JSON.parse(`{"type":"timers","timers":{"__proto__":${t},"constructor":${t},"a/b/0":${t}}}`),
    );
    expect(({} as Record<string, unknown>).durationMs).toBeUndefined();
    expect(message?.type).toBe('timers');
    if (message?.type !== 'timers') return;
    // Each key sent is a timer of its own, and nothing is inherited from what was sent.
    expect(Object.getPrototypeOf(message.timers)).toBe(Object.prototype);
    expect(Object.keys(message.timers).sort()).toEqual(['__proto__', 'a/b/0', 'constructor']);
    expect((message.timers as Record<string, unknown>).durationMs).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(message.timers, '__proto__')?.value).toEqual(timer);
  });

  it('leaves a rejected prototype key on the message itself without effect', () => {
    expect(readGroupMessage(JSON.parse('{"__proto__":{"type":"hello"}}'))).toBeNull();
    expect(readGroupMessage(JSON.parse('{"type":"blackout","__proto__":{"on":true}}'))).toBeNull();
    expect(readGroupMessage(JSON.parse('{"type":"go","hash":"#/","__proto__":{"step":1}}'))).toBeNull();
    expect(({} as Record<string, unknown>).type).toBeUndefined();
    expect(({} as Record<string, unknown>).on).toBeUndefined();
  });

  it('reads a position’s own fields, never inherited ones', () => {
    const data = JSON.parse(
      '{"type":"position","position":{"__proto__":{"hash":"#/","step":0,"ranges":null,"moduleStartedAt":null}}}',
    );
    expect(readGroupMessage(data)).toBeNull();
    const withRanges = JSON.parse(
      '{"type":"position","position":{"hash":"#/","step":0,"moduleStartedAt":null,"ranges":[{"__proto__":{"start":0,"end":1}}]}}',
    );
    expect(readGroupMessage(withRanges)).toBeNull();
  });

  it('is not fooled by a value inherited from Object.prototype', () => {
    (Object.prototype as Record<string, unknown>).polluted = true;
    expect(readGroupMessage({ type: 'timers', timers: { 'a/b/0': timer } })).toEqual({
      type: 'timers',
      timers: { 'a/b/0': timer },
    });
  });
});

describe('readGroupMessage with anything at all', () => {
  it('never throws and gives a message of a known type or null', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true }), (data) => {
        const message = readGroupMessage(data);
        if (message !== null) expect(['hello', 'position', 'go', 'timers', 'blackout']).toContain(message.type);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a message of a known type with anything in its fields', () => {
    const field = fc.anything({ withNullPrototype: true, withBoxedValues: true });
    const data = fc.record(
      {
        type: fc.constantFrom('hello', 'position', 'go', 'timers', 'blackout'),
        on: field,
        hash: field,
        step: field,
        timers: fc.oneof(field, fc.dictionary(fc.string(), field)),
        position: fc.oneof(
          field,
          fc.record(
            { hash: field, step: field, ranges: fc.oneof(field, fc.array(field)), moduleStartedAt: field },
            { requiredKeys: [] },
          ),
        ),
      },
      { requiredKeys: ['type'] },
    );
    fc.assert(
      fc.property(data, (value) => {
        const message = readGroupMessage(value);
        if (message) expect(message.type).toBe(value.type);
      }),
      { numRuns: 2000 },
    );
  });
});
