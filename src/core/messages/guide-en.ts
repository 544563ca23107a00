// English words of the facilitator guide; see guide-sv.ts.
import type { GuideMessages } from './guide-sv.ts';

export const guideEn: GuideMessages = {
  title: (courseTitle) => `Facilitator guide – ${courseTitle}`,
  intro:
    'Support for whoever leads the course for a group in a room: how to prepare and run a session, and for each module the discussions with their times, the notes for the facilitator and the knowledge checks with their answers.',
  howTo: 'How to run a session',
  equipmentHeading: 'Equipment',
  equipment: [
    'A laptop with the course open, connected to a projector or a large screen.',
    'Set the laptop’s displays to extend the desktop, not to mirror it. The group then sees the course on the projector while you keep the facilitator view on the laptop’s own screen.',
    'A presenter clicker to turn pages, if you have one. It sends the same keys as the table below.',
  ],
  keysHeading: 'Keys in the projector layout',
  keyColumn: 'Key',
  actionColumn: 'What it does',
  keys: [
    ['Z', 'Turns the projector layout on and off.'],
    ['PageDown, → or Space', 'Shows the next step, then the next page.'],
    ['PageUp or ←', 'Shows the previous step.'],
    ['B or .', 'Blacks out the screen, and brings it back.'],
  ],
  facilitatorView:
    'The Facilitator view button opens the facilitator view in a window of its own. Move that window to the laptop’s own screen. It shows the current step and the next one, the notes for the facilitator, the discussion timer and the time for the module. The two windows follow each other, so you can turn pages in either.',
  courseTime: (minutes) => `Planned time for the whole course with a group: about ${minutes} min.`,
  plannedTime: (minutes) => `Planned time for a group: about ${minutes} min.`,
  nothingForGroups: 'The module has no discussions, notes or knowledge checks.',
  pageHeading: (moduleNumber, pageNumber, title) => `${moduleNumber}.${pageNumber} ${title}`,
};
