// Tillgänglighetsredogörelse: the accessibility statement Swedish public digital services must publish.
import { useApp } from '../state/app-context';
import { usePageHeading } from './use-page-heading';

export function AccessibilityPage() {
  const { state } = useApp();
  const headingRef = usePageHeading<HTMLHeadingElement>('accessibility', `Tillgänglighetsredogörelse – ${state.course.title}`);
  return (
    <div class="rich">
      <p>
        <a href="#/">
          <span aria-hidden="true">← </span>Alla moduler
        </a>
      </p>
      <h1 tabIndex={-1} ref={headingRef}>
        Tillgänglighetsredogörelse
      </h1>
      <p>
        Den här utbildningen ska kunna användas av så många som möjligt. Här beskriver vi hur den uppfyller lagen om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du
        kan rapportera problem.
      </p>
      <h2>Hur tillgänglig är utbildningen?</h2>
      <p>
        Vi bedömer att utbildningen uppfyller kraven i WCAG 2.1 på nivå AA, som är kraven i standarden EN 301 549. Du kan använda hela utbildningen med bara tangentbordet. Du kan förstora texten
        med knappen Zoom eller tangenten Z. Hela kursen finns också som textversion att ladda ner och skriva ut.
      </p>
      <h2>Så har vi testat</h2>
      <ul>
        <li>Automatiska tester med verktyget axe i webbläsaren Chromium på alla typer av sidor, med och utan zoom.</li>
        <li>Tester där en hel modul genomförs med bara tangentbordet.</li>
        <li>Tester av att sidan går att läsa i 320 pixlars bredd utan att man behöver skrolla i sidled.</li>
        <li>Testerna körs varje gång utbildningen byggs.</li>
      </ul>
      <h2>Kända brister</h2>
      <p>Vi känner inte till några brister just nu. Om utbildningen körs i en lärplattform kan plattformens egna sidor ha brister som vi inte kan påverka.</p>
      <h2>Rapportera ett problem</h2>
      <p>
        Om du stöter på ett hinder, eller behöver innehållet i ett annat format, kontakta den som gav dig tillgång till utbildningen, till exempel kommunens eller regionens utbildningsansvariga.
        Beskriv vad du försökte göra, på vilken sida och med vilket hjälpmedel.
      </p>
      <h2>Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) har ansvar för tillsynen över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur dina synpunkter har tagits om
        hand kan du kontakta Digg.
      </p>
    </div>
  );
}
