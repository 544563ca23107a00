// Compiles course.md and the module files into one validated Course.
import { messagesFor, UI_LANGUAGES } from '../../src/core/messages/index.ts';
import { checkUnique, parseCoursePage } from './course-pages.ts';
import { CourseError } from './course-error.ts';
import { fieldReader, splitFrontMatter, type FrontMatterFile } from './front-matter.ts';
import { groupMinutes } from './group.ts';
import { imageProblem } from './link-rules.ts';
import { checkCourseSize, checkMarkdownBounds, checkTextSize } from './limits.ts';
import { lex, MarkdownLexError, renderRich, type ContainerToken } from './markdown.ts';
import { checkLinks } from './links.ts';
import { checkContainer, checkTokens, locate, parseModuleFile, type ParseContext } from './parse-module.ts';
import { SCREEN_ONLY } from './plain-text.ts';
import { parseTemplate } from './templates.ts';
import type { Course, Module } from '../../src/core/course/types.ts';

export interface SourceFile {
  /** Name shown in errors, e.g. "modules/01-nytta.md". */
  file: string;
  source: string;
}

const COURSE_FIELDS = [
  'id',
  'title',
  'subtitle',
  'language',
  'description',
  'goal',
  'groupMinutes',
  'url',
  'cover',
  'coverAlt',
];

/** 32-bit FNV-1a, as 8 hex digits: enough to tell course versions apart, small enough for suspend_data. */
export function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Everything progress data refers to: module, page and check ids, and each check's options. Prose, examples and reflections are left out, so adding them keeps learners' progress. */
export function courseFingerprint(modules: Module[]): string {
  const shape = modules.map((m) => [
    m.id,
    m.pages.map((p) => [
      p.id,
      p.blocks.flatMap((b) => (b.kind === 'kunskapskontroll' ? [`${b.id}:${b.options.length}:${b.correct}`] : [])),
    ]),
  ]);
  return fnv1a(JSON.stringify(shape));
}

/** Renders course.md markdown after the same checks as module text; headings at most "###". */
function courseMarkdown(file: string, markdown: string, firstLine: number, ctx: ParseContext) {
  checkMarkdownBounds(file, markdown, firstLine);
  const located = locate(lex(markdown), firstLine);
  for (const item of located) {
    const { token, line } = item;
    if (token.type === 'heading' && (token as { depth: number }).depth <= 2) {
      throw new CourseError(
        file,
        line,
        'course.md may use "###" headings at most; its title comes from the front matter',
      );
    }
    if (token.type === 'container') {
      const container = token as ContainerToken;
      if (container.name !== SCREEN_ONLY)
        throw new CourseError(
          file,
          line,
          `only ":::${SCREEN_ONLY}" may stand in course.md; other containers belong in modules`,
        );
      checkContainer(file, line, container);
    }
    checkTokens(file, item, ctx, 'course.md');
  }
  return renderRich(located.map((l) => l.token));
}

/** course.md's optional `url`: where the course is published, an absolute http(s) address. */
function courseUrl(file: string, fm: FrontMatterFile): { url?: string } {
  const value = fm.data.url;
  if (value === undefined) return {};
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/?#]+[^\s]*$/i.test(value.trim()))
    throw new CourseError(
      file,
      fm.keyLines.url ?? 1,
      'front matter field "url" must be the whole address where the course is published, "https://…"',
    );
  return { url: value.trim() };
}

/** The optional cover: a file of the course, with alt text or `coverAlt: ""` for a purely decorative picture. */
function parseCover(file: string, fm: FrontMatterFile, ctx: ParseContext): Course['cover'] {
  const field = fieldReader(file, fm);
  const { cover, coverAlt } = fm.data;
  if (cover === undefined || cover === null) {
    if (coverAlt !== undefined)
      throw new CourseError(file, field.lineOf('coverAlt'), 'front matter field "coverAlt" needs a "cover" image');
    return undefined;
  }
  const src = field.string('cover');
  const problem = imageProblem(src);
  if (problem) throw new CourseError(file, field.lineOf('cover'), `front matter field "cover" ${problem}`);
  if (!ctx.fileExists(src))
    throw new CourseError(file, field.lineOf('cover'), `front matter field "cover": file "${src}" does not exist`);
  if (coverAlt === undefined || coverAlt === null)
    throw new CourseError(
      file,
      field.lineOf('cover'),
      'front matter field "coverAlt" is missing: say what the cover shows, or write coverAlt: "" if it only decorates',
    );
  if (typeof coverAlt !== 'string')
    throw new CourseError(file, field.lineOf('coverAlt'), 'front matter field "coverAlt" must be text');
  return { src, alt: coverAlt.trim() };
}

type CourseMeta = Omit<Course, 'modules' | 'pages' | 'templates' | 'fingerprint' | 'groupMinutes'> & {
  groupMinutes: number | null;
};

function parseCourseFile({ file, source }: SourceFile, ctx: ParseContext): CourseMeta {
  const fm = splitFrontMatter(file, source.replace(/\r\n?/g, '\n'));
  const field = fieldReader(file, fm);
  field.unknownKeys(COURSE_FIELDS);
  const language = field.string('language');
  if (!messagesFor(language)) {
    throw new CourseError(
      file,
      field.lineOf('language'),
      `front matter field "language" is "${language}", but the player's UI speaks only ${UI_LANGUAGES.join(', ')}`,
    );
  }
  return {
    id: field.id('id'),
    title: field.string('title'),
    subtitle: field.string('subtitle'),
    language,
    description: field.string('description'),
    goal: courseMarkdown(file, field.string('goal'), field.lineOf('goal'), ctx),
    intro: courseMarkdown(file, fm.body, fm.bodyLine, ctx),
    ...courseUrl(file, fm),
    ...withCover(parseCover(file, fm, ctx)),
    // When not given, the modules' sum, which is known only once they are parsed.
    groupMinutes: fm.data.groupMinutes === undefined ? null : groupMinutes(file, fm, 0),
  };
}

/** The cover as a property only when there is one, so a course without one compiles to the same model as before. */
const withCover = (cover: Course['cover']) => (cover ? { cover } : {});

/**
 * Runs one file's compilation so that whatever goes wrong names the file: a CourseError passes
 * through; anything else is a compiler bug, reported as one on line 1 rather than as a bare stack.
 */
function guarded<T>(file: string, compile: () => T): T {
  try {
    return compile();
  } catch (error) {
    if (error instanceof CourseError) throw error;
    if (error instanceof MarkdownLexError) {
      throw new CourseError(
        file,
        1,
        `the Markdown parser could not read this file (${error.message}); look for lists and quotes nested in an unusual way and simplify them`,
      );
    }
    throw new CourseError(
      file,
      1,
      `${INTERNAL} (${error instanceof Error ? error.message : String(error)}); please report it with this file`,
    );
  }
}

/** The start of the reason of a CourseError that stands for a compiler bug; tests look for it. */
export const INTERNAL = 'the course compiler failed on this file';

/** The course-level files beside the modules: pages/*.md and templates/*.md. */
export interface CourseExtras {
  pages?: SourceFile[];
  templates?: SourceFile[];
}

/** Builds the Course from course.md, module files and course-level files; throws CourseError on the first problem. */
export function compileCourse(
  courseFile: SourceFile,
  moduleFiles: SourceFile[],
  ctx: ParseContext,
  extras: CourseExtras = {},
): Course {
  const extraFiles = [...(extras.pages ?? []), ...(extras.templates ?? [])];
  for (const f of [courseFile, ...moduleFiles, ...extraFiles]) checkTextSize(f.file, f.source);
  const meta = guarded(courseFile.file, () => parseCourseFile(courseFile, ctx));
  const parsed = moduleFiles.map((f) => ({
    file: f.file,
    ...guarded(f.file, () => parseModuleFile(f.file, f.source, ctx)),
  }));
  if (parsed.length === 0)
    throw new CourseError(courseFile.file, 1, 'the course has no modules: add module files next to course.md');
  parsed.sort((a, b) => a.module.order - b.module.order);
  parsed.forEach(({ file, module, lineOf }, index) => {
    const twin = parsed.find((other, j) => j < index && other.module.id === module.id);
    if (twin)
      throw new CourseError(file, lineOf('id'), `duplicate module id "${module.id}", also used in ${twin.file}`);
    const sameOrder = parsed.find((other, j) => j < index && other.module.order === module.order);
    if (sameOrder)
      throw new CourseError(file, lineOf('order'), `order ${module.order} is also used by ${sameOrder.file}`);
  });
  const modules = parsed.map((p) => p.module);

  const pageFiles = (extras.pages ?? [])
    .map((f) => guarded(f.file, () => parseCoursePage(f.file, f.source, ctx)))
    .sort((a, b) => a.item.order - b.item.order);
  checkUnique(pageFiles, 'id', 'course page id');
  checkUnique(pageFiles, 'order', 'course page order');
  const statements = pageFiles.filter((p) => p.item.accessibility);
  if (statements[1])
    throw new CourseError(
      statements[1].file,
      statements[1].lineOf('kind'),
      `a course has one accessibility statement; ${statements[0]?.file} is one already`,
    );
  const templateFiles = (extras.templates ?? []).map((f) =>
    guarded(f.file, () => parseTemplate(f.file, f.source, ctx)),
  );
  checkUnique(templateFiles, 'id', 'template id');
  checkUnique(templateFiles, 'fileName', 'template fileName');
  const pages = pageFiles.map((p) => p.item);
  const templates = templateFiles.map((t) => t.item);
  for (const { file, located } of [...pageFiles, ...templateFiles])
    checkLinks(file, located, { modules, pages, templates });

  const plannedGroupMinutes = meta.groupMinutes ?? modules.reduce((sum, m) => sum + m.groupMinutes, 0);
  const course = {
    ...meta,
    groupMinutes: plannedGroupMinutes,
    modules,
    pages,
    templates,
    fingerprint: courseFingerprint(modules),
  };
  checkCourseSize(JSON.stringify(course).length, moduleFiles);
  return course;
}
