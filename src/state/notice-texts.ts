// The learner-facing words for launch notices, in one place until the message catalogue takes them:
// the SCORM connection and progress restore return codes, and the boot words them here.
import type { RestoreLoss } from '../progress/restore';
import type { LaunchNotice } from '../scorm/reconcile';
import type { Notice } from './app-state';

export const LAUNCH_NOTICES: Record<LaunchNotice, Notice> = {
  'init-failed': {
    id: 'lms-init-failed',
    text: 'Lärplattformen svarar inte just nu. Dina framsteg sparas i den här webbläsaren och förs över till lärplattformen nästa gång du öppnar kursen.',
  },
  'journal-used': {
    id: 'lms-journal-used',
    text: 'Lärplattformen hade inte fått med allt du gjorde förra gången, men det fanns sparat i den här webbläsaren. Nu är det med igen.',
  },
  'lms-unreadable': { id: 'lms-unreadable', text: 'Dina framsteg i lärplattformen gick inte att läsa.' },
  'lms-unreadable-journal-used': {
    id: 'lms-unreadable-journal-used',
    text: 'Dina framsteg i lärplattformen gick inte att läsa, så vi använder det som finns sparat i den här webbläsaren.',
  },
  'review-mode': {
    id: 'lms-review-mode',
    text: 'Du tittar på kursen i granskningsläge. Dina framsteg visas, men inget du gör nu sparas i lärplattformen.',
  },
};

export const LOSS_NOTICES: Record<Exclude<RestoreLoss, 'none'>, Notice> = {
  corrupt: { id: 'restore-corrupt', text: 'En del av dina sparade framsteg gick inte att läsa. Det som gick att läsa finns kvar.' },
  'course-changed': { id: 'restore-changed', text: 'Kursen har uppdaterats sedan du var här senast. Dina framsteg på sidor som finns kvar är sparade.' },
};
