// Splits the page on screen into steps that fit the stage, measured in this browser at this size, and
// shows one step. Splits again when the stage is resized (window, zoom) or the page's content changes
// (an answer revealed, an image loaded).
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { clampStep } from '../../../core/group/step-index';
import { splitSteps, type StepRange } from '../../../core/group/steps';
import { findPagePieces, measurePieces, showAllPieces, showStep, type PagePieces } from './page-pieces';

/** Changes inside these (a running clock) do not change the page's size and never re-split it. */
const STEADY = '[role="timer"]';
/** Rounds of checking the split against the real layout and tightening it. */
const FIT_ROUNDS = 4;

export function useProjectorSteps({
  stageRef,
  titleRef,
  step,
  onRanges,
}: {
  stageRef: RefObject<HTMLElement | null>;
  titleRef: RefObject<HTMLElement | null>;
  step: number;
  onRanges: (ranges: StepRange[] | null) => void;
}): void {
  const ranges = useRef<StepRange[] | null>(null);
  const stepRef = useRef(step);
  stepRef.current = step;
  const report = useRef(onRanges);
  report.current = onRanges;

  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const split = () => {
      const found = findPagePieces(stage, titleRef.current);
      const next = fitSteps(stage, found);
      const current = next[clampStep(stepRef.current, next.length)];
      if (current) showStep(found, current);
      updateScrollable(stage);
      if (JSON.stringify(next) !== JSON.stringify(ranges.current)) {
        ranges.current = next;
        report.current(next);
      }
    };
    split();
    const resized = new ResizeObserver(() => split());
    resized.observe(stage);
    const changed = new MutationObserver((records) => {
      if (records.some((r) => !(r.target instanceof Element ? r.target : r.target.parentElement)?.closest(STEADY)))
        split();
    });
    changed.observe(stage, { childList: true, subtree: true, characterData: true });
    stage.addEventListener('load', split, true);
    return () => {
      resized.disconnect();
      changed.disconnect();
      stage.removeEventListener('load', split, true);
    };
  }, []);

  useLayoutEffect(() => {
    const stage = stageRef.current;
    const current = ranges.current;
    if (!stage || !current) return;
    const range = current[clampStep(step, current.length)];
    if (range) showStep(findPagePieces(stage, titleRef.current), range);
    stage.scrollTop = 0;
    updateScrollable(stage);
  }, [step]);
}

/**
 * Splits by the measured heights, then shows each step and checks it against the real layout (margins
 * and wrapping can differ from the sum of parts); where one overflows, splits again tighter.
 */
function fitSteps(stage: HTMLElement, found: PagePieces): StepRange[] {
  showAllPieces(found);
  stage.scrollTop = 0;
  const { boxes, groupBoxes } = measurePieces(stage, found);
  const first = boxes[0];
  if (!first) return [{ start: 0, end: 0 }];
  // The page title and the stage's padding are on every step.
  const style = getComputedStyle(stage);
  const reserved = first.top + Number.parseFloat(style.paddingBottom || '0');
  let available = stage.clientHeight - reserved;
  let steps = splitSteps(boxes, groupBoxes, available);
  for (let round = 0; round < FIT_ROUNDS; round++) {
    let overflow = 0;
    for (const range of steps) {
      if (range.end - range.start < 2) continue;
      showStep(found, range);
      overflow = Math.max(overflow, stage.scrollHeight - stage.clientHeight);
    }
    if (overflow <= 0) break;
    available -= overflow;
    showAllPieces(found);
    steps = splitSteps(boxes, groupBoxes, available);
  }
  return steps;
}

/** A stage that must scroll (one piece taller than the screen) can be scrolled from the keyboard. */
function updateScrollable(stage: HTMLElement): void {
  if (stage.scrollHeight > stage.clientHeight + 1) stage.tabIndex = 0;
  else stage.removeAttribute('tabindex');
}
