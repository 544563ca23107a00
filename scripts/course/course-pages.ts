// Parses course-level pages (pages/*.md: glossary, sources): front matter id, title, order and a
// markdown body whose "##" and "###" headings are sections of one page.
import type { Tokens } from 'marked';
import { CourseError } from './course-error.ts';
import { fieldReader, splitFrontMatter } from './front-matter.ts';
import { renderWithGlossary } from './glossary.ts';
import { lex } from './markdown.ts';
import { checkTokens, locate, type Located, type ParseContext } from './parse-module.ts';
import type { CoursePage } from '../../src/core/course/types.ts';

const PAGE_FIELDS = ['id', 'title', 'order'];

/** A course-level file after parsing: its model, its body tokens with lines, and its field lines. */
export interface ParsedSideFile<T> {
  file: string;
  item: T;
  located: Located[];
  lineOf(field: string): number;
}

/** Front matter and located body of a course-level file, after the checks every such file shares. */
export function readSideFile(file: string, source: string, fields: string[], place: string, ctx: ParseContext) {
  const fm = splitFrontMatter(file, source.replace(/\r\n?/g, '\n'));
  const field = fieldReader(file, fm);
  field.unknownKeys(fields);
  const located = locate(lex(fm.body), fm.bodyLine);
  for (const item of located) {
    const { token, line } = item;
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 1) {
      throw new CourseError(
        file,
        line,
        `use "##" and "###" for sections in ${place}; the title comes from the front matter`,
      );
    }
    if (token.type === 'container')
      throw new CourseError(file, line, `containers (":::") belong in modules, not in ${place}`);
    checkTokens(file, item, ctx, place);
  }
  if (located.every((l) => l.token.type === 'space'))
    throw new CourseError(file, fm.bodyLine, `the ${place.replace(/s$/, '')} has no text after its front matter`);
  return { field, located };
}

/** Parses one pages/*.md file; throws CourseError (file, line, reason) when it is invalid. */
export function parseCoursePage(file: string, source: string, ctx: ParseContext): ParsedSideFile<CoursePage> {
  const { field, located } = readSideFile(file, source, PAGE_FIELDS, 'course pages', ctx);
  const item: CoursePage = {
    id: field.id('id'),
    title: field.string('title'),
    order: field.number('order', 1, 99),
    body: renderWithGlossary(located.map((l) => l.token)),
  };
  return { file, item, located, lineOf: field.lineOf };
}

/** Throws when two parsed files share a value of `key` (an id, an order, a file name), naming the later file's line. */
export function checkUnique<T>(parsed: ParsedSideFile<T>[], key: keyof T & string, what: string): void {
  parsed.forEach((p, index) => {
    const twin = parsed.find((other, j) => j < index && other.item[key] === p.item[key]);
    if (twin)
      throw new CourseError(
        p.file,
        p.lineOf(key),
        `duplicate ${what} "${String(p.item[key])}", also used in ${twin.file}`,
      );
  });
}
