// The front page: course introduction, overall progress, resume, and one card per module.
import { useState } from 'preact/hooks';
import { courseFraction, moduleStatus } from '../../core/progress/progress';
import { useApp } from '../state/app-context';
import { moduleStartRoute, routeHash } from '../state/route';
import { CourseLinks } from './course-links';
import { ModuleCard } from './module-card';
import { ProgressBar } from './progress-bar';
import { RichText } from './rich-text';
import { TextVersionPanel } from './text-version-panel';
import { usePageHeading } from './use-page-heading';
import './start-page.css';

export function StartPage() {
  const { state, actions } = useApp();
  const { course, messages: m } = state;
  const progress = state.progress.value;
  const headingRef = usePageHeading<HTMLHeadingElement>('start', `${course.title} – ${course.subtitle}`);
  const [confirming, setConfirming] = useState(false);
  const location = progress.location;
  const resumeModule = location && course.modules.find((m) => m.id === location.moduleId);
  const resumePage = location && resumeModule?.pages.find((p) => p.id === location.pageId);
  const started = Object.keys(progress.modules).length > 0;
  const resumeSentence = m.lastSeen(resumePage?.title ?? '', resumeModule?.title ?? '');

  return (
    <>
      <h1 class="course-title" tabIndex={-1} ref={headingRef}>
        {course.title}
      </h1>
      <p class="course-subtitle">{course.subtitle}</p>

      {resumeModule && resumePage && (
        <section class="resume" aria-labelledby="resume-heading">
          <h2 id="resume-heading" class="resume-heading">
            {m.welcomeBack}
          </h2>
          <p>
            {resumeSentence.before}
            <strong>{resumeSentence.page}</strong>
            {resumeSentence.middle}
            <strong>{resumeSentence.module}</strong>
            {resumeSentence.after}
          </p>
          <button
            type="button"
            class="button"
            onClick={() =>
              (window.location.hash = routeHash({ view: 'page', moduleId: resumeModule.id, pageId: resumePage.id }))
            }
          >
            {m.continueWhereYouLeft}
          </button>
        </section>
      )}

      <section aria-labelledby="progress-heading" class="course-progress">
        <h2 id="progress-heading">{m.yourProgress}</h2>
        <ProgressBar fraction={courseFraction(course, progress)} label={m.courseProgress} />
      </section>

      <RichText rich={course.intro} class="rich course-intro" />
      <h2>{m.courseGoal}</h2>
      <RichText rich={course.goal} />

      <h2 id="modules-heading">{m.modules}</h2>
      <ol class="module-list" aria-labelledby="modules-heading">
        {course.modules.map((module, index) => (
          <li key={module.id}>
            <ModuleCard
              module={module}
              number={index + 1}
              status={moduleStatus(module, progress)}
              href={routeHash(moduleStartRoute(module))}
            />
          </li>
        ))}
      </ol>

      <CourseLinks course={course} />

      <TextVersionPanel
        course={course}
        notes={state.notes.value}
        includeNotes={state.includeNotes.value}
        onIncludeNotes={(on) => (state.includeNotes.value = on)}
      />

      {started && (
        <section class="restart" aria-labelledby="restart-heading">
          <h2 id="restart-heading" class="restart-heading">
            {m.startOver}
          </h2>
          {confirming ? (
            <div role="alertdialog" aria-labelledby="restart-question" class="restart-confirm">
              <p id="restart-question">{m.startOverQuestion}</p>
              <button
                type="button"
                class="button button-danger"
                onClick={async () => {
                  setConfirming(false);
                  await actions.restart();
                }}
              >
                {m.startOverConfirm}
              </button>{' '}
              {/* biome-ignore lint/a11y/noAutofocus: the question replaces the button that asked it; focus goes to the safe answer. */}
              <button type="button" class="button button-secondary" onClick={() => setConfirming(false)} autoFocus>
                {m.cancel}
              </button>
            </div>
          ) : (
            <button type="button" class="button button-secondary" onClick={() => setConfirming(true)}>
              {m.startOver}
            </button>
          )}
        </section>
      )}
    </>
  );
}
