// The facilitator guide inside the app (#/handledarguide): the same HTML as the guide file in dist/.
// Loaded on demand (lazyView in app.tsx), so the guide never weighs on a learner's download.
import { facilitatorGuideMain, facilitatorGuideTitle } from '../../core/export/facilitator-guide';
import { useApp } from '../state/app-context';
import { PrintableHtml } from './printable-html';

export function GuidePage() {
  const { course, messages } = useApp().state;
  return (
    <PrintableHtml
      screenKey="guide"
      title={facilitatorGuideTitle(course, messages)}
      html={facilitatorGuideMain(course, messages)}
    />
  );
}
