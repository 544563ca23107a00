// Splits a page into projector steps that each fit the screen, from block heights measured in the
// browser. Pure: the browser measures, this decides.

/** One piece of a page as laid out with every piece shown, in CSS px from the top of the page. */
export interface PieceBox {
  top: number;
  bottom: number;
  /** Index into the groups of the box (an example) this piece sits in, or null. */
  group: number | null;
  /** A heading: never the last thing on a step when what it introduces could follow it. */
  keepWithNext: boolean;
  /** A step of its own (a discussion prompt). */
  alone: boolean;
}

/** A box around several pieces (an example): kept whole on one step when it fits. */
export interface GroupBox {
  top: number;
  bottom: number;
  /** Index of its first and last piece. */
  first: number;
  last: number;
}

/** A step: the pieces from `start` up to, not including, `end`. */
export interface StepRange {
  start: number;
  end: number;
}

/**
 * Packs pieces in order into as few steps as fit `available` px each. A group is kept whole when it
 * fits a step alone; otherwise it is split between its pieces, and each step shows the group's frame
 * and heading again. A piece taller than `available` alone gets a step of its own (it will scroll).
 */
export function splitSteps(pieces: readonly PieceBox[], groups: readonly GroupBox[], available: number): StepRange[] {
  const units = toUnits(pieces, groups, available);
  const steps: StepRange[] = [];
  let current: StepRange | null = null;
  let currentAlone = false;
  for (const unit of units) {
    if (
      current &&
      !unit.alone &&
      !currentAlone &&
      spanHeight(pieces, groups, current.start, unit.end - 1) <= available
    ) {
      current.end = unit.end;
      continue;
    }
    if (current) steps.push(current);
    current = { start: unit.start, end: unit.end };
    currentAlone = unit.alone;
  }
  if (current) steps.push(current);
  return steps;
}

/** Height on screen of pieces `first`..`last` shown together, with the frames of groups they sit in. */
export function spanHeight(
  pieces: readonly PieceBox[],
  groups: readonly GroupBox[],
  first: number,
  last: number,
): number {
  const a = pieces[first];
  const b = pieces[last];
  if (!a || !b) return 0;
  const top = a.group === null ? a.top : a.top - head(pieces, groups, a.group);
  const bottom = b.group === null ? b.bottom : b.bottom + tail(pieces, groups, b.group);
  return bottom - top;
}

interface Unit extends StepRange {
  alone: boolean;
}

/** Runs of pieces that stay together: a whole group that fits, or a heading with what follows it. */
function toUnits(pieces: readonly PieceBox[], groups: readonly GroupBox[], available: number): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < pieces.length) {
    const piece = pieces[i] as PieceBox;
    const group = piece.group === null ? null : groups[piece.group];
    if (group && group.first === i && spanHeight(pieces, groups, group.first, group.last) <= available) {
      units.push({ start: i, end: group.last + 1, alone: false });
      i = group.last + 1;
      continue;
    }
    let end = i + 1;
    // A heading pulls the next piece along, unless that would cross out of its group or into a lone step.
    while (end < pieces.length && (pieces[end - 1] as PieceBox).keepWithNext) {
      const next = pieces[end] as PieceBox;
      if (next.alone || next.group !== piece.group) break;
      end++;
    }
    units.push({ start: i, end, alone: piece.alone });
    i = end;
  }
  return units;
}

function head(pieces: readonly PieceBox[], groups: readonly GroupBox[], group: number): number {
  const g = groups[group];
  const first = g ? pieces[g.first] : undefined;
  return g && first ? first.top - g.top : 0;
}

function tail(pieces: readonly PieceBox[], groups: readonly GroupBox[], group: number): number {
  const g = groups[group];
  const last = g ? pieces[g.last] : undefined;
  return g && last ? g.bottom - last.bottom : 0;
}
