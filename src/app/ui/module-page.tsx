// One screen of a module: headings, blocks, page count, module progress and the pager. In the
// projector layout the same page is shown a step at a time, each step fitting the screen.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Module, Page } from '../../core/course/types';
import type { StepRange } from '../../core/group/steps';
import { discussionTimerKey } from '../../core/group/timer';
import { minutesLeft, moduleFraction } from '../../core/progress/progress';
import { useApp } from '../state/app-context';
import { TextVersionPanel } from './text-version-panel';
import { BlockView } from './block-view';
import { ModuleHeader } from './module-header';
import { Pager } from './pager';
import { ProjectorContext } from './projector/projector-context';
import { useProjectorSteps } from './projector/use-projector-steps';
import { usePageHeading } from './use-page-heading';

/** What the page needs to be shown as steps on a projector. */
export interface ProjectorSteps {
  step: number;
  stepCount: number;
  onRanges(ranges: StepRange[] | null): void;
}

export function ModulePage({
  module,
  page,
  onPrevious,
  onNext,
  projector = null,
}: {
  module: Module;
  page: Page;
  onPrevious: (() => void) | null;
  onNext: () => void;
  projector?: ProjectorSteps | null;
}) {
  const { state, actions } = useApp();
  const progress = state.progress.value;
  const index = module.pages.indexOf(page);
  const headingRef = usePageHeading<HTMLHeadingElement>(
    `${module.id}/${page.id}`,
    `${page.title} – ${module.title} – ${state.course.title}`,
  );
  const stageRef = useRef<HTMLElement>(null);
  const step = projector?.step ?? 0;
  useProjectorSteps({
    stageRef,
    titleRef: headingRef,
    active: projector !== null,
    step,
    onRanges: (ranges) => projector?.onRanges(ranges),
  });
  // A new step is a new screen for a screen reader too: start it at the page heading.
  const shownStep = useRef(step);
  useLayoutEffect(() => {
    if (shownStep.current !== step) headingRef.current?.focus();
    shownStep.current = step;
  }, [step]);

  const handlers = {
    answers: progress.modules[module.id]?.answers ?? {},
    notes: state.notes.value,
    onAnswer: (checkId: string, choice: number) => actions.answer(module.id, checkId, choice),
    onNote: actions.setNote,
  };
  const pager = <Pager current={index + 1} total={module.pages.length} onPrevious={onPrevious} onNext={onNext} />;
  return (
    <>
      {projector ? (
        <ProjectorContext
          course={state.course}
          module={module}
          page={index + 1}
          pageCount={module.pages.length}
          step={step + 1}
          stepCount={projector.stepCount}
        >
          {pager}
        </ProjectorContext>
      ) : (
        <ModuleHeader
          course={state.course}
          module={module}
          fraction={moduleFraction(module, progress)}
          minutesLeft={minutesLeft(module, progress)}
        />
      )}
      <article class={projector ? 'page stage' : 'page'} aria-labelledby="page-title" ref={stageRef}>
        <h2 id="page-title" class="page-title" tabIndex={-1} ref={headingRef}>
          {page.title}
        </h2>
        {page.blocks.map((block, i) => (
          <BlockView
            key={`${page.id}-${i}`}
            block={block}
            handlers={handlers}
            group={projector ? { timerKey: discussionTimerKey(module.id, page.id, i) } : undefined}
          />
        ))}
      </article>
      {!projector && pager}
      {!projector && (
        <TextVersionPanel
          course={state.course}
          notes={state.notes.value}
          includeNotes={state.includeNotes.value}
          onIncludeNotes={(on) => (state.includeNotes.value = on)}
        />
      )}
    </>
  );
}
