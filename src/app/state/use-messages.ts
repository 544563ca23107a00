// The UI words of the course's language, for any component under the provider (main.tsx sets it).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Messages } from '../../core/messages';

export const MessagesContext = createContext<Messages | null>(null);

/** The message catalogue picked by the course's `language`; it never changes while the app runs. */
export function useMessages(): Messages {
  const messages = useContext(MessagesContext);
  if (!messages) throw new Error('useMessages() outside <MessagesContext.Provider>');
  return messages;
}
