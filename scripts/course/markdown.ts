// The marked set-up for modules: GFM plus `:::name title` containers, rendered to HTML or plain text.
import { Marked, type Token, type TokenizerAndRendererExtension, type Tokens } from 'marked';
import type { Rich } from '../../src/core/course/types.ts';
import { isScreenOnly, blocks as plainText } from './plain-text.ts';

/** A `:::name title` … `:::` block; `unclosed` when the closing line is missing. */
export interface ContainerToken extends Tokens.Generic {
  type: 'container';
  name: string;
  title: string;
  unclosed: boolean;
  tokens: Token[];
}

const OPENING = /^:::([^\s:]*)[ \t]*([^\n]*)(?:\n|$)/;
const CLOSING = /^:::[ \t]*$/m;

/** Lines that end a paragraph in marked too: blank, ATX heading, fence, quote, list item, rule. */
const PARAGRAPH_END = /^(?:[ \t]*$| {0,3}(?:#{1,6}(?:[ \t]|$)|```|~~~|>|[-*+][ \t]|1[.)][ \t]|(?:[-*_][ \t]*){3,}$))/;

/**
 * Where a `:::` line cuts the paragraph that starts `src` short, if one does. marked asks this
 * before every paragraph; looking only as far as the paragraph can reach keeps lexing linear
 * (searching the rest of the file each time made a file of many paragraphs quadratic).
 */
function nextContainerInParagraph(src: string): number | undefined {
  if (src.startsWith(':::')) return 0;
  for (let at = src.indexOf('\n'); at >= 0; at = src.indexOf('\n', at + 1)) {
    if (src.startsWith(':::', at + 1)) return at + 1;
    const end = src.indexOf('\n', at + 1);
    if (PARAGRAPH_END.test(src.slice(at + 1, end < 0 ? undefined : end))) return undefined;
  }
  return undefined;
}

const container: TokenizerAndRendererExtension = {
  name: 'container',
  level: 'block',
  start: nextContainerInParagraph,
  tokenizer(src) {
    const open = OPENING.exec(src);
    if (!open) return undefined;
    const name = open[1] ?? '';
    const title = (open[2] ?? '').trim();
    const rest = src.slice(open[0].length);
    const close = name === '' ? null : CLOSING.exec(rest);
    if (!close) {
      // A lone `:::` or an opening that never closes: keep the line so the parser can report it.
      return { type: 'container', raw: name === '' ? open[0] : src, name, title, unclosed: name !== '', tokens: [] };
    }
    const inner = rest.slice(0, close.index);
    const afterClose = rest.slice(close.index + close[0].length);
    const raw = src.slice(0, src.length - afterClose.length) + (afterClose.startsWith('\n') ? '\n' : '');
    return { type: 'container', raw, name, title, unclosed: false, tokens: this.lexer.blockTokens(inner, []) };
  },
  // Screen-only text is shown as it stands; other containers are turned into blocks by the parser,
  // so rendering one directly is a bug.
  renderer(token) {
    return isScreenOnly(token) ? this.parser.parse(token.tokens ?? []) : false;
  },
};

const marked = new Marked({ gfm: true, extensions: [container] });

/** marked itself failed on the text (seen with a list inside a quote inside a list): an author's problem to simplify, not a compiler bug. */
export class MarkdownLexError extends Error {}

/** Splits markdown into top-level tokens whose `raw` strings add up to the source. */
export function lex(markdown: string): Token[] {
  try {
    return marked.lexer(markdown);
  } catch (error) {
    throw new MarkdownLexError(error instanceof Error ? error.message : String(error));
  }
}

/** Renders tokens to HTML (for the player), plain text (for the text version) and, when they differ, HTML for print. */
export function renderRich(tokens: Token[]): Rich {
  const html = marked.parser(tokens).trim();
  // Trim blank lines only, so a code block first in the text keeps its indent.
  const text = plainText(tokens)
    .replace(/^\s*\n/, '')
    .trimEnd();
  if (!tokens.some(isScreenOnly)) return { html, text };
  return { html, text, print: marked.parser(tokens.filter((t) => !isScreenOnly(t))).trim() };
}

/** Renders inline markdown, such as a front-matter field, to HTML and plain text. */
export function renderMarkdown(markdown: string): Rich {
  return renderRich(lex(markdown));
}

/** Calls `visit` for every token, nested ones included, with the top-level token it sits in. */
export function walk(tokens: Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    if (token.type === 'list') walk((token as Tokens.List).items, visit);
    if (token.type === 'table') {
      const table = token as Tokens.Table;
      for (const cell of [...table.header, ...table.rows.flat()]) walk(cell.tokens, visit);
    }
    if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens, visit);
  }
}
