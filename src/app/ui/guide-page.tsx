// The facilitator guide inside the app (#/handledarguide): the same HTML as the guide file in dist/.
// Loaded on demand (lazyView in app.tsx), so the guide never weighs on a learner's download.
import { BackToStart } from './back-to-start';
import { facilitatorGuideMain, facilitatorGuideTitle } from '../../core/export/facilitator-guide';
import { useApp } from '../state/app-context';
import { usePageHeading } from './use-page-heading';
import './print-page.css';

export function GuidePage() {
  const { state } = useApp();
  const { course, messages: m } = state;
  const contentRef = usePageHeading<HTMLDivElement>('guide', facilitatorGuideTitle(course, m), (element) =>
    element.querySelector('h1'),
  );
  return (
    <div class="print-page">
      <div class="print-tools">
        <BackToStart />
        <button type="button" class="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </div>
      <div class="rich" ref={contentRef} dangerouslySetInnerHTML={{ __html: facilitatorGuideMain(course, m) }} />
    </div>
  );
}
