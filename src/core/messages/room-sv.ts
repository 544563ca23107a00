// Swedish words that only group mode's lazy views use (the projector's steps, the discussion timer,
// Visa svaret, the facilitator view), apart from the UI catalogue: a learner never downloads them.

export const roomSv = {
  stepOf: (n: number, total: number) => `Steg ${n} av ${total}`,
  timer: 'Diskussionens tidtagare',
  start: 'Starta',
  pause: 'Pausa',
  reset: 'Nollställ',
  timeUp: 'Tiden är ute',
  showAnswer: 'Visa svaret',
  rightAnswer: (letter: string) => `Rätt svar: ${letter}`,
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

/** The shape every room catalogue has; a missing or extra key fails the type-check. */
export type RoomMessages = typeof roomSv;
