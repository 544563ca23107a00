// The screen after a module's last page: what was covered, what is left, and the way on.
import type { Module } from '../../core/course/types';
import {
  checksOf,
  isCourseComplete,
  minutesLeft,
  moduleFraction,
  moduleStatus,
  nextModule,
} from '../../core/progress/progress';
import { useApp } from '../state/app-context';
import { moduleStartRoute, routeHash } from '../state/route';
import { ModuleHeader } from './module-header';
import './pager.css';
import { usePageHeading } from './use-page-heading';

export function ModuleEnd({ module, onPrevious }: { module: Module; onPrevious: () => void }) {
  const { state } = useApp();
  const m = state.messages;
  const course = state.course;
  const progress = state.progress.value;
  const headingRef = usePageHeading<HTMLHeadingElement>(
    `${module.id}/end`,
    `${m.endTitle(module.title)} – ${course.title}`,
  );
  const seen = progress.modules[module.id]?.seen ?? [];
  const answers = progress.modules[module.id]?.answers ?? {};
  const unseen = module.pages.filter((p) => !seen.includes(p.id));
  // Only what the learner was shown: the box above names the rest.
  const covered = module.pages.filter((p) => seen.includes(p.id));
  const checks = checksOf(module);
  const unanswered = module.pages.filter((p) =>
    p.blocks.some((b) => b.kind === 'kunskapskontroll' && !(b.id in answers)),
  );
  const right = checks.filter((c) => answers[c.id] === c.correct).length;
  const done = moduleStatus(module, progress) === 'done';
  const next = nextModule(course, module.id);
  return (
    <>
      <ModuleHeader
        course={course}
        module={module}
        fraction={moduleFraction(module, progress)}
        minutesLeft={minutesLeft(module, progress)}
      />
      <section class="page" aria-labelledby="page-title">
        <h2 id="page-title" class="page-title" tabIndex={-1} ref={headingRef}>
          {done ? m.moduleDone : m.moduleEnd}
        </h2>
        {!done && (
          <div class="callout">
            <p>{m.leftToDo}</p>
            <ul>
              {[...new Set([...unseen, ...unanswered])].map((p) => (
                <li key={p.id}>
                  <a href={routeHash({ view: 'page', moduleId: module.id, pageId: p.id })}>{p.title}</a>
                  {unanswered.includes(p) ? m.checkToAnswer : m.pageNotSeen}
                </li>
              ))}
            </ul>
          </div>
        )}
        {covered.length > 0 && (
          <>
            <h3>{m.covered}</h3>
            <ul>
              {covered.map((p) => (
                <li key={p.id}>{p.title}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{m.afterModule}</h3>
        <ul>
          {module.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
        {checks.length > 0 && <p>{m.checksRight(right, checks.length)}</p>}
        {isCourseComplete(course, progress) && <p class="course-done">{m.courseDone}</p>}
        <p class="end-links">
          {next && (
            <a class="button end-next" href={routeHash(moduleStartRoute(next))}>
              {m.nextModule(next.title)}
            </a>
          )}
          <a class={next ? 'button button-secondary' : 'button'} href="#/">
            {m.allModules}
          </a>
        </p>
      </section>
      <nav class="pager" aria-label={m.pagesInModule}>
        <button type="button" class="button button-secondary" onClick={onPrevious}>
          <span aria-hidden="true">← </span>
          {m.previous}
        </button>
      </nav>
    </>
  );
}
