// The frame around every screen: skip link, header with the zoom toggle, notices, footer.
import type { ComponentChildren } from 'preact';
import type { CoursePage } from '../../core/course/types';
import type { Notice } from '../state/app-state';
import { coursePageRoute, routeHash } from '../state/route';
import { useMessages } from '../state/use-messages';

export interface LayoutProps {
  courseTitle: string;
  /** Course-level pages (glossary, sources), linked from the footer of every screen. */
  coursePages: Pick<CoursePage, 'id' | 'title' | 'accessibility'>[];
  zoom: boolean;
  /** What the live region says after a zoom change; empty on load so nothing is announced. */
  zoomAnnouncement: string;
  notices: Notice[];
  onToggleZoom: () => void;
  /** Opens the facilitator view in a second window; null where the button is not offered. */
  onOpenFacilitatorView?: (() => void) | null;
  onDismissNotice: (id: string) => void;
  children: ComponentChildren;
}

export function Layout({
  courseTitle,
  coursePages,
  zoom,
  zoomAnnouncement,
  notices,
  onToggleZoom,
  onOpenFacilitatorView = null,
  onDismissNotice,
  children,
}: LayoutProps) {
  const m = useMessages();
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a real link to #main, so it works without script; the handler only keeps the hash router from reading "#main" as a route. */}
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          // Hash routing owns location.hash, so the skip link moves focus itself.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {m.skipToContent}
      </a>
      <header class="site-header">
        <a class="site-title" href="#/">
          {courseTitle}
        </a>
        <div class="site-actions">
          {onOpenFacilitatorView && (
            <button type="button" class="button button-secondary facilitator-open" onClick={onOpenFacilitatorView}>
              {m.group.facilitatorView}
              <span class="visually-hidden">{m.group.facilitatorViewOpens}</span>
            </button>
          )}
          <button type="button" class="button button-secondary zoom-toggle" aria-pressed={zoom} onClick={onToggleZoom}>
            {m.zoom}
            <span class="zoom-key" aria-hidden="true">
              {' '}
              (Z)
            </span>
          </button>
        </div>
      </header>
      <div class="notices" role="status">
        {notices.map((notice) => (
          <p class="notice" key={notice.id}>
            {m.notice[notice.id]}{' '}
            <button
              type="button"
              class="button button-small button-secondary"
              onClick={() => onDismissNotice(notice.id)}
            >
              {m.close}
              <span class="visually-hidden">{m.closeNoticeHidden}</span>
            </button>
          </p>
        ))}
      </div>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer class="site-footer">
        <nav aria-label={m.coursePagesNav}>
          <ul class="site-footer-links">
            {coursePages.map((page) => (
              <li key={page.id}>
                <a href={routeHash(coursePageRoute(page))}>{page.title}</a>
              </li>
            ))}
          </ul>
        </nav>
      </footer>
      <div class="visually-hidden" aria-live="polite">
        {zoomAnnouncement}
      </div>
    </>
  );
}
