// Parses one module file (front matter + `##` pages + `:::` blocks) into the Module model, or
// throws a CourseError naming the file, line and reason.
import type { Token, Tokens } from 'marked';
import { CourseError } from './course-error.ts';
import { fieldReader, splitFrontMatter } from './front-matter.ts';
import { discussionMinutes, GROUP_MINUTES_FACTOR, groupMinutes } from './group.ts';
import { lex, renderRich, walk, type ContainerToken } from './markdown.ts';
import { parseCheck } from './quiz.ts';
import { RESERVED_PAGE_IDS } from '../../src/core/course/ids.ts';
import { checkMarkdownBounds } from './limits.ts';
import { SCREEN_ONLY } from './plain-text.ts';
import { imageProblem, linkProblem } from './link-rules.ts';
import type { Block, Module, Page } from '../../src/core/course/types.ts';

/** What the parser needs from the outside world. */
export interface ParseContext {
  /** Whether a file referenced by the module (relative to the modules folder) exists. */
  fileExists(path: string): boolean;
}

const CONTAINERS = ['reflektion', 'diskussion', 'exempel', 'kunskapskontroll', 'handledning', SCREEN_ONLY] as const;
const MODULE_FIELDS = ['id', 'title', 'order', 'minutes', 'groupMinutes', 'summary', 'image', 'imageAlt', 'objectives'];

export interface Located {
  token: Token;
  line: number;
}

/** Gives each top-level token the file line it starts on. */
export function locate(tokens: Token[], firstLine: number): Located[] {
  let line = firstLine;
  return tokens.map((token) => {
    const located = { token, line: line + (token.raw.match(/^\n*/)?.[0].length ?? 0) };
    line += token.raw.split('\n').length - 1;
    return located;
  });
}

/** Ids from headings: lower case ASCII, Swedish letters folded, words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Checks a located top-level token and everything inside it: no raw HTML, images with alt text
 * that exist, and no container hidden inside a list or quote (where it would not become a block).
 */
export function checkTokens(file: string, located: Located, ctx: ParseContext, place = 'modules'): void {
  const raw = located.token.raw;
  // Tokens come in document order; searching each one's raw text from the last match finds the
  // right occurrence when the same text appears earlier (e.g. `<b>` in a code span before <b>).
  // Lines are counted as the cursor moves, so a long list or table costs linear time.
  let cursor = 0;
  let cursorLine = located.line;
  const moveTo = (to: number) => {
    for (let i = raw.indexOf('\n', cursor); i >= 0 && i < to; i = raw.indexOf('\n', i + 1)) cursorLine++;
    cursor = to;
  };
  walk([located.token], (token) => {
    const hasChildren = 'tokens' in token || 'items' in token || token.type === 'table';
    const at = token === located.token ? 0 : raw.indexOf(token.raw, cursor);
    if (at >= 0) moveTo(at);
    const line = cursorLine;
    if (at >= 0 && !hasChildren) moveTo(at + token.raw.length);
    if (token.type === 'html')
      throw new CourseError(file, line, `raw HTML is not allowed in ${place}: ${token.raw.trim().slice(0, 40)}`);
    if (token.type === 'container' && token !== located.token) {
      throw new CourseError(
        file,
        line,
        `":::${(token as ContainerToken).name}" stands inside a list or quote; leave a blank line before it`,
      );
    }
    checkAddress(file, line, token, ctx);
  });
}

/** Applies the link rules (link-rules.ts) to a link, a reference definition or an image. */
function checkAddress(file: string, line: number, token: Token, ctx: ParseContext): void {
  if (token.type === 'link' || token.type === 'def') {
    const href = (token as Tokens.Link | Tokens.Def).href;
    const problem = linkProblem(href);
    if (problem) throw new CourseError(file, line, `link address "${href.slice(0, 60)}" ${problem}`);
  }
  if (token.type === 'image') {
    const image = token as Tokens.Image;
    if (image.text.trim() === '')
      throw new CourseError(
        file,
        line,
        `image "${image.href}" has no alt text: write it between the brackets, ![alt text](${image.href})`,
      );
    const problem = imageProblem(image.href);
    if (problem) throw new CourseError(file, line, `image "${image.href.slice(0, 60)}" ${problem}`);
    if (!ctx.fileExists(image.href)) throw new CourseError(file, line, `image file "${image.href}" does not exist`);
  }
}

/** Checks a container's name, closing and content; throws CourseError when any is wrong. */
export function checkContainer(file: string, line: number, token: ContainerToken): void {
  if (token.name === '') throw new CourseError(file, line, 'a closing ":::" without an opening container');
  if (!(CONTAINERS as readonly string[]).includes(token.name)) {
    throw new CourseError(file, line, `unknown container ":::${token.name}" (known: ${CONTAINERS.join(', ')})`);
  }
  if (token.unclosed) throw new CourseError(file, line, `container ":::${token.name}" is not closed by a line ":::"`);
  const nested = token.tokens.find(
    (t) => t.type === 'container' || (t.type === 'heading' && (t as Tokens.Heading).depth <= 2),
  );
  if (nested)
    throw new CourseError(
      file,
      line,
      `":::${token.name}" may not hold ${nested.type === 'container' ? 'another container' : 'a page heading'}`,
    );
  if (token.tokens.every((t) => t.type === 'space')) throw new CourseError(file, line, `":::${token.name}" is empty`);
}

function parseContainer(
  file: string,
  line: number,
  token: ContainerToken,
  idPrefix: string,
  counts: Record<string, number>,
): Block {
  const n = (counts[token.name] ?? 0) + 1;
  counts[token.name] = n;
  switch (token.name) {
    case 'reflektion':
      return { kind: 'reflektion', id: `${idPrefix}/r${n}`, body: renderRich(token.tokens) };
    case 'diskussion':
      return {
        kind: 'diskussion',
        minutes: discussionMinutes(file, line, token.title),
        body: renderRich(token.tokens),
      };
    case 'exempel':
      if (token.title === '')
        throw new CourseError(file, line, 'exempel needs a title on its opening line: ":::exempel Title"');
      return { kind: 'exempel', title: token.title, body: renderRich(token.tokens) };
    default:
      return parseCheck(file, line, token, `${idPrefix}/k${n}`);
  }
}

function parsePages(file: string, moduleId: string, located: Located[], ctx: ParseContext): Page[] {
  const pages: Page[] = [];
  const headingLines = new Map<Page, number>();
  let current: { page: Page; prose: Token[]; counts: Record<string, number> } | null = null;
  const flushProse = () => {
    if (current?.prose.some((t) => t.type !== 'space'))
      current.page.blocks.push({ kind: 'prose', body: renderRich(current.prose) });
    if (current) current.prose = [];
  };
  for (const item of located) {
    const { token, line } = item;
    if (token.type !== 'container') checkTokens(file, item, ctx);
    if (token.type === 'heading' && (token as Tokens.Heading).depth <= 2) {
      const heading = token as Tokens.Heading;
      if (heading.depth === 1)
        throw new CourseError(file, line, 'use "##" for page headings; the module title comes from the front matter');
      flushProse();
      const explicit = /\s*\{#([^}]*)\}\s*$/.exec(heading.text);
      if (explicit && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(explicit[1] ?? '')) {
        throw new CourseError(
          file,
          line,
          `page id "{#${explicit[1]}}" must be lower-case letters a–z, digits and single hyphens`,
        );
      }
      const title = explicit ? heading.text.slice(0, explicit.index).trim() : heading.text.trim();
      const id = explicit?.[1] ?? slugify(title);
      if (id === '') throw new CourseError(file, line, 'page heading gives no id; add one: "## Title {#page-id}"');
      if (RESERVED_PAGE_IDS.includes(id))
        throw new CourseError(
          file,
          line,
          `page id "${id}" is reserved for the end-of-module screen; give the page another id: "## ${title} {#other-id}"`,
        );
      if (pages.some((p) => p.id === id))
        throw new CourseError(
          file,
          line,
          `duplicate page id "${id}" in this module; give one a unique title or "{#id}"`,
        );
      checkMarkdownBounds(file, title, line);
      current = { page: { id, title: renderRich(lex(title)).text, blocks: [] }, prose: [], counts: {} };
      headingLines.set(current.page, line);
      pages.push(current.page);
      continue;
    }
    if (!current) {
      if (token.type === 'space') continue;
      throw new CourseError(file, line, 'text before the first page heading "## …"');
    }
    if (token.type === 'container') {
      const container = token as ContainerToken;
      checkContainer(file, line, container);
      if (container.name === SCREEN_ONLY) {
        // Part of the page's prose on screen; the text and print renderings leave it out.
        current.prose.push(container);
      } else if (container.name === 'handledning') {
        // Facilitator notes stay beside the page's blocks, so no learner view can render one by accident.
        current.page.facilitatorNotes ??= [];
        current.page.facilitatorNotes.push(renderRich(container.tokens));
      } else {
        flushProse();
        current.page.blocks.push(
          parseContainer(file, line, container, `${moduleId}/${current.page.id}`, current.counts),
        );
      }
      checkTokens(file, item, ctx);
    } else {
      current.prose.push(token);
    }
  }
  flushProse();
  const empty = pages.find((p) => p.blocks.length === 0);
  if (empty) throw new CourseError(file, headingLines.get(empty) ?? 1, `page "${empty.title}" has no content`);
  return pages;
}

/** A parsed module with the lines of its front-matter fields, for errors that span files. */
export interface ParsedModule {
  module: Module;
  lineOf(field: string): number;
}

/** Parses a module file; `file` is the name used in errors. */
export function parseModule(file: string, source: string, ctx: ParseContext): Module {
  return parseModuleFile(file, source, ctx).module;
}

export function parseModuleFile(file: string, source: string, ctx: ParseContext): ParsedModule {
  const fm = splitFrontMatter(file, source.replace(/\r\n?/g, '\n'));
  const field = fieldReader(file, fm);
  field.unknownKeys(MODULE_FIELDS);
  const id = field.id('id');
  const image = field.string('image');
  if (!ctx.fileExists(image))
    throw new CourseError(file, field.lineOf('image'), `front matter field "image": file "${image}" does not exist`);
  const title = field.string('title');
  const order = field.number('order', 1, 99);
  const minutes = field.number('minutes', 1, 120);
  const module: Module = {
    id,
    title,
    order,
    minutes,
    groupMinutes: groupMinutes(file, fm, GROUP_MINUTES_FACTOR * minutes),
    summary: field.string('summary'),
    image: { src: image, alt: field.string('imageAlt') },
    objectives: field.strings('objectives', 1, 8),
    pages: [],
  };
  checkMarkdownBounds(file, fm.body, fm.bodyLine, true);
  module.pages = parsePages(file, id, locate(lex(fm.body), fm.bodyLine), ctx);
  if (module.pages.length === 0)
    throw new CourseError(file, fm.bodyLine, 'the module has no pages: start each page with a "## Title" line');
  return { module, lineOf: field.lineOf };
}
