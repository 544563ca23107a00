// The line between the projector window and the facilitator window: a BroadcastChannel of the
// course's own origin, so it needs no server, works offline and from any folder.
import { readGroupMessage, type GroupMessage } from '../../core/group/messages';

export interface GroupChannel {
  post(message: GroupMessage): void;
  /** Calls `listener` with each well-formed message from another window; returns the unsubscribe. */
  listen(listener: (message: GroupMessage) => void): () => void;
  close(): void;
}

/** The course's channel; a silent one where the browser has no BroadcastChannel. */
export function openGroupChannel(courseId: string, win: Window = window): GroupChannel {
  const Channel = (win as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (typeof Channel !== 'function') return { post() {}, listen: () => () => {}, close() {} };
  // One name per course, so two courses served from the same origin never steer each other.
  const channel = new Channel(`kurs:${courseId}:grupp`);
  return {
    post(message) {
      channel.postMessage(message);
    },
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        const message = readGroupMessage(event.data);
        if (message) listener(message);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close() {
      channel.close();
    },
  };
}
