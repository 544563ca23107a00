// The facilitator's window beside the projector: what the room sees now and next, the notes for the
// page, the discussion timers, planned against elapsed time, and the keys to move both windows.
import { useEffect, useState } from 'preact/hooks';
import type { Course, Module, Page } from '../../../core/course/types';
import type { GroupPosition } from '../../../core/group/messages';
import { discussionTimerKey, formatClock } from '../../../core/group/timer';
import type { GroupSession } from '../../group/use-group-session';
import { nextRoute, parseRoute } from '../../state/route';
import { useMessages } from '../../state/use-messages';
import { useRoomWords } from '../../state/use-room-words';
import { DiscussionTimer } from '../projector/discussion-timer';
import { RichText } from '../rich-text';
import { usePageHeading } from '../use-page-heading';
import { StepPreview } from './step-preview';
import './facilitator-view.css';

export function FacilitatorView({ course, session }: { course: Course; session: GroupSession }) {
  const m = useMessages();
  const f = useRoomWords();
  const headingRef = usePageHeading<HTMLHeadingElement>('handledare', `${f.facilitatorTitle} – ${course.title}`);
  const position = session.remote;
  const here = position ? locate(course, position.hash) : null;
  return (
    <div class="facilitator">
      <h1 class="facilitator-title" tabIndex={-1} ref={headingRef}>
        {f.facilitatorTitle}
        {here && <span class="facilitator-where">: {here.module.title}</span>}
      </h1>
      {!session.projectorSeen && <p class="facilitator-alone">{f.noProjector}</p>}
      <nav class="pager facilitator-pager" aria-label={f.facilitatorTitle}>
        <button type="button" class="button button-secondary" onClick={session.previous}>
          <span aria-hidden="true">← </span>
          {m.previous}
        </button>
        {here?.page && position && (
          <span class="pager-count">
            {m.pageOf(here.module.pages.indexOf(here.page) + 1, here.module.pages.length)} ·{' '}
            {f.stepOf(position.step + 1, position.ranges?.length ?? 1)}
          </span>
        )}
        <button type="button" class="button" onClick={session.next}>
          {m.next}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
      <div class="facilitator-columns">
        <div class="facilitator-steps">
          <section aria-labelledby="fac-now">
            <h2 id="fac-now">{f.currentStep}</h2>
            {here?.page && position ? (
              <StepPreview module={here.module} page={here.page} range={position.ranges?.[position.step] ?? null} />
            ) : (
              <p>{here ? f.endOfModule : course.title}</p>
            )}
          </section>
          <section aria-labelledby="fac-next">
            <h2 id="fac-next">{f.nextStep}</h2>
            {position && <NextStep course={course} position={position} />}
          </section>
        </div>
        <div class="facilitator-side">
          <section aria-labelledby="fac-notes">
            <h2 id="fac-notes">{f.notes}</h2>
            {here?.page?.facilitatorNotes?.length ? (
              here.page.facilitatorNotes.map((note, i) => <RichText key={i} rich={note} />)
            ) : (
              <p>{f.noNotes}</p>
            )}
          </section>
          {here?.page && <Timers module={here.module} page={here.page} />}
          {here && <ModuleTime module={here.module} startedAt={position?.moduleStartedAt ?? null} />}
        </div>
      </div>
    </div>
  );
}

/** The module and page a projector hash points at (page null on a module's end screen). */
function locate(course: Course, hash: string): { module: Module; page: Page | null } | null {
  const route = parseRoute(hash, course);
  if (route.view !== 'page' && route.view !== 'end') return null;
  const module = course.modules.find((mod) => mod.id === route.moduleId);
  if (!module) return null;
  return { module, page: route.view === 'page' ? (module.pages.find((p) => p.id === route.pageId) ?? null) : null };
}

function NextStep({ course, position }: { course: Course; position: GroupPosition }) {
  const f = useRoomWords();
  const here = locate(course, position.hash);
  const following = position.ranges?.[position.step + 1];
  if (here?.page && following) return <StepPreview module={here.module} page={here.page} range={following} />;
  const next = nextRoute(course, parseRoute(position.hash, course));
  const nextPlace = next && next.view === 'page' ? locate(course, `#/modul/${next.moduleId}/${next.pageId}`) : null;
  if (!nextPlace?.page) return <p>{here?.page ? f.endOfModule : course.title}</p>;
  // The projector has not split the next page yet: its title and first piece give the idea.
  return (
    <>
      <p class="facilitator-next-page">{f.nextPage(nextPlace.page.title)}</p>
      <StepPreview module={nextPlace.module} page={nextPlace.page} range={{ start: 0, end: 1 }} />
    </>
  );
}

function Timers({ module, page }: { module: Module; page: Page }) {
  const m = useMessages();
  const f = useRoomWords();
  const discussions = page.blocks.flatMap((block, i) => (block.kind === 'diskussion' ? [{ block, i }] : []));
  if (discussions.length === 0) return null;
  return (
    <section aria-labelledby="fac-timers">
      <h2 id="fac-timers">{f.timers}</h2>
      {discussions.map(({ block, i }) => (
        <div key={i} class="facilitator-timer">
          <p>
            {m.blockLabel.diskussion} ({m.minutes(block.minutes)})
          </p>
          <DiscussionTimer timerKey={discussionTimerKey(module.id, page.id, i)} minutes={block.minutes} />
        </div>
      ))}
    </section>
  );
}

function ModuleTime({ module, startedAt }: { module: Module; startedAt: number | null }) {
  const f = useRoomWords();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(interval);
  }, []);
  return (
    <section aria-labelledby="fac-time">
      <h2 id="fac-time">{f.time}</h2>
      <p>{f.planned(module.groupMinutes)}</p>
      <p>{startedAt === null ? f.notStarted : f.elapsed(formatClock(now - startedAt))}</p>
    </section>
  );
}
