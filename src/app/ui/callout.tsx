// A titled box for examples and group discussion prompts.
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import './callout.css';

export function Callout({
  kind,
  heading,
  children,
}: {
  kind: 'exempel' | 'diskussion' | 'reflektion';
  heading: string;
  children: ComponentChildren;
}) {
  const id = useId();
  return (
    <section class={`callout callout-${kind}`} aria-labelledby={id}>
      <h3 id={id} class="callout-heading">
        {heading}
      </h3>
      {children}
    </section>
  );
}
