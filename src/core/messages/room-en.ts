// English words of group mode's lazy views; see room-sv.ts.
import type { RoomMessages } from './room-sv.ts';

export const roomEn: RoomMessages = {
  stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
  timer: 'Discussion timer',
  start: 'Start',
  pause: 'Pause',
  reset: 'Reset',
  timeUp: 'Time is up',
  showAnswer: 'Show the answer',
  rightAnswer: (letter: string) => `Right answer: ${letter}`,
  facilitatorTitle: 'Facilitator view',
  currentStep: 'Showing now',
  nextStep: 'Next',
  nextPage: (title: string) => `Next page: ${title}`,
  endOfModule: 'End of the module',
  notes: 'Notes for the facilitator',
  noNotes: 'No notes for this page.',
  timers: 'Discussion time',
  time: 'Time for the module',
  planned: (minutes: number) => `Planned: ${minutes} min`,
  elapsed: (clock: string) => `Elapsed: ${clock}`,
  notStarted: 'The module has not started on the projector.',
  noProjector: 'No projector view is open. Open the course in another window and press Z.',
};
