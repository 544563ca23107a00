// Parses course-level pages (pages/*.md: glossary, sources): front matter id, title, order and a
// markdown body whose "##" and "###" headings are sections of one page.
import type { Tokens } from 'marked';
import { CourseError } from './course-error.ts';
import { fieldReader, splitFrontMatter } from './front-matter.ts';
import { renderWithGlossary } from './glossary.ts';
import { lex } from './markdown.ts';
import { checkTokens, locate, type Located, type ParseContext } from './parse-module.ts';
import type { AccessibilityFacts, CoursePage } from '../../src/core/course/types.ts';

const PAGE_FIELDS = ['id', 'title', 'order'];
const STATEMENT_FIELDS = ['kind', 'publisher', 'contact', 'published', 'reviewed'];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
  return { field, located, data: fm.data };
}

/** Parses one pages/*.md file; throws CourseError (file, line, reason) when it is invalid. */
export function parseCoursePage(file: string, source: string, ctx: ParseContext): ParsedSideFile<CoursePage> {
  const { field, located, data } = readSideFile(
    file,
    source,
    [...PAGE_FIELDS, ...STATEMENT_FIELDS],
    'course pages',
    ctx,
  );
  const item: CoursePage = {
    id: field.id('id'),
    title: field.string('title'),
    order: field.number('order', 1, 99),
    body: renderWithGlossary(located.map((l) => l.token)),
  };
  if (data.kind !== undefined) {
    if (data.kind !== 'accessibility')
      throw new CourseError(file, field.lineOf('kind'), 'front matter field "kind" may only be "accessibility"');
    item.accessibility = accessibilityFacts(file, field);
  } else {
    const stray = STATEMENT_FIELDS.find((key) => data[key] !== undefined);
    if (stray)
      throw new CourseError(
        file,
        field.lineOf(stray),
        `front matter field "${stray}" belongs to the accessibility statement: add "kind: accessibility" or remove it`,
      );
  }
  return { file, item, located, lineOf: field.lineOf };
}

/** The statement's facts; dates are real calendar days and the review is not before the statement. */
function accessibilityFacts(file: string, field: ReturnType<typeof fieldReader>): AccessibilityFacts {
  const date = (key: string) => {
    const value = field.string(key);
    const [, year = '', month = '', day = ''] = ISO_DATE.exec(value) ?? [];
    const parsed = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (!year || parsed.toISOString().slice(0, 10) !== value)
      throw new CourseError(file, field.lineOf(key), `front matter field "${key}" must be a date written YYYY-MM-DD`);
    return value;
  };
  const missing = STATEMENT_FIELDS.find((key) => field.lineOf(key) === 1 && key !== 'kind');
  if (missing)
    throw new CourseError(
      file,
      field.lineOf('kind'),
      `front matter field "${missing}" is missing: an accessibility statement names its publisher, a contact for feedback, and the dates it was drawn up (published) and last reviewed (reviewed)`,
    );
  const facts = {
    publisher: field.string('publisher'),
    contact: field.string('contact'),
    published: date('published'),
    reviewed: date('reviewed'),
  };
  if (facts.reviewed < facts.published)
    throw new CourseError(
      file,
      field.lineOf('reviewed'),
      `the last review (${facts.reviewed}) cannot be before the statement was drawn up (${facts.published})`,
    );
  return facts;
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
