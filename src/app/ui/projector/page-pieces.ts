// The pieces of a rendered page that projector steps are made of, found in the DOM the blocks render:
// each paragraph, heading or figure of the text; the items of a list and the rows of a table (kept
// together when they fit); an example's paragraphs (likewise). A discussion or a knowledge check is a
// step of its own. The facilitator view finds the same pieces in its own copy of the page, so a step's
// piece numbers mean the same in both windows.
import type { GroupBox, PieceBox, StepRange } from '../../../core/group/steps';

export interface PagePiece {
  el: HTMLElement;
  /** The elements around the piece, innermost first: each is hidden too when none of its pieces is shown. */
  blocks: HTMLElement[];
  group: number | null;
  keepWithNext: boolean;
  alone: boolean;
}

export interface PagePieces {
  pieces: PagePiece[];
  /** The boxes (lists, tables, examples, reflections) whose pieces may be split between steps. */
  groups: HTMLElement[];
}

const HEADING = /^H[3-6]$/;

/** The pieces of the page in `root`, in reading order; `skip` (the page title) is on every step. */
export function findPagePieces(root: HTMLElement, skip: Element | null): PagePieces {
  const pieces: PagePiece[] = [];
  const groups: HTMLElement[] = [];
  const add = (el: HTMLElement, blocks: HTMLElement[], group: number | null, alone = false) =>
    pieces.push({ el, blocks, group, keepWithNext: HEADING.test(el.tagName), alone });
  for (const child of Array.from(root.children) as HTMLElement[]) {
    if (child === skip) continue;
    if (child.classList.contains('rich')) {
      for (const part of Array.from(child.children) as HTMLElement[]) {
        const items = splittableItems(part);
        if (items.length > 1) {
          const group = groups.push(part) - 1;
          for (const item of items) add(item, [part, child], group);
        } else add(part, [child], null);
      }
      continue;
    }
    // A discussion is the room's own step; a check too, so revealing its answer never moves it to another step.
    if (child.classList.contains('callout-diskussion') || child.classList.contains('check')) {
      add(child, [], null, true);
      continue;
    }
    const body = child.classList.contains('callout') ? child.querySelector<HTMLElement>(':scope > .rich') : null;
    if (body && body.children.length > 0) {
      const group = groups.push(child) - 1;
      for (const part of Array.from(body.children) as HTMLElement[]) add(part, [child], group);
      continue;
    }
    add(child, [], null);
  }
  return { pieces, groups };
}

/** A list's items or a table's body rows: where a list or table too tall for the screen is split. */
function splittableItems(part: HTMLElement): HTMLElement[] {
  if (part.tagName === 'UL' || part.tagName === 'OL') {
    const items = Array.from(part.children).filter((el): el is HTMLLIElement => el.tagName === 'LI');
    // Hidden items do not count, so a numbered list's later steps keep their numbers.
    if (part.tagName === 'OL') {
      const start = (part as HTMLOListElement).start || 1;
      for (const [i, item] of items.entries()) if (!item.value) item.value = start + i;
    }
    return items;
  }
  if (part.tagName === 'TABLE') return Array.from(part.querySelectorAll<HTMLElement>(':scope > tbody > tr'));
  return [];
}

/** Shows every piece, so the whole page can be measured. */
export function showAllPieces({ pieces }: PagePieces): void {
  for (const piece of pieces) {
    piece.el.hidden = false;
    for (const block of piece.blocks) block.hidden = false;
  }
}

/** Shows the pieces of one step and hides the rest, from sight and from assistive technology. */
export function showStep({ pieces }: PagePieces, range: StepRange): void {
  const shownBlocks = new Set<HTMLElement>();
  pieces.forEach((piece, index) => {
    const shown = index >= range.start && index < range.end;
    piece.el.hidden = !shown;
    if (shown) for (const block of piece.blocks) shownBlocks.add(block);
  });
  for (const piece of pieces) for (const block of piece.blocks) block.hidden = !shownBlocks.has(block);
}

/** Every piece's and group's box, in px from the top of `root`'s content, with all pieces shown. */
export function measurePieces(
  root: HTMLElement,
  { pieces, groups }: PagePieces,
): { boxes: PieceBox[]; groupBoxes: GroupBox[] } {
  const origin = root.getBoundingClientRect().top - root.scrollTop;
  const box = (el: HTMLElement) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top - origin, bottom: rect.bottom - origin };
  };
  const boxes = pieces.map((piece) => ({
    ...box(piece.el),
    group: piece.group,
    keepWithNext: piece.keepWithNext,
    alone: piece.alone,
  }));
  const groupBoxes = groups.map((el, group) => {
    const members = pieces.flatMap((piece, index) => (piece.group === group ? [index] : []));
    return { ...box(el), first: members[0] ?? 0, last: members[members.length - 1] ?? 0 };
  });
  return { boxes, groupBoxes };
}
