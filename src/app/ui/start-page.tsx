// The front page: the course's title and cover, the primary action, progress, one card per module, then the introduction.
import { useState } from 'preact/hooks';
import { courseFraction, isCourseComplete, moduleStatus } from '../../core/progress/progress';
import { useApp } from '../state/app-context';
import { moduleStartRoute, routeHash } from '../state/route';
import { CourseLinks } from './course-links';
import { ModuleCard } from './module-card';
import { ProgressBar } from './progress-bar';
import { GroupLinks } from './group-links';
import { RichText } from './rich-text';
import { StartAction } from './start-action';
import { TextVersionPanel } from './text-version-panel';
import { usePageHeading } from './use-page-heading';
import './start-page.css';

export function StartPage() {
  const { state, actions } = useApp();
  const { course, messages: m } = state;
  const progress = state.progress.value;
  const headingRef = usePageHeading<HTMLHeadingElement>('start', `${course.title} – ${course.subtitle}`);
  const [confirming, setConfirming] = useState(false);
  const started = Object.keys(progress.modules).length > 0;
  const minutes = course.modules.reduce((sum, mod) => sum + mod.minutes, 0);

  // The first screen holds what a learner needs to begin: title, who it is for, the action, progress
  // and the first module cards; the longer introduction follows the module list.
  return (
    <div class="start-page">
      <div class="start-hero">
        <div class="start-hero-text">
          <h1 class="course-title" tabIndex={-1} ref={headingRef}>
            {course.title}
          </h1>
          <p class="course-subtitle">{course.subtitle}</p>
          <p class="course-length">{m.courseLength(course.modules.length, minutes)}</p>
          {isCourseComplete(course, progress) && <p class="course-done">{m.courseDone}</p>}
          <StartAction course={course} progress={progress} />
          <section aria-labelledby="progress-heading" class="course-progress">
            <h2 id="progress-heading">{m.yourProgress}</h2>
            <ProgressBar fraction={courseFraction(course, progress)} label={m.courseProgress} />
          </section>
        </div>
        {course.cover && (
          // The largest thing on the first screen: fetched first, so it paints with the text.
          <img
            class="start-cover"
            src={course.cover.src}
            alt={course.cover.alt}
            width={640}
            height={360}
            fetchpriority="high"
          />
        )}
      </div>

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

      <div class="start-more">
        <h2 id="about-heading">{m.aboutCourse}</h2>
        <RichText rich={course.intro} class="rich course-intro" />
        <h2>{m.courseGoal}</h2>
        <RichText rich={course.goal} />

        <GroupLinks courseId={course.id} />

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
      </div>
    </div>
  );
}
