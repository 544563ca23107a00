// A labelled progress bar with the percentage also in text.
import { useMessages } from '../state/use-messages';
import './progress-bar.css';

/**
 * `quiet` is for a value that changes while the learner works (a module's progress): it is then
 * plain text, not a progressbar, since screen readers announce each progressbar change and Orca's
 * "22 percent" cut into the feedback of a knowledge check.
 */
export function ProgressBar({ fraction, label, quiet = false }: { fraction: number; label: string; quiet?: boolean }) {
  const m = useMessages();
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  // No style at 0 %: the start page is prerendered with 0 %, and the CSP blocks style attributes in
  // HTML (a style set from script is allowed); the sheet's width is 0.
  const fill = <div class="progress-fill" style={percent > 0 ? { width: `${percent}%` } : undefined} />;
  if (quiet) {
    return (
      <div class="progress">
        <div class="progress-track" aria-hidden="true">
          {fill}
        </div>
        <span class="progress-text">
          <span class="visually-hidden">{label}: </span>
          {percent} %
        </span>
      </div>
    );
  }
  return (
    <div class="progress">
      <div
        class="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={m.percent(percent)}
      >
        {fill}
      </div>
      <span class="progress-text" aria-hidden="true">
        {percent} %
      </span>
    </div>
  );
}
