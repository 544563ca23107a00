// The learner-facing words for launch notices, in one place until the message catalogue takes them:
// the SCORM connection and progress restore return codes, and the boot words them here.
import type { RestoreLoss } from '../progress/restore';
import type { LaunchNotice } from '../scorm/reconcile';
import type { Notice } from './app-state';

/** The words for each launch notice; the code is the notice's id. */
export const LAUNCH_NOTICES: Record<LaunchNotice, string> = {
  'init-failed':
    'Lärplattformen svarar inte just nu. Dina framsteg sparas i den här webbläsaren och förs över till lärplattformen nästa gång du öppnar kursen.',
  'journal-used': 'En del av dina framsteg fanns inte i lärplattformen, men de fanns sparade i den här webbläsaren. Nu är de med igen.',
  'lms-unreadable': 'Dina framsteg i lärplattformen gick inte att läsa.',
  'lms-unreadable-journal-used': 'Dina framsteg i lärplattformen gick inte att läsa, så vi använder det som finns sparat i den här webbläsaren.',
  'review-mode': 'Granskningsläge: dina framsteg visas, men inget du gör sparas.',
};

/** A launch notice for the app's notice list. */
export const launchNotice = (code: LaunchNotice): Notice => ({ id: code, text: LAUNCH_NOTICES[code] });

export const LOSS_NOTICES: Record<Exclude<RestoreLoss, 'none'>, Notice> = {
  corrupt: { id: 'restore-corrupt', text: 'En del av dina sparade framsteg gick inte att läsa. Det som gick att läsa finns kvar.' },
  'course-changed': { id: 'restore-changed', text: 'Kursen har uppdaterats sedan du var här senast. Dina framsteg på sidor som finns kvar är sparade.' },
};
