// Swedish words of the facilitator view (Handledarvy), apart from the UI catalogue so that only the
// view's lazy chunk carries them: a learner never downloads them.

export const facilitatorSv = {
  facilitatorTitle: 'Handledarvy',
  currentStep: 'Visas nu',
  nextStep: 'Därefter',
  nextPage: (title: string) => `Nästa sida: ${title}`,
  endOfModule: 'Modulens slut',
  notes: 'Anteckningar för handledaren',
  noNotes: 'Inga anteckningar för den här sidan.',
  timers: 'Diskussionstid',
  time: 'Tid för modulen',
  planned: (minutes: number) => `Planerat: ${minutes} min`,
  elapsed: (clock: string) => `Har gått: ${clock}`,
  notStarted: 'Modulen har inte börjat på projektorn.',
  noProjector: 'Ingen projektorvy är öppen. Öppna kursen i ett annat fönster och tryck på Z.',
};

/** The shape every facilitator catalogue has; a missing or extra key fails the type-check. */
export type FacilitatorMessages = typeof facilitatorSv;
