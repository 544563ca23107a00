// Hands the app state and actions to page components.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppActions, AppState } from './app-state';

export const AppContext = createContext<{ state: AppState; actions: AppActions } | null>(null);

/** The app state and actions; only page-level components call this, leaves get props. */
export function useApp(): { state: AppState; actions: AppActions } {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp() outside <AppContext.Provider>');
  return app;
}
