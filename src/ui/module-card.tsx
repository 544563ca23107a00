// One module on the start page: thumbnail, title link, length, summary and status.
import type { Module } from '../course/types';
import type { ModuleStatus } from '../progress/progress';
import './module-card.css';

export const STATUS_LABEL: Record<ModuleStatus, string> = { 'not-started': 'Ej påbörjad', started: 'Påbörjad', done: 'Klar' };

export function ModuleCard({ module, number, status, href }: { module: Module; number: number; status: ModuleStatus; href: string }) {
  return (
    <article class={`card card-${status}`}>
      <img class="card-image" src={module.image.src} alt={module.image.alt} width={96} height={96} />
      <div class="card-body">
        <h3 class="card-title">
          <a href={href}>
            <span class="card-number">Modul {number}: </span>
            {module.title}
          </a>
        </h3>
        <p class="card-meta">ca {module.minutes} min</p>
        <p>{module.summary}</p>
        <p class="card-status">
          <span class="visually-hidden">Status: </span>
          {STATUS_LABEL[status]}
        </p>
      </div>
    </article>
  );
}
