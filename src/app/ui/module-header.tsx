// The top of every module screen: way back, module title and how far the learner has come.
import { BackToStart } from './back-to-start';
import type { Course, Module } from '../../core/course/types';
import { useMessages } from '../state/use-messages';
import { ProgressBar } from './progress-bar';
import './module-header.css';

export function ModuleHeader({
  course,
  module,
  fraction,
  minutesLeft,
}: {
  course: Course;
  module: Module;
  fraction: number;
  minutesLeft: number;
}) {
  const m = useMessages();
  const number = course.modules.indexOf(module) + 1;
  return (
    <header class="module-header">
      <BackToStart class="module-back" />
      <p class="module-number">{m.moduleOf(number, course.modules.length)}</p>
      <h1 class="module-title">{module.title}</h1>
      <div class="module-progress">
        <ProgressBar fraction={fraction} label={m.moduleProgress(module.title)} quiet />
        <p class="module-left">{minutesLeft > 0 ? m.minutesLeft(minutesLeft) : m.allPagesShown}</p>
      </div>
    </header>
  );
}
