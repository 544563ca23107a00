// One screen of a module: headings, blocks, page count, module progress and the pager. In the
// projector layout the page is shown by ProjectorPage instead, a chunk of its own.
import type { Module, Page } from '../../core/course/types';
import type { StepRange } from '../../core/group/steps';
import { minutesLeft, moduleFraction } from '../../core/progress/progress';
import { useApp } from '../state/app-context';
import { TextVersionPanel } from './text-version-panel';
import { BlockView } from './block-view';
import { ModuleHeader } from './module-header';
import { Pager } from './pager';
import { usePageHeading } from './use-page-heading';

/** What a page needs to be shown as steps on a projector. */
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
}: {
  module: Module;
  page: Page;
  onPrevious: (() => void) | null;
  onNext: () => void;
}) {
  const { state, actions } = useApp();
  const progress = state.progress.value;
  const index = module.pages.indexOf(page);
  const headingRef = usePageHeading<HTMLHeadingElement>(
    `${module.id}/${page.id}`,
    `${page.title} – ${module.title} – ${state.course.title}`,
  );
  const handlers = {
    answers: progress.modules[module.id]?.answers ?? {},
    notes: state.notes.value,
    onAnswer: (checkId: string, choice: number) => actions.answer(module.id, checkId, choice),
    onNote: actions.setNote,
  };
  return (
    <>
      <ModuleHeader
        course={state.course}
        module={module}
        fraction={moduleFraction(module, progress)}
        minutesLeft={minutesLeft(module, progress)}
      />
      <article class="page" aria-labelledby="page-title">
        <h2 id="page-title" class="page-title" tabIndex={-1} ref={headingRef}>
          {page.title}
        </h2>
        {page.blocks.map((block, i) => (
          <BlockView key={`${page.id}-${i}`} block={block} handlers={handlers} />
        ))}
      </article>
      <Pager current={index + 1} total={module.pages.length} onPrevious={onPrevious} onNext={onNext} />
      <TextVersionPanel
        course={state.course}
        notes={state.notes.value}
        includeNotes={state.includeNotes.value}
        onIncludeNotes={(on) => (state.includeNotes.value = on)}
      />
    </>
  );
}
