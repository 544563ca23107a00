// Projector steps: a page's measured pieces packed into steps that fit the screen.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampStep } from '../../src/core/group/step-index';
import { spanHeight, splitSteps, type GroupBox, type PieceBox } from '../../src/core/group/steps';

/** Pieces stacked one under the other with a gap, as the browser lays them out. */
function stack(
  specs: { h: number; group?: number | null; heading?: boolean; alone?: boolean }[],
  gap = 10,
): PieceBox[] {
  let y = 0;
  return specs.map((spec) => {
    const box = {
      top: y,
      bottom: y + spec.h,
      group: spec.group ?? null,
      keepWithNext: spec.heading ?? false,
      alone: spec.alone ?? false,
    };
    y += spec.h + gap;
    return box;
  });
}

/** A group's frame: `pad` above its first piece (heading, padding) and below its last. */
function frame(pieces: PieceBox[], first: number, last: number, pad = 20): GroupBox {
  return { top: (pieces[first] as PieceBox).top - pad, bottom: (pieces[last] as PieceBox).bottom + pad, first, last };
}

describe('splitSteps', () => {
  it('puts what fits on one step', () => {
    const pieces = stack([{ h: 100 }, { h: 100 }, { h: 100 }]);
    expect(splitSteps(pieces, [], 320)).toEqual([{ start: 0, end: 3 }]);
  });

  it('starts a new step where the next piece would not fit', () => {
    const pieces = stack([{ h: 100 }, { h: 100 }, { h: 100 }]);
    expect(splitSteps(pieces, [], 250)).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('gives a discussion a step of its own', () => {
    const pieces = stack([{ h: 50 }, { h: 50, alone: true }, { h: 50 }]);
    expect(splitSteps(pieces, [], 1000)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('never leaves a heading last on a step', () => {
    const pieces = stack([{ h: 100 }, { h: 40, heading: true }, { h: 100 }]);
    expect(splitSteps(pieces, [], 200)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
    ]);
  });

  it('keeps a group whole on a new step when it fits a step alone', () => {
    const pieces = stack([{ h: 100 }, { h: 80, group: 0 }, { h: 80, group: 0 }]);
    const groups = [frame(pieces, 1, 2)];
    expect(splitSteps(pieces, groups, 250)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 3 },
    ]);
  });

  it('splits a group too tall for a step between its pieces, counting its frame on each step', () => {
    const pieces = stack([
      { h: 100, group: 0 },
      { h: 100, group: 0 },
      { h: 100, group: 0 },
    ]);
    const groups = [frame(pieces, 0, 2)];
    const steps = splitSteps(pieces, groups, 260);
    expect(steps).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
    // Each step shows the frame again: 20 above and below.
    expect(spanHeight(pieces, groups, 2, 2)).toBe(140);
  });

  it('gives a piece taller than the screen a step of its own', () => {
    const pieces = stack([{ h: 50 }, { h: 900 }, { h: 50 }]);
    expect(splitSteps(pieces, [], 300)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
      { start: 2, end: 3 },
    ]);
  });

  it('makes no steps of no pieces', () => {
    expect(splitSteps([], [], 500)).toEqual([]);
  });

  const pageSpec = fc.array(
    fc.record({ h: fc.integer({ min: 1, max: 400 }), heading: fc.boolean(), alone: fc.boolean() }),
    { maxLength: 40 },
  );

  it('covers every piece once, in order, and every step of more than one piece fits', () => {
    fc.assert(
      fc.property(pageSpec, fc.integer({ min: 50, max: 800 }), (specs, available) => {
        const pieces = stack(specs);
        const steps = splitSteps(pieces, [], available);
        let next = 0;
        for (const step of steps) {
          expect(step.start).toBe(next);
          expect(step.end).toBeGreaterThan(step.start);
          next = step.end;
          const headingRun = pieces.slice(step.start, step.end - 1).every((p) => p.keepWithNext);
          if (step.end - step.start > 1 && !headingRun)
            expect(spanHeight(pieces, [], step.start, step.end - 1)).toBeLessThanOrEqual(available);
          for (let i = step.start; i < step.end; i++)
            if ((pieces[i] as PieceBox).alone) expect(step.end - step.start === 1 || headingRun).toBe(true);
        }
        expect(next).toBe(pieces.length);
      }),
    );
  });
});

describe('clampStep', () => {
  it('keeps a step inside the page and reads Infinity as the last step', () => {
    expect(clampStep(2, 5)).toBe(2);
    expect(clampStep(9, 5)).toBe(4);
    expect(clampStep(-1, 5)).toBe(0);
    expect(clampStep(Number.POSITIVE_INFINITY, 5)).toBe(4);
    expect(clampStep(3, 0)).toBe(0);
  });
});
