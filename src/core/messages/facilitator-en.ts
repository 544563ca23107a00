// English words of the facilitator view; see facilitator-sv.ts.
import type { FacilitatorMessages } from './facilitator-sv.ts';

export const facilitatorEn: FacilitatorMessages = {
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
