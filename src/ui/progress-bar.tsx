// A labelled progress bar with the percentage also in text.
import { useMessages } from '../state/use-messages';
import './progress-bar.css';

export function ProgressBar({ fraction, label }: { fraction: number; label: string }) {
  const m = useMessages();
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div class="progress">
      <div class="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={m.percent(percent)}>
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span class="progress-text" aria-hidden="true">
        {percent} %
      </span>
    </div>
  );
}
