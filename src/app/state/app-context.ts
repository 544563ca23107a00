// Hands the app state and actions to page components.
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useReducer } from 'preact/hooks';
import type { AppActions, AppState } from './app-state';

export const AppContext = createContext<{ state: AppState; actions: AppActions } | null>(null);

/**
 * The app state and actions, re-rendering the caller on every state change; only page-level
 * components call this, leaves get props.
 */
export function useApp(): { state: AppState; actions: AppActions } {
  const app = useContext(AppContext);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const renderedVersion = app?.state.changes.version;
  useLayoutEffect(() => {
    if (!app) return undefined;
    // A change between this render and the subscription would otherwise go unseen.
    if (app.state.changes.version !== renderedVersion) rerender(0);
    return app.state.changes.subscribe(() => rerender(0));
  }, [app]);
  if (!app) throw new Error('useApp() outside <AppContext.Provider>');
  return app;
}
