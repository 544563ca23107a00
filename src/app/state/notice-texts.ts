// Which catalogue notice stands for each code the launch returns: the SCORM connection and progress
// restore return codes, and the UI words them from the message catalogue.
import type { RestoreLoss } from '../../core/progress/restore';
import type { LaunchNotice } from '../../core/scorm/reconcile';
import type { Notice } from './app-state';

export const LAUNCH_NOTICES: Record<LaunchNotice, Notice> = {
  'init-failed': { id: 'lmsInitFailed' },
  'journal-used': { id: 'lmsJournalUsed' },
  'lms-unreadable': { id: 'lmsUnreadable' },
  'lms-unreadable-journal-used': { id: 'lmsUnreadableJournalUsed' },
  'review-mode': { id: 'lmsReviewMode' },
};

export const LOSS_NOTICES: Record<Exclude<RestoreLoss, 'none'>, Notice> = {
  corrupt: { id: 'restoreCorrupt' },
  'course-changed': { id: 'restoreChanged' },
};
