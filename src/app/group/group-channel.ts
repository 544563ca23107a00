// The line between the projector window and the facilitator window: a BroadcastChannel of the
// course's own origin, so it needs no server, works offline and from any folder.
import { readGroupMessage } from '../../core/group/messages';
import { SILENT_CHANNEL, type GroupChannel } from './group-context';

export type { GroupChannel };

/** The course's channel; a silent one where the browser has no BroadcastChannel. */
export function openGroupChannel(courseId: string, win: Window = window): GroupChannel {
  const Channel = (win as { BroadcastChannel?: typeof BroadcastChannel }).BroadcastChannel;
  if (typeof Channel !== 'function') return SILENT_CHANNEL;
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
