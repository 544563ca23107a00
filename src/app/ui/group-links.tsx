// Links for whoever leads a group, for the start page's section on group use.
import { routeHash } from '../state/route';
import { useMessages } from '../state/use-messages';

/** The link to the facilitator guide; the facilitator view's button can join it here. */
export function GroupLinks() {
  const m = useMessages();
  return (
    <p class="group-links">
      <a class="button button-secondary" href={routeHash({ view: 'guide' })}>
        {m.guideLink}
      </a>
    </p>
  );
}
