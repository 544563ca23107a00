// The start page's section for whoever leads a group: the facilitator view and the facilitator guide.
import { openFacilitatorView } from '../group/open-facilitator-view';
import { routeHash } from '../state/route';
import { useMessages } from '../state/use-messages';

export function GroupLinks({ courseId }: { courseId: string }) {
  const m = useMessages();
  return (
    <section class="group-links" aria-labelledby="group-links-heading">
      <h2 id="group-links-heading">{m.group.leadHeading}</h2>
      <p>{m.group.leadIntro}</p>
      <p class="end-links">
        <button type="button" class="button button-secondary" onClick={() => openFacilitatorView(courseId)}>
          {m.group.facilitatorView}
          <span class="visually-hidden">{m.group.facilitatorViewOpens}</span>
        </button>
        <a class="button button-secondary" href={routeHash({ view: 'guide' })}>
          {m.guideLink}
        </a>
      </p>
    </section>
  );
}
