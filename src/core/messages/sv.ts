// Swedish UI words: the reference catalogue. Every other language must have exactly these keys.

/** A letter for an option: A, B, C … */
const letter = (index: number) => String.fromCharCode(65 + index);

export const sv = {
  language: 'sv',
  // Frame
  skipToContent: 'Hoppa till innehållet',
  zoom: 'Zoom',
  zoomOn: 'Storbildsläge på',
  zoomOff: 'Storbildsläge av',
  /** Group use: projector steps, the discussion timer, the facilitator view. */
  group: {
    facilitatorView: 'Handledarvy',
    facilitatorViewOpens: ' (öppnas i ett nytt fönster)',
    leadHeading: 'För dig som leder en grupp',
    leadIntro:
      'Visa kursen på en projektor med Z och styr den med en presentationsklicker. Handledarvyn visar anteckningar, tidtagare och nästa steg i ett eget fönster; guiden går att skriva ut.',
    blackout: 'Skärmen är släckt. Tryck på B eller punkt för att visa den igen.',
  },
  close: 'Stäng',
  closeNoticeHidden: ' meddelandet',
  /** The facts at the top of the accessibility statement, from its front matter. */
  statementFacts: {
    publisher: 'Utgivare',
    contact: 'Kontakt för synpunkter',
    published: 'Redogörelsen upprättades',
    reviewed: 'Senast granskad',
  },
  allModules: 'Alla moduler',
  goToAllModules: 'Gå till alla moduler',
  // Start page
  continueWhereYouLeft: 'Fortsätt där du var',
  startCourse: 'Starta kursen',
  goToNextModule: 'Gå till nästa modul',
  /** Where "Fortsätt där du var" leads; the button's name is the action, a comma, then this. */
  resumePage: (moduleNumber: number, pageNumber: number, pageTitle: string) =>
    `Modul ${moduleNumber}, sida ${pageNumber}: ${pageTitle}`,
  courseLength: (modules: number, minutes: number) =>
    `${modules} ${modules === 1 ? 'modul' : 'moduler'}, ca ${minutes} min`,
  yourProgress: 'Dina framsteg',
  courseProgress: 'Kursens framsteg',
  courseGoal: 'Kursens mål',
  modules: 'Moduler',
  startOver: 'Börja om',
  startOverQuestion: 'Vill du börja om? Alla dina framsteg i kursen raderas. Dina anteckningar finns kvar.',
  startOverConfirm: 'Ja, börja om',
  cancel: 'Avbryt',
  // Module cards and headers
  moduleNumber: (n: number) => `Modul ${n}: `,
  moduleOf: (n: number, total: number) => `Modul ${n} av ${total}`,
  aboutMinutes: (minutes: number) => `ca ${minutes} min`,
  minutesLeft: (minutes: number) => `ca ${minutes} min kvar`,
  allPagesShown: 'Alla sidor visade',
  moduleProgress: (title: string) => `Framsteg i modulen ${title}`,
  statusHidden: 'Status: ',
  status: { 'not-started': 'Ej påbörjad', started: 'Påbörjad', done: 'Klar' },
  percent: (n: number) => `${n} procent`,
  // Pages
  previous: 'Föregående',
  next: 'Nästa',
  pagesInModule: 'Sidor i modulen',
  pageOf: (n: number, total: number) => `Sida ${n} av ${total}`,
  // Blocks: one label per kind, for the screen, the text version and print
  blockLabel: {
    exempel: 'Exempel',
    diskussion: 'Diskutera i gruppen',
    reflektion: 'Reflektera',
    kunskapskontroll: 'Kunskapskontroll',
    handledning: 'Handledning',
  },
  minutes: (n: number) => `${n} min`,
  template: 'Mall',
  wordFile: (path: string) => `Word-fil: ${path}`,
  yourNotes: 'Dina anteckningar (valfritt)',
  notesHint: 'Sparas bara i den här webbläsaren och skickas inte någonstans.',
  yourNotesHeading: 'Dina anteckningar:',
  // Knowledge checks
  letter,
  answer: 'Svara',
  tryAgain: 'Försök igen',
  chooseFirst: 'Välj ett svarsalternativ först.',
  rightAnswerMark: 'rätt svar',
  yourAnswerMark: 'ditt svar',
  // Worded apart from "Rätt."/"Nej.", which authors' own feedback often starts with, so nothing is said twice.
  right: (correct: number) => `Bra! ${letter(correct)} stämmer.`,
  wrong: (correct: number) => `Inte riktigt. Svaret som stämmer är ${letter(correct)}.`,
  rightAnswerIs: (correct: number) => `Rätt svar: ${letter(correct)}.`,
  // End of module
  moduleDone: 'Modulen är klar',
  moduleEnd: 'Slutet av modulen',
  endTitle: (moduleTitle: string) => `Slut på modulen – ${moduleTitle}`,
  leftToDo: 'Det här är kvar innan modulen räknas som klar:',
  checkToAnswer: ' (kunskapskontroll att svara på)',
  pageNotSeen: ' (sida du inte har sett)',
  covered: 'Det här har du gått igenom',
  afterModule: 'Efter modulen kan du',
  checksRight: (right: number, total: number) => `Kunskapskontroller: ${right} av ${total} rätt.`,
  courseDone: 'Du har gått igenom hela kursen. Bra jobbat!',
  nextModule: (title: string) => `Nästa modul: ${title}`,
  // Text version and print
  textVersion: 'Textversion',
  textVersionIntro: 'Hela kursen som text, att läsa, skriva ut eller spara.',
  includeMyNotes: 'Ta med mina anteckningar',
  downloadTextVersion: 'Ladda ner textversion',
  printVersion: 'Utskriftsversion',
  downloaded: (fileName: string) => `Textversionen har laddats ner som ${fileName}.`,
  print: 'Skriv ut',
  printHeading: (courseTitle: string) => `${courseTitle}: textversion`,
  printDocumentTitle: (courseTitle: string) => `${courseTitle}: textversion för utskrift`,
  textEdition: (version: string, date: string) => `Textversion av kursen, version ${version}, ${date}.`,
  courseAddress: (url: string) => `Kursen finns på ${url}`,
  aboutCourse: 'Om kursen',
  moduleHeading: (n: number, title: string) => `Modul ${n}: ${title}`,
  // Facilitator guide: the link; the guide's own words are in guide-sv.ts, loaded with the guide
  guideLink: 'Handledarguide',

  // Course pages and templates
  coursePagesHeading: 'Mer i kursen',
  coursePagesNav: 'Kursens sidor',
  templatesHeading: 'Mallar att ladda ner',
  templatesIntro: 'Mallarna öppnas i Word, LibreOffice och andra ordbehandlare. Fyll i dem och gör dem till era egna.',
  templateDownload: (title: string) => `${title} (Word-fil)`,
  // Not found
  notFound: 'Sidan finns inte',
  notFoundText: 'Länken pekar på en sida som inte finns i kursen, kanske för att kursen har uppdaterats.',
  // The page before the script runs (index.html)
  loading: 'Kursen laddas …',
  noScript: { before: 'Kursen behöver JavaScript. Du kan läsa hela kursen i ', link: 'textversionen', after: '.' },
  // Notices: the pure layers return codes, these word them
  notice: {
    storageBlocked:
      'Webbläsaren tillåter inte att kursen sparar något. Du kan gå kursen, men dina framsteg sparas inte när du stänger sidan.',
    saveFailed:
      'Dina framsteg kunde inte sparas just nu. De finns kvar så länge sidan är öppen, och vi försöker spara igen.',
    restoreCorrupt: 'En del av dina sparade framsteg gick inte att läsa. Det som gick att läsa finns kvar.',
    restoreChanged: 'Kursen har uppdaterats sedan du var här senast. Dina framsteg på sidor som finns kvar är sparade.',
    lmsInitFailed:
      'Lärplattformen svarar inte just nu. Dina framsteg sparas i den här webbläsaren och förs över till lärplattformen nästa gång du öppnar kursen.',
    lmsJournalUsed:
      'Lärplattformen hade inte fått med allt du gjorde förra gången, men det fanns sparat i den här webbläsaren. Nu är det med igen.',
    lmsUnreadable: 'Dina framsteg i lärplattformen gick inte att läsa.',
    lmsUnreadableJournalUsed:
      'Dina framsteg i lärplattformen gick inte att läsa, så vi använder det som finns sparat i den här webbläsaren.',
    lmsReviewMode:
      'Du tittar på kursen i granskningsläge. Dina framsteg visas, men inget du gör nu sparas i lärplattformen.',
  },
};

/** The shape every catalogue has; a missing or extra key fails the type-check. */
export type Messages = typeof sv;
