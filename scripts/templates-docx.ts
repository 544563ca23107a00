// Build-time only: turns a template's markdown (headings, paragraphs, lists, checkbox lists, tables)
// into a .docx file with the `docx` library, so a municipality can edit it in any word processor.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  HeightRule,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import type { Token, Tokens } from 'marked';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontMatter } from './course/front-matter.ts';
import { templatePath } from '../src/core/course/paths.ts';
import { templateTokens } from './course/templates.ts';
import type { Course, Template } from '../src/core/course/types.ts';
import { markdownFiles } from './load-course.ts';

const NUMBERED = 'numbered';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

/** A fixed time for every entry and for the document's own dates, so the same course gives the same bytes. */
const FIXED_DATE = new Date(Date.UTC(2020, 0, 1));

/** marked keeps entities such as "&amp;" in inline text; Word wants the characters. */
function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
}

/** Inline markdown as Word runs: bold, italics, strike-through, code, links and line breaks. */
function runs(tokens: Token[] | undefined, style: RunStyle = {}): ParagraphChild[] {
  return (tokens ?? []).flatMap((token): ParagraphChild[] => {
    switch (token.type) {
      case 'strong':
        return runs((token as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return runs((token as Tokens.Em).tokens, { ...style, italics: true });
      case 'del':
        return runs((token as Tokens.Del).tokens, { ...style, strike: true });
      case 'codespan':
        return [new TextRun({ ...style, text: decode((token as Tokens.Codespan).text), font: 'Consolas' })];
      case 'br':
        return [new TextRun({ ...style, break: 1 })];
      case 'checkbox':
        return [];
      case 'link': {
        const link = token as Tokens.Link;
        if (!/^(https?:|mailto:)/i.test(link.href)) return runs(link.tokens, style);
        return [
          new ExternalHyperlink({
            link: link.href,
            children: [new TextRun({ ...style, text: plainInline(link.tokens), style: 'Hyperlink' })],
          }),
        ];
      }
      default:
        if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0)
          return runs(token.tokens, style);
        return [new TextRun({ ...style, text: decode('text' in token ? String(token.text) : token.raw) })];
    }
  });
}

/** The plain text of inline tokens, for a hyperlink's single run. */
function plainInline(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((t) =>
      'tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0
        ? plainInline(t.tokens)
        : decode('text' in t ? String(t.text) : ''),
    )
    .join('');
}

/** The inline tokens of a list item's first block (a tight item's text or a loose item's paragraph). */
function itemInline(item: Tokens.ListItem): { inline: Token[]; rest: Token[] } {
  const [first, ...rest] = item.tokens.filter((t) => t.type !== 'space' && t.type !== 'checkbox');
  const inline = first && 'tokens' in first && Array.isArray(first.tokens) ? first.tokens : [];
  return { inline, rest };
}

/** A list as paragraphs: bullets, numbers (each list counting from 1) or "☐" boxes to tick; nested lists one level in. */
function list(token: Tokens.List, level: number, counter: { next: number }): (Paragraph | Table)[] {
  const instance = counter.next++;
  return token.items.flatMap((item) => {
    const { inline, rest } = itemInline(item);
    const children = runs(inline);
    let paragraph: Paragraph;
    if (item.task) {
      paragraph = new Paragraph({
        children: [new TextRun(item.checked ? '☒ ' : '☐ '), ...children],
        indent: { left: 360 * (level + 1), hanging: 360 },
      });
    } else if (token.ordered) {
      paragraph = new Paragraph({ children, numbering: { reference: NUMBERED, level, instance } });
    } else {
      paragraph = new Paragraph({ children, bullet: { level } });
    }
    const nested = rest.flatMap((t) =>
      t.type === 'list' ? list(t as Tokens.List, Math.min(level + 1, 8), counter) : blockToDocx(t, counter),
    );
    return [paragraph, ...nested];
  });
}

/** A table with a repeated header row; rows with empty cells get room to write in. */
function table(token: Tokens.Table): Table {
  const row = (cells: Tokens.TableCell[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      height: !header && cells.some((c) => c.text.trim() === '') ? { value: 567, rule: HeightRule.ATLEAST } : undefined,
      children: cells.map(
        (cell) =>
          new TableCell({ children: [new Paragraph({ children: runs(cell.tokens, header ? { bold: true } : {}) })] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(token.header, true), ...token.rows.map((r) => row(r, false))],
  });
}

function blockToDocx(token: Token, counter: { next: number }): (Paragraph | Table)[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      return [
        new Paragraph({
          heading: HEADINGS[Math.min(heading.depth - 2, 2)] ?? HeadingLevel.HEADING_3,
          children: runs(heading.tokens),
        }),
      ];
    }
    case 'paragraph':
    case 'text':
      return [new Paragraph({ children: runs((token as Tokens.Paragraph).tokens) })];
    case 'list':
      return list(token as Tokens.List, 0, counter);
    case 'table':
      return [table(token as Tokens.Table), new Paragraph({})];
    case 'hr':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '888888', space: 1 } } })];
    default:
      // The parser allows nothing else in a template (see src/course/templates.ts).
      return [];
  }
}

/** Replaces the document's created and modified times, which docx sets to now, and re-zips with fixed times. */
function deterministic(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (core) {
    const stamp = FIXED_DATE.toISOString().replace(/\.\d+Z$/, 'Z');
    const xml = new TextDecoder()
      .decode(core)
      .replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
    files['docProps/core.xml'] = strToU8(xml);
  }
  return zipSync(files, { mtime: FIXED_DATE, level: 9 });
}

/** The template as a .docx file: its title as the document title, then its body. */
export async function templateToDocx(
  template: Pick<Template, 'title'>,
  tokens: Token[],
  language = 'sv-SE',
): Promise<Uint8Array> {
  const counter = { next: 1 };
  const doc = new Document({
    title: template.title,
    creator: '',
    styles: { default: { document: { run: { language: { value: language }, font: 'Calibri', size: 24 } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(template.title)] }),
          ...tokens.flatMap((t) => blockToDocx(t, counter)),
        ],
      },
    ],
  });
  return deterministic(new Uint8Array(await Packer.toBuffer(doc)));
}

/** Every template of the course folder `dir` as a .docx, keyed by its path in the build ("mallar/….docx"). */
export async function courseTemplateDocs(
  dir: string,
  course: Pick<Course, 'templates' | 'language'>,
): Promise<Map<string, Uint8Array>> {
  const docs = new Map<string, Uint8Array>();
  for (const path of markdownFiles(join(dir, 'templates'))) {
    const source = readFileSync(path, 'utf8');
    const { data } = splitFrontMatter(path, source.replace(/\r\n?/g, '\n'));
    const template = course.templates.find((t) => t.id === data.id);
    if (template)
      docs.set(
        templatePath(template),
        await templateToDocx(template, templateTokens(source), course.language === 'sv' ? 'sv-SE' : course.language),
      );
  }
  return docs;
}
