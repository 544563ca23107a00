// Tillgänglighetsredogörelse: the accessibility statement Swedish public digital services must publish.
import { BackToStart } from './back-to-start';
import { useApp } from '../state/app-context';
import { usePageHeading } from './use-page-heading';

export function AccessibilityPage() {
  const { state } = useApp();
  const headingRef = usePageHeading<HTMLHeadingElement>(
    'accessibility',
    `${state.messages.accessibilityStatement} – ${state.course.title}`,
  );
  return (
    <div class="rich">
      <BackToStart />
      <h1 tabIndex={-1} ref={headingRef}>
        {state.messages.accessibilityStatement}
      </h1>
      <p>
        Den här utbildningen ska kunna användas av så många som möjligt. Här beskriver vi hur den uppfyller lagen om
        tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan rapportera problem.
      </p>
      <h2>Hur tillgänglig är utbildningen?</h2>
      <p>
        Vi bedömer att utbildningen uppfyller kraven i WCAG 2.1 på nivå AA, som är kraven i standarden EN 301 549. Du
        kan använda hela utbildningen med bara tangentbordet. Du kan förstora texten med knappen Zoom eller tangenten Z.
        Hela kursen finns också som textversion att ladda ner och skriva ut.
      </p>
      <h2>Så har vi testat</h2>
      <p>Utbildningen testas automatiskt i webbläsaren Chromium vid varje ändring. Testerna kontrollerar att</p>
      <ul>
        <li>
          verktyget axe inte hittar några fel mot kraven i WCAG 2.0 och 2.1 på nivå A och AA, bland annat kontrast, på
          startsidan, på varje sida i varje modul, på kunskapskontroller före och efter svar, på slutet av en modul, i
          utskriftsversionen och på den här sidan, både med och utan zoom,
        </li>
        <li>
          det går att gå igenom en hel modul och svara på kunskapskontrollerna med bara tangentbordet, och att det hela
          tiden syns vilket element som har fokus,
        </li>
        <li>
          fokus flyttas till rubriken på den nya sidan när du går vidare, och att länken Hoppa till innehållet fungerar,
        </li>
        <li>
          varje sida har en huvudrubrik, rubriker i rätt ordning, tydliga sidområden (sidhuvud, huvudinnehåll, sidfot)
          och språket svenska angivet,
        </li>
        <li>
          inget behöver skrollas i sidled i 320 pixlars bredd, med och utan zoom, vilket motsvarar 400 procents
          förstoring, och att ingen text klipps av när radavstånd, bokstavsavstånd och ordavstånd ökas,
        </li>
        <li>
          utbildningen inte har några rörliga effekter, oavsett om du har valt minskade rörelser i ditt operativsystem.
        </li>
      </ul>
      <p>
        Vi testar också med en riktig skärmläsare: Orca 43.1 i Debian 12 med webbläsaren Chromium 156, senast den 1
        december 2026. Testet styr Orca med tangentbordet som en användare som inte ser skärmen gör, med rubriker (H),
        knappar (B), alternativknappar (R), Tab, Retur och mellanslag, och kontrollerar vad Orca säger: startsidan med
        kursens namn, dina framsteg och varje moduls status, nästa sida i en modul, en kunskapskontroll med svar och
        förklaring, en anteckning, storbildsläget (Z), slutet av en modul och meddelandet när webbläsaren inte tillåter
        att kursen sparar något. Testet körs automatiskt vid varje ändring.
      </p>
      <h2>Kända brister</h2>
      <p>
        Vi känner inte till några brister just nu. Automatiska tester hittar inte alla problem, och vi har ännu inte
        testat utbildningen tillsammans med användare med funktionsnedsättning. Vi har bara testat med skärmläsaren
        Orca; andra skärmläsare, som NVDA, JAWS och VoiceOver, kan läsa en del saker annorlunda. Om utbildningen körs i
        en lärplattform kan plattformens egna sidor ha brister som vi inte kan påverka.
      </p>
      <h2>Rapportera ett problem</h2>
      <p>
        Om du stöter på ett hinder, eller behöver innehållet i ett annat format, kontakta den som gav dig tillgång till
        utbildningen, till exempel kommunens eller regionens utbildningsansvariga. Beskriv vad du försökte göra, på
        vilken sida och med vilket hjälpmedel.
      </p>
      <h2>Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (Digg) har ansvar för tillsynen över lagen om tillgänglighet till digital
        offentlig service. Om du inte är nöjd med hur dina synpunkter har tagits om hand kan du kontakta Digg.
      </p>
    </div>
  );
}
