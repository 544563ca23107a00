// Renders marked tokens as readable plain text, for the text version and word counts.
import type { Token, Tokens } from 'marked';

/** The container for text that only makes sense on screen (":::skärm"): left out of the text and print versions. */
export const SCREEN_ONLY = 'skärm';

/** Whether a token is a `:::skärm` container. */
export function isScreenOnly(token: Token): boolean {
  return token.type === 'container' && (token as Tokens.Generic).name === SCREEN_ONLY;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

/** Decodes the entities an author may write in Markdown: the common named ones and numeric ones. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

/** Prefixes every line, so continuation lines stay inside their list item or quote. */
function indentLines(text: string, indent: string): string {
  return indent + text.replace(/\n/g, `\n${indent}`);
}

function inline(tokens: Token[] | undefined): string {
  return (tokens ?? []).map(inlineToken).join('');
}

function inlineToken(token: Token): string {
  switch (token.type) {
    case 'link': {
      const link = token as Tokens.Link;
      const text = inline(link.tokens);
      return link.href === text || link.href.startsWith('#') ? text : `${text} (${link.href})`;
    }
    case 'image':
      return `[Bild: ${(token as Tokens.Image).text}]`;
    case 'br':
      return '\n';
    case 'checkbox':
      return '';
    case 'codespan':
    case 'escape':
      return decode((token as Tokens.Codespan).text);
    default:
      return 'tokens' in token && Array.isArray(token.tokens)
        ? inline(token.tokens)
        : decode('text' in token ? String(token.text) : '');
  }
}

function list(token: Tokens.List, indent: string): string {
  return token.items
    .map((item, index) => {
      const marker = token.ordered ? `${Number(token.start || 1) + index}.` : '-';
      const task = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
      const body = blocks(item.tokens, `${indent}  `).trimStart();
      return `${indent}${marker} ${task}${body}`;
    })
    .join('\n');
}

function block(token: Token, indent: string): string | null {
  switch (token.type) {
    case 'space':
    case 'hr':
      return null;
    case 'container':
      return isScreenOnly(token) ? null : blocks((token as Tokens.Generic).tokens ?? [], indent);
    case 'heading':
    case 'paragraph':
      return indentLines(inline((token as Tokens.Paragraph).tokens), indent);
    case 'text':
      return indentLines('tokens' in token && token.tokens ? inline(token.tokens) : decode(token.text), indent);
    case 'list':
      return list(token as Tokens.List, indent);
    case 'blockquote':
      return blocks((token as Tokens.Blockquote).tokens, `${indent}> `);
    case 'code':
      return (token as Tokens.Code).text.replace(/^/gm, `${indent}    `);
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]) => indent + cells.map((cell) => inline(cell.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? blocks(token.tokens, indent) : null;
  }
}

/** Plain text of block tokens: paragraphs separated by blank lines, lists with markers. */
export function blocks(tokens: Token[], indent = ''): string {
  return tokens
    .map((token) => block(token, indent))
    .filter((text): text is string => text !== null && text.trim() !== '')
    .join(indent ? '\n' : '\n\n');
}
