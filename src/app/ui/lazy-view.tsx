// A view whose code is a chunk of its own, fetched the first time it is shown (or preloaded), so a
// learner alone never loads what only a room, a printer or a facilitator needs.
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyView<P> {
  (props: P & { fallback?: JSX.Element | null }): JSX.Element | null;
  /** Starts fetching the chunk, e.g. when the projector layout is switched on. */
  preload(): Promise<unknown>;
}

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => {
    pending ??= load().then((view) => {
      loaded = view;
      return view;
    });
    return pending;
  };
  const Lazy = ({ fallback = null, ...props }: P & { fallback?: JSX.Element | null }) => {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!loaded) void preload().then(() => setReady(true));
    }, []);
    const View = loaded;
    return View ? <View {...(props as P)} /> : fallback;
  };
  Lazy.preload = preload;
  return Lazy;
}
