// A route that names no page of this course, e.g. an old bookmark after the course changed.
import { useMessages } from '../state/use-messages';
import { usePageHeading } from './use-page-heading';

export function NotFoundPage() {
  const m = useMessages();
  const headingRef = usePageHeading<HTMLHeadingElement>('not-found', m.notFound);
  return (
    <>
      <h1 tabIndex={-1} ref={headingRef}>
        {m.notFound}
      </h1>
      <p>{m.notFoundText}</p>
      <p>
        <a href="#/">{m.goToAllModules}</a>
      </p>
    </>
  );
}
