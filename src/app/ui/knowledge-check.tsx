// One knowledge check: a radio group, "Svara", and feedback that explains the right answer.
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { CheckBlock } from '../../core/course/types';
import { useMessages } from '../state/use-messages';
import { RichText } from './rich-text';
import './knowledge-check.css';

export function KnowledgeCheck({
  block,
  answer,
  onAnswer,
}: {
  block: CheckBlock;
  answer: number | undefined;
  onAnswer: (choice: number) => void;
}) {
  const m = useMessages();
  const id = useId();
  const [retrying, setRetrying] = useState(false);
  const [choice, setChoice] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const firstOptionRef = useRef<HTMLInputElement>(null);
  const justAnswered = useRef(false);
  const answered = answer !== undefined && !retrying;

  // Before paint, so focus never rests on <body> after the Svara button is replaced.
  useLayoutEffect(() => {
    if (answered && justAnswered.current) feedbackRef.current?.focus();
    if (!answered && justAnswered.current) firstOptionRef.current?.focus();
    justAnswered.current = false;
  }, [answered]);

  const submit = (event: Event) => {
    event.preventDefault();
    if (choice === null) {
      setMissing(true);
      return;
    }
    justAnswered.current = true;
    setRetrying(false);
    onAnswer(choice);
  };
  const retry = () => {
    justAnswered.current = true;
    setChoice(null);
    setRetrying(true);
  };

  const right = answer === block.correct;
  // The chosen option's own feedback first, then the general one.
  const own = answered ? block.optionFeedback?.[answer] : null;
  return (
    <section class="check" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} class="check-heading">
        {m.blockLabel.kunskapskontroll}
      </h3>
      <form onSubmit={submit} noValidate>
        <fieldset aria-labelledby={`${id}-q`} aria-describedby={missing ? `${id}-missing` : undefined}>
          <RichText rich={block.question} id={`${id}-q`} class="rich check-question" />
          {block.options.map((option, index) => {
            const isRight = answered && index === block.correct;
            const isChosen = answered && index === answer;
            const state = `${isRight ? ' right' : ''}${isChosen ? ' chosen' : ''}`;
            return (
              <label class={`check-option${state}`} key={index}>
                <input
                  ref={index === 0 ? firstOptionRef : undefined}
                  type="radio"
                  name={`${id}-option`}
                  value={index}
                  checked={answered ? answer === index : choice === index}
                  disabled={answered}
                  onChange={() => {
                    setChoice(index);
                    setMissing(false);
                  }}
                />
                <span class="check-letter" aria-hidden="true">
                  {m.letter(index)}
                </span>
                {/* The marks flow after the option's words, so a long option never squeezes them into a column. */}
                <span class="check-text">
                  <span dangerouslySetInnerHTML={{ __html: option.html }} />
                  {isChosen && <Mark icon={isRight ? '✓' : '✗'} text={m.yourAnswerMark} />}
                  {isRight && <Mark icon="✓" text={m.rightAnswerMark} kind="right" />}
                </span>
              </label>
            );
          })}
        </fieldset>
        {missing && (
          <p class="check-missing" id={`${id}-missing`} role="alert">
            {m.chooseFirst}
          </p>
        )}
        {!answered && (
          <button type="submit" class="button">
            {m.answer}
          </button>
        )}
      </form>
      {answered && (
        <div class={`check-feedback ${right ? 'is-right' : 'is-wrong'}`} ref={feedbackRef} tabIndex={-1}>
          <p class="check-verdict">{right ? m.right(block.correct) : m.wrong(block.correct)}</p>
          {own && <RichText rich={own} class="rich check-own-feedback" />}
          <RichText rich={block.feedback} />
          <button type="button" class="button button-secondary" onClick={retry}>
            {m.tryAgain}
          </button>
        </div>
      )}
    </section>
  );
}

/** A badge after an option: an icon and a word, so the state never rests on colour; screen readers hear "(word)". */
function Mark({ icon, text, kind = 'chosen' }: { icon: string; text: string; kind?: 'right' | 'chosen' }) {
  return (
    <>
      <span class="visually-hidden"> ({text})</span>
      <strong class={`check-mark check-mark-${kind}`} aria-hidden="true">
        {icon} {text}
      </strong>
    </>
  );
}
