// The view switch: picks the screen for the route and wires keys, zoom, page visits and time.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { GroupTimersContext, SILENT_CHANNEL, type GroupChannel } from './group/group-context';
import { openFacilitatorView } from './group/open-facilitator-view';
import { useGroupSession, type GroupSession } from './group/use-group-session';
import { useApp } from './state/app-context';
import { previousRoute, routeHash, type Route } from './state/route';
import { startVisibleTimer } from './state/visible-time';
import { Layout } from './ui/layout';
import { ModuleEnd } from './ui/module-end';
import { ModulePage } from './ui/module-page';
import { NotFoundPage } from './ui/not-found-page';
import { Blackout } from './ui/projector/blackout';
import { lazyView } from './ui/lazy-view';
import { StartPage } from './ui/start-page';
import { useHashRoute } from './ui/use-hash-route';
import { useShortcuts } from './ui/use-shortcuts';

// What only a printer, a room or a facilitator needs, and the pages beside the modules (glossary,
// sources, accessibility statement), are fetched when first wanted.
const LazyCoursePage = lazyView(() => import('./ui/course-page-view').then((m) => m.CoursePageView));
const LazyPrintPage = lazyView(() => import('./ui/print-page').then((m) => m.PrintPage));
const LazyGuidePage = lazyView(() => import('./ui/guide-page').then((m) => m.GuidePage));
const LazyFacilitatorView = lazyView(() => import('./ui/facilitator/facilitator-view').then((m) => m.FacilitatorView));
const LazyProjectorPage = lazyView(() => import('./ui/projector/projector-page').then((m) => m.ProjectorPage));

const go = (route: Route | null) => {
  if (route) window.location.hash = routeHash(route);
};

function routeKey(route: Route): string {
  if (route.view === 'course-page') return `sida/${route.pageId}`;
  return route.view === 'page'
    ? `${route.moduleId}/${route.pageId}`
    : route.view === 'end'
      ? `${route.moduleId}/end`
      : route.view;
}

export function App() {
  const { state, actions } = useApp();
  const { course } = state;
  const route = useHashRoute(course);
  const [zoomAnnouncement, setZoomAnnouncement] = useState('');
  const moduleId = route.view === 'page' || route.view === 'end' ? route.moduleId : null;
  const timedModule = useRef<string | null>(null);
  // The projector layout shows module pages as steps; other screens are only larger.
  const projecting = state.zoom.value && route.view === 'page';
  const facilitating = route.view === 'facilitator';
  // The line to the other window opens with the projector layout or the facilitator view: a learner
  // alone never loads it.
  const [channel, setChannel] = useState<GroupChannel>(SILENT_CHANNEL);
  const wantsChannel = state.zoom.value || facilitating;
  useEffect(() => {
    if (!wantsChannel || channel !== SILENT_CHANNEL) return;
    void import('./group/group-channel').then((m) => setChannel(m.openGroupChannel(course.id)));
  }, [wantsChannel]);
  useEffect(() => () => channel.close(), [channel]);
  const session = useGroupSession({ course, route, projecting, channel });

  useEffect(() => {
    const timer = startVisibleTimer((ms) => {
      if (timedModule.current) actions.countTime(timedModule.current, ms);
    });
    // The seconds since the last tick go out with the final write (hidden tab, pagehide).
    const off = actions.beforeFlush(() => timer.flush());
    return () => {
      off();
      timer.stop();
    };
  }, []);

  // Layout effects run before the browser paints, so a page counts as seen (and the zoom applies)
  // the moment it shows, even if the learner leaves at once.
  useLayoutEffect(() => {
    timedModule.current = moduleId;
    if (route.view === 'page') actions.showPage({ moduleId: route.moduleId, pageId: route.pageId });
  }, [routeKey(route)]);

  useLayoutEffect(() => {
    document.documentElement.classList.toggle('zoom', state.zoom.value);
    // Fetched as the layout is switched on, so the first step is ready by the time it is wanted.
    if (state.zoom.value) void LazyProjectorPage.preload();
  }, [state.zoom.value]);
  useLayoutEffect(() => {
    document.documentElement.classList.toggle('projecting', projecting);
    document.documentElement.classList.toggle('facilitating', facilitating);
  }, [projecting, facilitating]);

  const toggleZoom = () => {
    actions.toggleZoom();
    setZoomAnnouncement(state.zoom.value ? state.messages.zoomOn : state.messages.zoomOff);
  };
  const inRoom = projecting || facilitating;
  useShortcuts({
    next: session.next,
    previous: session.previous,
    // The layout is the projector window's; the facilitator's window keeps its own.
    zoom: facilitating ? undefined : toggleZoom,
    advance: inRoom ? session.next : undefined,
    blackout: inRoom ? session.toggleBlackout : undefined,
  });
  return (
    <GroupTimersContext.Provider value={{ timers: session.timers, setTimer: session.setTimer }}>
      <Layout
        courseTitle={course.title}
        coursePages={course.pages}
        zoom={state.zoom.value}
        zoomAnnouncement={zoomAnnouncement}
        notices={state.notices.value}
        onToggleZoom={toggleZoom}
        onOpenFacilitatorView={state.zoom.value && !facilitating ? () => openFacilitatorView(course.id) : null}
        onDismissNotice={actions.dismissNotice}
      >
        <Screen route={route} session={session} projecting={projecting} />
      </Layout>
      {session.blackout && !facilitating && <Blackout onClose={session.toggleBlackout} />}
    </GroupTimersContext.Provider>
  );
}

function Screen({ route, session, projecting }: { route: Route; session: GroupSession; projecting: boolean }) {
  const { state } = useApp();
  const { course } = state;
  switch (route.view) {
    case 'start':
      return <StartPage />;
    case 'print':
      return <LazyPrintPage />;
    case 'guide':
      return <LazyGuidePage />;
    case 'accessibility': {
      // The statement's fixed address, so a footer or an LMS can link to it whatever the page's id.
      const statement = course.pages.find((p) => p.accessibility);
      return statement ? <LazyCoursePage key={statement.id} page={statement} /> : <NotFoundPage />;
    }
    case 'not-found':
      return <NotFoundPage />;
    case 'facilitator':
      return <LazyFacilitatorView course={course} session={session} />;
    case 'course-page': {
      const page = course.pages.find((p) => p.id === route.pageId);
      return page ? <LazyCoursePage key={page.id} page={page} /> : <NotFoundPage />;
    }
    case 'page':
    case 'end': {
      const module = course.modules.find((m) => m.id === route.moduleId);
      if (!module) return <NotFoundPage />;
      const previous = previousRoute(course, route);
      const onPrevious = previous ? () => go(previous) : null;
      if (route.view === 'end')
        return <ModuleEnd module={module} onPrevious={onPrevious ?? (() => go({ view: 'start' }))} />;
      const page = module.pages.find((p) => p.id === route.pageId);
      if (!page) return <NotFoundPage />;
      const learnerPage = (
        <ModulePage key={page.id} module={module} page={page} onPrevious={onPrevious} onNext={session.next} />
      );
      if (!projecting) return learnerPage;
      const hash = routeHash(route);
      return (
        <LazyProjectorPage
          key={page.id}
          fallback={learnerPage}
          module={module}
          page={page}
          onPrevious={onPrevious || session.step > 0 ? session.previous : null}
          onNext={session.next}
          projector={{
            step: session.step,
            stepCount: session.stepCount,
            onRanges: (ranges) => session.setRanges(hash, ranges),
          }}
        />
      );
    }
  }
}
