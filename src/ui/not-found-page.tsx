// A route that names no page of this course, e.g. an old bookmark after the course changed.
import { usePageHeading } from './use-page-heading';

export function NotFoundPage() {
  const headingRef = usePageHeading<HTMLHeadingElement>('not-found', 'Sidan finns inte');
  return (
    <>
      <h1 tabIndex={-1} ref={headingRef}>
        Sidan finns inte
      </h1>
      <p>Länken pekar på en sida som inte finns i kursen, kanske för att kursen har uppdaterats.</p>
      <p>
        <a href="#/">Gå till alla moduler</a>
      </p>
    </>
  );
}
