// "← Alla moduler": the way back to the start page from any screen outside a module's pages.
import { useMessages } from '../state/use-messages';

export function BackToStart({ class: className }: { class?: string }) {
  const m = useMessages();
  return (
    <p class={className}>
      <a href="#/">
        <span aria-hidden="true">← </span>
        {m.allModules}
      </a>
    </p>
  );
}
