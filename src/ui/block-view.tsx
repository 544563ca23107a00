// Renders one block of a page by its kind.
import type { Block } from '../course/types';
import { Callout } from './callout';
import { KnowledgeCheck } from './knowledge-check';
import { Reflection } from './reflection';
import { RichText } from './rich-text';
import { UI_TEXT } from './ui-text';

export interface BlockHandlers {
  answers: Record<string, number>;
  notes: Record<string, string>;
  onAnswer(checkId: string, choice: number): void;
  onNote(reflectionId: string, text: string): void;
}

export function BlockView({ block, handlers }: { block: Block; handlers: BlockHandlers }) {
  switch (block.kind) {
    case 'prose':
      return <RichText rich={block.body} />;
    case 'exempel':
      return (
        <Callout kind="exempel" heading={`Exempel: ${block.title}`}>
          <RichText rich={block.body} />
        </Callout>
      );
    case 'diskussion':
      return (
        <Callout kind="diskussion" heading={UI_TEXT.discussionHeading(block.minutes)}>
          <RichText rich={block.body} />
        </Callout>
      );
    case 'reflektion':
      return <Reflection block={block} note={handlers.notes[block.id] ?? ''} onNote={(text) => handlers.onNote(block.id, text)} />;
    case 'kunskapskontroll':
      return <KnowledgeCheck block={block} answer={handlers.answers[block.id]} onAnswer={(choice) => handlers.onAnswer(block.id, choice)} />;
  }
}
