// Swedish words of the facilitator guide (Handledarguide), apart from the UI catalogue so that only
// the guide's lazy chunk carries them: a learner never downloads them.

export const guideSv = {
  title: (courseTitle: string) => `Handledarguide – ${courseTitle}`,
  intro:
    'Stöd för dig som leder kursen för en grupp i ett rum: hur du förbereder och leder ett pass, och för varje modul diskussionerna med tider, anteckningarna för handledaren och kunskapskontrollerna med svar.',
  howTo: 'Så leder du ett pass',
  equipmentHeading: 'Utrustning',
  equipment: [
    'En dator med kursen öppen, kopplad till en projektor eller en stor skärm.',
    'Ställ in datorns skärmar som utökat skrivbord, inte som dubblerad skärm. Då ser gruppen kursen på projektorn medan du har handledarvyn på datorns egen skärm.',
    'Gärna en presentationsklicker för att bläddra. Den skickar samma tangenter som tabellen nedan.',
  ],
  keysHeading: 'Tangenter i storbildsläget',
  keyColumn: 'Tangent',
  actionColumn: 'Vad den gör',
  keys: [
    ['Z', 'Slår på och av storbildsläget för projektorn.'],
    ['PageDown, → eller mellanslag', 'Visar nästa steg, och sedan nästa sida.'],
    ['PageUp eller ←', 'Visar föregående steg.'],
    ['B eller .', 'Gör skärmen svart, och tillbaka igen.'],
  ] as [string, string][],
  facilitatorView:
    'Knappen Handledarvy öppnar handledarvyn i ett eget fönster. Flytta fönstret till datorns egen skärm. Där ser du steget som visas och nästa steg, anteckningarna för handledaren, diskussionens timer och tiden för modulen. Båda fönstren följer varandra, så du kan bläddra i vilket som helst av dem.',
  courseTime: (minutes: number) => `Planerad tid för hela kursen med en grupp: ca ${minutes} min.`,
  plannedTime: (minutes: number) => `Planerad tid för en grupp: ca ${minutes} min.`,
  nothingForGroups: 'Modulen har inga diskussioner, anteckningar eller kunskapskontroller.',
  pageHeading: (moduleNumber: number, pageNumber: number, title: string) => `${moduleNumber}.${pageNumber} ${title}`,
};

/** The shape every guide catalogue has; a missing or extra key fails the type-check. */
export type GuideMessages = typeof guideSv;
