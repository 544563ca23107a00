// The projector's one slim line of context above a page: the module, and the pager (with the page and
// the step) at its end, so the page itself has all the height there is.
import type { ComponentChildren } from 'preact';
import type { Course, Module } from '../../../core/course/types';
import { useMessages } from '../../state/use-messages';

export function ProjectorContext({
  course,
  module,
  children,
}: {
  course: Course;
  module: Module;
  /** The pager. */
  children: ComponentChildren;
}) {
  const m = useMessages();
  const number = course.modules.indexOf(module) + 1;
  return (
    <header class="projector-context">
      <p class="projector-module-number">{m.moduleOf(number, course.modules.length)}</p>
      <h1 class="projector-module">{module.title}</h1>
      {children}
    </header>
  );
}
