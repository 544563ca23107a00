// Parses a `:::kunskapskontroll` container: question, task-list options (each optionally with its own
// feedback as an indented line under it) and the general feedback after the list.
import type { Token, Tokens } from 'marked';
import { CourseError } from './course-error.ts';
import { lex, renderRich, type ContainerToken } from './markdown.ts';
import type { CheckBlock, Rich } from '../../src/core/course/types.ts';

/** Drops the task-list checkboxes, which sit inside a paragraph when the list is loose. */
function withoutCheckboxes(tokens: Token[]): Token[] {
  return tokens
    .filter((t) => t.type !== 'checkbox')
    .map((t) =>
      'tokens' in t && Array.isArray(t.tokens) ? ({ ...t, tokens: withoutCheckboxes(t.tokens) } as Token) : t,
    );
}

/** The file line each list item starts on, found by its raw text inside the container's. */
function itemLines(container: ContainerToken, containerLine: number, items: Tokens.ListItem[]): number[] {
  let cursor = 0;
  return items.map((item) => {
    const at = container.raw.indexOf(item.raw, cursor);
    if (at < 0) return containerLine;
    cursor = at + item.raw.length;
    return containerLine + container.raw.slice(0, at).split('\n').length - 1;
  });
}

/** In a tight list marked renders an item's text without <p>; keep the option's first line alike. */
function asItemText(tokens: Token[], loose: boolean): Token[] {
  return loose ? tokens : tokens.map((t) => (t.type === 'paragraph' ? ({ ...t, type: 'text' } as Token) : t));
}

/** How an error names a block that may not stand in an option's feedback. */
const BLOCK_NAMES: Record<string, string> = {
  code: 'a code block',
  heading: 'a heading',
  table: 'a table',
  blockquote: 'a quote',
  hr: 'a rule',
  container: 'a container',
};

interface ParsedOption {
  option: Rich;
  feedback: Rich | null;
}

/** One option: its first line is the answer; any further (indented) lines are that option's feedback. */
function parseOption(file: string, line: number, item: Tokens.ListItem, loose: boolean, number: number): ParsedOption {
  const rawLines = item.raw.replace(/\n+$/, '').split('\n');
  const unindented = rawLines.findIndex((text, index) => index > 0 && text.trim() !== '' && !/^\s/.test(text));
  if (unindented > 0) {
    throw new CourseError(
      file,
      line + unindented,
      `option ${number}'s feedback must be indented under it (two spaces); to end the options, leave a blank line before the general feedback`,
    );
  }
  const [first = '', ...rest] = item.text.split('\n');
  if (first.trim() === '') throw new CourseError(file, line, `option ${number} has no text after "- [ ]"`);
  if (rest.join('').trim() === '') return { option: renderRich(withoutCheckboxes(item.tokens)), feedback: null };
  const feedbackTokens = lex(rest.join('\n'));
  // item.text keeps the item's lines one for one, so a token's line is counted from the option's.
  let tokenLine = line + 1;
  for (const token of feedbackTokens) {
    const at = tokenLine + (token.raw.match(/^\n*/)?.[0].length ?? 0);
    if (token.type === 'list')
      throw new CourseError(
        file,
        at,
        `option ${number} holds a nested list; an option's feedback is one or more plain paragraphs`,
      );
    if (token.type !== 'space' && token.type !== 'paragraph') {
      throw new CourseError(
        file,
        at,
        `option ${number}'s feedback holds ${BLOCK_NAMES[token.type] ?? token.type}; an option's feedback is one or more plain paragraphs`,
      );
    }
    tokenLine += token.raw.split('\n').length - 1;
  }
  const feedback = renderRich(feedbackTokens);
  const feedbackLine = line + rawLines.findIndex((text, index) => index > 0 && text.trim() !== '');
  if (feedback.text.trim() === '') throw new CourseError(file, feedbackLine, `option ${number}'s feedback is empty`);
  return { option: renderRich(asItemText(lex(first), loose)), feedback };
}

/** Builds the CheckBlock of a `:::kunskapskontroll` that starts on `line`; throws CourseError when it is malformed. */
export function parseCheck(file: string, line: number, token: ContainerToken, id: string): CheckBlock {
  const content = token.tokens.filter((t) => t.type !== 'space');
  const listIndex = content.findIndex((t) => t.type === 'list');
  const list = content[listIndex] as Tokens.List | undefined;
  if (!list)
    throw new CourseError(file, line, 'kunskapskontroll needs a task list of options: "- [ ] wrong" and "- [x] right"');
  const lines = itemLines(token, line, list.items);
  // "- [x]" with nothing after it is no task item to marked; say what is missing where it is.
  const bare = list.items.findIndex((item) => !item.task && /^\[[ xX]\][ \t]*(\n|$)/.test(item.text));
  if (bare >= 0) throw new CourseError(file, lines[bare] ?? line, `option ${bare + 1} has no text after "- [ ]"`);
  if (!list.items.every((item) => item.task))
    throw new CourseError(file, line, 'every option of a kunskapskontroll must be a task item, "- [ ]" or "- [x]"');
  const right = list.items.filter((item) => item.checked).length;
  if (right !== 1)
    throw new CourseError(file, line, `kunskapskontroll must have exactly one right option "- [x]", found ${right}`);
  if (list.items.length < 2) throw new CourseError(file, line, 'kunskapskontroll needs at least two options');
  const question = content.slice(0, listIndex);
  const feedback = content.slice(listIndex + 1);
  if (question.length === 0) throw new CourseError(file, line, 'kunskapskontroll needs a question before its options');
  if (feedback.length === 0)
    throw new CourseError(file, line, 'kunskapskontroll needs feedback after its options, explaining the right answer');
  if (feedback.some((t) => t.type === 'list'))
    throw new CourseError(file, line, 'kunskapskontroll must have one list of options only');
  const options = list.items.map((item, index) => parseOption(file, lines[index] ?? line, item, list.loose, index + 1));
  const check: CheckBlock = {
    kind: 'kunskapskontroll',
    id,
    question: renderRich(question),
    options: options.map((o) => o.option),
    correct: list.items.findIndex((item) => item.checked),
    feedback: renderRich(feedback),
  };
  if (options.some((o) => o.feedback)) check.optionFeedback = options.map((o) => o.feedback);
  return check;
}
