// A list whose every item reads "**Term** – definition" is a glossary: HTML gets a <dl>, text keeps the list.
import type { Token, Tokens } from 'marked';
import { renderRich } from './markdown.ts';

/** The dash or colon between a term and its definition: "**Term** – …", "**Term** — …", "**Term** - …", "**Term**: …". */
const SEPARATOR = /^\s*(?:[–—-]\s+|:\s*)/;

interface Entry {
  term: Token[];
  definition: Token[];
}

/** The term and definition of an item, or null when the item is not of that form. */
function entry(item: Tokens.ListItem): Entry | null {
  const blocks = item.tokens.filter((t) => t.type !== 'space');
  if (item.task || blocks.length !== 1) return null;
  const inline = (blocks[0] as { tokens?: Token[] }).tokens;
  const [strong, after, ...rest] = inline ?? [];
  if (strong?.type !== 'strong' || after?.type !== 'text' || !SEPARATOR.test((after as Tokens.Text).text)) return null;
  const text = (after as Tokens.Text).text.replace(SEPARATOR, '');
  const definition = [...(text === '' ? [] : [{ type: 'text', raw: text, text } as Token]), ...rest];
  return definition.length > 0 ? { term: (strong as Tokens.Strong).tokens, definition } : null;
}

/** Inline tokens as HTML without the paragraph around them. */
function inlineHtml(tokens: Token[]): string {
  const raw = tokens.map((t) => t.raw).join('');
  return renderRich([{ type: 'paragraph', raw, text: raw, tokens } as Token]).html.replace(/^<p>|<\/p>$/g, '');
}

/** The glossary entries of a list, or null when any item is not "**Term** – definition". */
export function glossaryEntries(list: Tokens.List): Entry[] | null {
  if (list.ordered || list.items.length === 0) return null;
  const entries = list.items.map(entry);
  return entries.every((e): e is Entry => e !== null) ? entries : null;
}

/** Replaces glossary lists by <dl> HTML tokens; other tokens pass through unchanged. */
export function withDefinitionLists(tokens: Token[]): Token[] {
  return tokens.map((token) => {
    const entries = token.type === 'list' ? glossaryEntries(token as Tokens.List) : null;
    if (!entries) return token;
    const items = entries.map((e) => `<dt>${inlineHtml(e.term)}</dt>\n<dd>${inlineHtml(e.definition)}</dd>`).join('\n');
    const html = `<dl class="glossary">\n${items}\n</dl>\n`;
    return { type: 'html', raw: token.raw, text: html, block: true, pre: false } as Token;
  });
}

/** Renders a page body: plain text from the tokens as written, HTML with glossaries as <dl>. */
export function renderWithGlossary(tokens: Token[]): { html: string; text: string } {
  return { html: renderRich(withDefinitionLists(tokens)).html, text: renderRich(tokens).text };
}
