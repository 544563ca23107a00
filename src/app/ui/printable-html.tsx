// A whole document rendered at build time or by a pure renderer (the print view, the facilitator
// guide): a way back, a print button, and the HTML, whose own h1 takes focus as the screen's heading.
import { useApp } from '../state/app-context';
import { BackToStart } from './back-to-start';
import { usePageHeading } from './use-page-heading';
import './print-page.css';

export function PrintableHtml({ screenKey, title, html }: { screenKey: string; title: string; html: string }) {
  const { state } = useApp();
  const contentRef = usePageHeading<HTMLDivElement>(screenKey, title, (element) => element.querySelector('h1'));
  return (
    <div class="print-page">
      <div class="print-tools">
        <BackToStart />
        <button type="button" class="button" onClick={() => window.print()}>
          {state.messages.print}
        </button>
      </div>
      <div class="rich" ref={contentRef} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
