// One module on the start page: thumbnail, title link, length, summary and status.
import type { Module } from '../../core/course/types';
import type { ModuleStatus } from '../../core/progress/progress';
import { useMessages } from '../state/use-messages';
import './module-card.css';

export function ModuleCard({
  module,
  number,
  status,
  href,
}: {
  module: Module;
  number: number;
  status: ModuleStatus;
  href: string;
}) {
  const m = useMessages();
  return (
    <article class={`card card-${status}`}>
      <img class="card-image" src={module.image.src} alt={module.image.alt} width={320} height={180} />
      <div class="card-body">
        <h3 class="card-title">
          <a href={href}>
            <span class="card-number">{m.moduleNumber(number)}</span>
            {module.title}
          </a>
        </h3>
        <p class="card-meta">{m.aboutMinutes(module.minutes)}</p>
        <p>{module.summary}</p>
        <p class="card-status">
          <span class="visually-hidden">{m.statusHidden}</span>
          {m.status[status]}
        </p>
      </div>
    </article>
  );
}
