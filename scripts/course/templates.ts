// Parses editable templates (templates/*.md): front matter id, title, fileName and a body of
// headings, paragraphs, lists (checkbox lists too) and tables, which the build turns into .docx.
import type { Token } from 'marked';
import { CourseError } from './course-error.ts';
import { readSideFile, type ParsedSideFile } from './course-pages.ts';
import { splitFrontMatter } from './front-matter.ts';
import { lex, renderRich, walk } from './markdown.ts';
import type { ParseContext } from './parse-module.ts';
import type { Template } from '../../src/core/course/types.ts';

const TEMPLATE_FIELDS = ['id', 'title', 'fileName'];

/** Block tokens a Word document gets; anything else in a template is an error. */
const ALLOWED = new Set(['heading', 'paragraph', 'list', 'table', 'hr', 'space']);

/** What an error calls a block that a template cannot hold. */
const NAMES: Record<string, string> = { code: 'code blocks', blockquote: 'quotes', html: 'HTML' };

/** Checks a template body holds only what the .docx conversion supports. */
function checkTemplateBody(file: string, located: { token: Token; line: number }[]): void {
  for (const { token, line } of located) {
    if (!ALLOWED.has(token.type))
      throw new CourseError(
        file,
        line,
        `templates may hold headings, paragraphs, lists and tables, not ${NAMES[token.type] ?? token.type}`,
      );
    walk([token], (inner) => {
      if (inner.type === 'image')
        throw new CourseError(file, line, 'templates cannot hold images: the Word file would lose them');
    });
  }
}

/** The template's HTML with each checkbox drawn as "☐", as in the Word file (a disabled input has no label). */
function templateRich(tokens: Token[]) {
  const rich = renderRich(tokens);
  return { html: rich.html.replace(/<input (?:checked="" )?disabled="" type="checkbox">\s?/g, '☐ '), text: rich.text };
}

/** Parses one templates/*.md file; throws CourseError (file, line, reason) when it is invalid. */
export function parseTemplate(file: string, source: string, ctx: ParseContext): ParsedSideFile<Template> {
  const { field, located } = readSideFile(file, source, TEMPLATE_FIELDS, 'templates', ctx);
  checkTemplateBody(file, located);
  const item: Template = {
    id: field.id('id'),
    title: field.string('title'),
    // The same rule as ids: safe in a URL, a zip entry and every file system.
    fileName: field.id('fileName'),
    body: templateRich(located.map((l) => l.token)),
  };
  return { file, item, located, lineOf: field.lineOf };
}

/** The body tokens of a template file, for the .docx conversion (run after the course compiled). */
export function templateTokens(source: string): Token[] {
  return lex(splitFrontMatter('template', source.replace(/\r\n?/g, '\n')).body);
}
