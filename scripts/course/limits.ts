// The compiler's bounds: file, page and course sizes and nesting depth, checked on the raw text in
// one linear pass before markdown is lexed, so no input can make the build hang or overflow the stack.
import { CourseError } from './course-error.ts';

/** Largest module file or course.md, in bytes: about 30 times the longest module today. */
export const MAX_FILE_BYTES = 256 * 1024;
/** Largest page (from one "##" heading to the next), in characters: a screen, not a book. */
export const MAX_PAGE_CHARS = 64 * 1024;
/** Deepest nesting of lists and quotes (each level of indentation counts). */
export const MAX_DEPTH = 16;
/**
 * Largest compiled course (HTML and plain text of every module), in characters. The offline
 * service worker does not precache files over 2 MiB (workbox's maximumFileSizeToCacheInBytes).
 */
export const MAX_COURSE_CHARS = 1536 * 1024;

/** "12 KB" or "1.4 MB", for messages. */
export function size(n: number): string {
  return n < 1024 * 1024 ? `${Math.ceil(n / 1024)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses a file over MAX_FILE_BYTES, naming the line where it crosses the limit. */
export function checkFileSize(file: string, bytes: Uint8Array): void {
  if (bytes.length <= MAX_FILE_BYTES) return;
  let line = 1;
  for (let i = 0; i < MAX_FILE_BYTES; i++) if (bytes[i] === 0x0a) line++;
  throw new CourseError(
    file,
    line,
    `the file is ${size(bytes.length)}, over the limit of ${size(MAX_FILE_BYTES)} per file (reached on this line): split the module into two`,
  );
}

/** The same limit for text already decoded (compileCourse's callers), counted in characters. */
export function checkTextSize(file: string, text: string): void {
  if (text.length <= MAX_FILE_BYTES) return;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < MAX_FILE_BYTES; i = text.indexOf('\n', i + 1)) line++;
  throw new CourseError(
    file,
    line,
    `the file is ${size(text.length)}, over the limit of ${size(MAX_FILE_BYTES)} per file (reached on this line): split the module into two`,
  );
}

const FENCE = /^(`{3,}|~{3,})/;
const PAGE_HEADING = /^ {0,3}#{1,2}(?:[ \t]|$)/;
const MARKER = /^(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * How deeply a line is nested: its quote and list markers, plus one level per two columns of
 * indentation beyond them. An estimate from above: markdown cannot nest deeper than this.
 */
export function lineDepth(line: string): { depth: number; rest: string } {
  let markers = 0;
  let columns = 0;
  let i = 0;
  for (;;) {
    const c = line[i];
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4;
    else {
      const marker = MARKER.exec(line.slice(i, i + 11));
      if (!marker) break;
      markers++;
      i += marker[0].length;
      continue;
    }
    i++;
  }
  return { depth: markers + Math.floor(Math.max(0, columns - markers) / 2), rest: line.slice(i) };
}

/**
 * Checks markdown text before it is lexed: no line nested deeper than MAX_DEPTH and, when `pages`
 * is set, no page longer than MAX_PAGE_CHARS. `firstLine` is the file line of the text's first line.
 */
export function checkMarkdownBounds(file: string, text: string, firstLine: number, pages = false): void {
  let fence: string | null = null;
  let pageStart = 0;
  let pageLine = firstLine;
  let offset = 0;
  const lines = text.split('\n');
  const pageEnds = (end: number) => {
    if (pages && end - pageStart > MAX_PAGE_CHARS) {
      throw new CourseError(
        file,
        pageLine,
        `this page is ${size(end - pageStart)}, over the limit of ${size(MAX_PAGE_CHARS)} per page: split it with another "## " heading`,
      );
    }
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] ?? '';
    const { depth, rest } = lineDepth(line);
    // Checked in code blocks too: a fence this scan misreads must not let deep nesting through.
    if (depth > MAX_DEPTH) {
      throw new CourseError(
        file,
        firstLine + n,
        `lists and quotes are nested ${depth} levels deep here, more than the ${MAX_DEPTH} allowed (each ">", list marker or two spaces of indentation is a level)`,
      );
    }
    const opens = FENCE.exec(rest);
    if (fence) {
      if (opens?.[1]?.startsWith(fence)) fence = null;
    } else {
      if (opens?.[1]) fence = opens[1];
      if (PAGE_HEADING.test(line)) {
        pageEnds(offset);
        pageStart = offset;
        pageLine = firstLine + n;
      }
    }
    offset += line.length + 1;
  }
  pageEnds(offset);
}

/** Refuses a compiled course too large for the offline cache; names the largest module file. */
export function checkCourseSize(compiledChars: number, files: { file: string; source: string }[]): void {
  if (compiledChars <= MAX_COURSE_CHARS) return;
  const largest = [...files].sort((a, b) => b.source.length - a.source.length)[0];
  throw new CourseError(
    largest?.file ?? 'course.md',
    1,
    `the compiled course is ${size(compiledChars)}, over the limit of ${size(MAX_COURSE_CHARS)} that the offline copy can hold; the largest module is this one (${size(largest?.source.length ?? 0)}): shorten or split the course`,
  );
}
