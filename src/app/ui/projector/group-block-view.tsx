// A block as a room sees it (projector, facilitator view): a discussion with the room's timer, a
// reflection without the notes field (the room reflects aloud), a check with "Visa svaret".
import type { Block } from '../../../core/course/types';
import { useMessages } from '../../state/use-messages';
import { BlockView, type BlockHandlers } from '../block-view';
import { Callout } from '../callout';
import { RichText } from '../rich-text';
import { DiscussionTimer } from './discussion-timer';
import { GroupCheck } from './group-check';

const NO_HANDLERS: BlockHandlers = { answers: {}, notes: {}, onAnswer() {}, onNote() {} };

export function GroupBlockView({
  block,
  timerKey,
  preview = false,
}: {
  block: Block;
  /** The key of this block's discussion timer, the same in every window. */
  timerKey: string;
  /** A small preview for the facilitator: answers shown, no controls (the timers are beside it). */
  preview?: boolean;
}) {
  const m = useMessages();
  switch (block.kind) {
    case 'diskussion':
      return (
        <Callout kind="diskussion" heading={`${m.blockLabel.diskussion} (${m.minutes(block.minutes)})`}>
          <RichText rich={block.body} />
          {!preview && <DiscussionTimer timerKey={timerKey} minutes={block.minutes} />}
        </Callout>
      );
    case 'reflektion':
      return (
        <Callout kind="reflektion" heading={m.blockLabel.reflektion}>
          <RichText rich={block.body} />
        </Callout>
      );
    case 'kunskapskontroll':
      return <GroupCheck block={block} answerShown={preview} />;
    default:
      // Nothing a room does differently: the learner's view, which records nothing without handlers.
      return <BlockView block={block} handlers={NO_HANDLERS} />;
  }
}
