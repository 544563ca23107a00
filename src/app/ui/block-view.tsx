// Renders one block of a page by its kind.
import type { Block } from '../../core/course/types';
import { useMessages } from '../state/use-messages';
import { Callout } from './callout';
import { KnowledgeCheck } from './knowledge-check';
import { DiscussionTimer } from './projector/discussion-timer';
import { GroupCheck } from './projector/group-check';
import { Reflection } from './reflection';
import { RichText } from './rich-text';

export interface BlockHandlers {
  answers: Record<string, number>;
  notes: Record<string, string>;
  onAnswer(checkId: string, choice: number): void;
  onNote(reflectionId: string, text: string): void;
}

/** Set where the page is shown to a room (projector, facilitator view): blocks for a group, not a learner. */
export interface GroupBlock {
  /** The key of this block's discussion timer, the same in every window. */
  timerKey: string;
  /** A small preview for the facilitator: answers shown, no controls (the timers are beside it). */
  preview?: boolean;
}

export function BlockView({ block, handlers, group }: { block: Block; handlers: BlockHandlers; group?: GroupBlock }) {
  const m = useMessages();
  switch (block.kind) {
    case 'prose':
      return <RichText rich={block.body} />;
    case 'exempel':
      return (
        <Callout kind="exempel" heading={`${m.blockLabel.exempel}: ${block.title}`}>
          <RichText rich={block.body} />
        </Callout>
      );
    case 'diskussion':
      return (
        <Callout kind="diskussion" heading={`${m.blockLabel.diskussion} (${m.minutes(block.minutes)})`}>
          <RichText rich={block.body} />
          {group && !group.preview && <DiscussionTimer timerKey={group.timerKey} minutes={block.minutes} />}
        </Callout>
      );
    case 'reflektion':
      // A room reflects aloud; the notes field is for a learner alone.
      if (group)
        return (
          <Callout kind="reflektion" heading={m.blockLabel.reflektion}>
            <RichText rich={block.body} />
          </Callout>
        );
      return (
        <Reflection
          block={block}
          note={handlers.notes[block.id] ?? ''}
          onNote={(text) => handlers.onNote(block.id, text)}
        />
      );
    case 'kunskapskontroll':
      if (group) return <GroupCheck block={block} answerShown={group.preview} />;
      return (
        <KnowledgeCheck
          block={block}
          answer={handlers.answers[block.id]}
          onAnswer={(choice) => handlers.onAnswer(block.id, choice)}
        />
      );
  }
}
