// One module page on the projector: a slim line of context with the pager, and the page shown a step
// at a time, each step fitting the screen (measured here, at this size).
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Module, Page } from '../../../core/course/types';
import { discussionTimerKey } from '../../../core/group/timer';
import { useApp } from '../../state/app-context';
import { useRoomWords } from '../../state/use-room-words';
import type { ProjectorSteps } from '../module-page';
import { Pager } from '../pager';
import { usePageHeading } from '../use-page-heading';
import { GroupBlockView } from './group-block-view';
import { ProjectorContext } from './projector-context';
import { useProjectorSteps } from './use-projector-steps';
import './projector.css';

export function ProjectorPage({
  module,
  page,
  onPrevious,
  onNext,
  projector,
}: {
  module: Module;
  page: Page;
  onPrevious: (() => void) | null;
  onNext: () => void;
  projector: ProjectorSteps;
}) {
  const { state } = useApp();
  const room = useRoomWords();
  const index = module.pages.indexOf(page);
  const headingRef = usePageHeading<HTMLHeadingElement>(
    `${module.id}/${page.id}`,
    `${page.title} – ${module.title} – ${state.course.title}`,
  );
  const stageRef = useRef<HTMLElement>(null);
  const { step } = projector;
  useProjectorSteps({ stageRef, titleRef: headingRef, step, onRanges: projector.onRanges });
  // A new step is a new screen for a screen reader too: start it at the page heading.
  const shownStep = useRef(step);
  useLayoutEffect(() => {
    if (shownStep.current !== step) headingRef.current?.focus();
    shownStep.current = step;
  }, [step]);
  return (
    <>
      <ProjectorContext course={state.course} module={module}>
        <Pager
          current={index + 1}
          total={module.pages.length}
          onPrevious={onPrevious}
          onNext={onNext}
          step={room.stepOf(step + 1, projector.stepCount)}
        />
      </ProjectorContext>
      <article class="page stage" aria-labelledby="page-title" ref={stageRef}>
        <h2 id="page-title" class="page-title" tabIndex={-1} ref={headingRef}>
          {page.title}
        </h2>
        {page.blocks.map((block, i) => (
          <GroupBlockView key={`${page.id}-${i}`} block={block} timerKey={discussionTimerKey(module.id, page.id, i)} />
        ))}
      </article>
    </>
  );
}
