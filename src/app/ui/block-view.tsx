// Renders one block of a page by its kind.
import type { Block } from '../../core/course/types';
import { useMessages } from '../state/use-messages';
import { Callout } from './callout';
import { KnowledgeCheck } from './knowledge-check';
import { Reflection } from './reflection';
import { RichText } from './rich-text';

export interface BlockHandlers {
  answers: Record<string, number>;
  notes: Record<string, string>;
  onAnswer(checkId: string, choice: number): void;
  onNote(reflectionId: string, text: string): void;
}

export function BlockView({ block, handlers }: { block: Block; handlers: BlockHandlers }) {
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
        </Callout>
      );
    case 'reflektion':
      return (
        <Reflection
          block={block}
          note={handlers.notes[block.id] ?? ''}
          onNote={(text) => handlers.onNote(block.id, text)}
        />
      );
    case 'kunskapskontroll':
      return (
        <KnowledgeCheck
          block={block}
          answer={handlers.answers[block.id]}
          onAnswer={(choice) => handlers.onAnswer(block.id, choice)}
        />
      );
  }
}
