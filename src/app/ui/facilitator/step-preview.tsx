// A small copy of what the projector shows (or will show): the page's blocks, cut to one step by the
// same pieces the projector split it into.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Module, Page } from '../../../core/course/types';
import type { StepRange } from '../../../core/group/steps';
import { discussionTimerKey } from '../../../core/group/timer';
import { GroupBlockView } from '../projector/group-block-view';
import { findPagePieces, showAllPieces, showStep } from '../projector/page-pieces';

export function StepPreview({ module, page, range }: { module: Module; page: Page; range: StepRange | null }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const pieces = findPagePieces(root, titleRef.current);
    if (range) showStep(pieces, range);
    else showAllPieces(pieces);
  }, [range?.start, range?.end, page]);
  return (
    <div class="step-preview" ref={rootRef}>
      <h3 class="step-preview-title" ref={titleRef}>
        {page.title}
      </h3>
      {page.blocks.map((block, i) => (
        <GroupBlockView
          key={`${module.id}/${page.id}/${i}`}
          block={block}
          timerKey={discussionTimerKey(module.id, page.id, i)}
          preview
        />
      ))}
    </div>
  );
}
