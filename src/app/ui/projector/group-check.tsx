// A knowledge check on the projector: question and options for the room to discuss, then "Visa svaret"
// shows the right option and the feedback. Nothing is recorded: the room's answer is not the presenter's.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CheckBlock } from '../../../core/course/types';
import { useMessages } from '../../state/use-messages';
import { useRoomWords } from '../../state/use-room-words';
import { RichText } from '../rich-text';

/** `answerShown`: the facilitator's preview, which shows the answer from the start. */
export function GroupCheck({ block, answerShown = false }: { block: CheckBlock; answerShown?: boolean }) {
  const m = useMessages();
  const room = useRoomWords();
  const id = useId();
  const [revealed, setRevealed] = useState(answerShown);
  const answerRef = useRef<HTMLDivElement>(null);
  // The button is gone once pressed; focus goes to what it revealed, before paint.
  useLayoutEffect(() => {
    if (revealed && !answerShown) answerRef.current?.focus();
  }, [revealed]);
  const own = block.optionFeedback?.[block.correct];
  return (
    <section class="check group-check" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="check-heading">
        {m.blockLabel.kunskapskontroll}
      </h3>
      <RichText rich={block.question} class="rich check-question" />
      <ol class="group-check-options">
        {block.options.map((option, index) => {
          const right = revealed && index === block.correct;
          return (
            <li class={`group-check-option${right ? ' is-right' : ''}`} key={index}>
              <span class="check-letter">{m.letter(index)}</span>
              <span dangerouslySetInnerHTML={{ __html: option.html }} />
              {right && (
                <strong class="group-check-mark">
                  <span aria-hidden="true">✓ </span>
                  {m.rightAnswerMark}
                </strong>
              )}
            </li>
          );
        })}
      </ol>
      {revealed ? (
        <div class="group-check-answer" ref={answerRef} tabIndex={-1}>
          <p class="check-verdict">{room.rightAnswer(m.letter(block.correct))}</p>
          {own && <RichText rich={own} />}
          <RichText rich={block.feedback} />
        </div>
      ) : (
        <button type="button" class="button" onClick={() => setRevealed(true)}>
          {room.showAnswer}
        </button>
      )}
    </section>
  );
}
