// The projector's one slim line of context above a page: the module, the page and the step, and the
// pager at its end, so the page itself has all the height there is.
import type { ComponentChildren } from 'preact';
import type { Course, Module } from '../../../core/course/types';
import { useMessages } from '../../state/use-messages';

export function ProjectorContext({
  course,
  module,
  page,
  pageCount,
  step,
  stepCount,
  children,
}: {
  course: Course;
  module: Module;
  page: number;
  pageCount: number;
  step: number;
  stepCount: number;
  /** The pager. */
  children: ComponentChildren;
}) {
  const m = useMessages();
  const number = course.modules.indexOf(module) + 1;
  return (
    <header class="projector-context">
      <h1 class="projector-module">
        <span class="projector-module-number">{m.moduleOf(number, course.modules.length)}: </span>
        {module.title}
      </h1>
      <p class="projector-where">
        <span>{m.pageOf(page, pageCount)}</span>
        <span>{m.group.stepOf(step, stepCount)}</span>
      </p>
      {children}
    </header>
  );
}
