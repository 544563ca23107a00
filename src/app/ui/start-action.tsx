// The start page's primary action: start, continue where the learner was, or go on to the next module.
import type { Course } from '../../core/course/types';
import type { Messages } from '../../core/messages';
import type { Progress } from '../../core/progress/progress';
import { type ResumeTarget, resumeTarget } from '../../core/progress/resume-target';
import { routeHash } from '../state/route';
import { useMessages } from '../state/use-messages';

/** The action's words and where it leads, e.g. "Modul 2: Beta-modulen". */
function actionText(course: Course, target: ResumeTarget, m: Messages): { label: string; where: string } {
  const moduleIndex = course.modules.findIndex((mod) => mod.id === target.moduleId);
  const module = course.modules[moduleIndex];
  const pageIndex = module?.pages.findIndex((p) => p.id === target.pageId) ?? -1;
  const moduleLine = m.moduleHeading(moduleIndex + 1, module?.title ?? '');
  if (target.kind === 'continue')
    return {
      label: m.continueWhereYouLeft,
      where: m.resumePage(moduleIndex + 1, pageIndex + 1, module?.pages[pageIndex]?.title ?? ''),
    };
  return { label: target.kind === 'start' ? m.startCourse : m.goToNextModule, where: moduleLine };
}

/**
 * A button (its name begins with the action: "Fortsätt där du var" is what returning learners, screen
 * readers and outside tests look for), then where it leads. Every state has the same two lines, so
 * the start page keeps its layout whichever state the stored progress brings.
 */
export function StartAction({ course, progress }: { course: Course; progress: Progress }) {
  const m = useMessages();
  const target = resumeTarget(course, progress);
  if (!target) return null;
  const { label, where } = actionText(course, target, m);
  return (
    <button
      type="button"
      class="button start-action"
      // Spelled out: engines differ on the spaces they put between the two lines' texts.
      aria-label={`${label}, ${where}`}
      onClick={() => (window.location.hash = routeHash({ view: 'page', ...target }))}
    >
      <span class="start-action-label">{label}</span>
      <span class="start-action-where">{where}</span>
    </button>
  );
}
