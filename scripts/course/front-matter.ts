// Splits a markdown file into YAML front matter and body, with line numbers kept for errors.
import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { CourseError } from './course-error.ts';

export interface FrontMatterFile {
  data: Record<string, unknown>;
  /** Line number (1-based) of each top-level key, for errors about its value. */
  keyLines: Record<string, number>;
  body: string;
  /** Line number in the file of the body's first line. */
  bodyLine: number;
}

/** Parses `---`-delimited YAML front matter; throws CourseError with the YAML error's line. */
export function splitFrontMatter(file: string, source: string): FrontMatterFile {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---')
    throw new CourseError(
      file,
      1,
      'the file must start with front matter: a line "---", YAML fields, and a closing "---"',
    );
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end < 0) throw new CourseError(file, 1, 'front matter is not closed by a line "---"');

  const yaml = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const line = (firstError.linePos?.[0]?.line ?? 1) + 1;
    // The yaml library counts lines from the first line after "---"; its own position would contradict ours.
    const reason = (firstError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new CourseError(file, line, `front matter is not valid YAML: ${reason}`);
  }
  const alias = firstAlias(doc);
  if (alias !== undefined) {
    throw new CourseError(
      file,
      lineCounter.linePos(alias).line + 1,
      'front matter may not use YAML anchors or aliases ("&name", "*name"): write each value out',
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 0 });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CourseError(file, 2, 'front matter must be a set of "key: value" fields');
  }
  // No prototype: a key named "__proto__" or "constructor" must not read an inherited value.
  const keyLines: Record<string, number> = Object.create(null) as Record<string, number>;
  const contents = doc.contents;
  if (contents && 'items' in contents) {
    for (const pair of contents.items as { key: { value?: unknown; range?: [number, number, number] } }[]) {
      const offset = pair.key?.range?.[0];
      if (pair.key?.value != null && offset !== undefined)
        keyLines[String(pair.key.value)] = lineCounter.linePos(offset).line + 1;
    }
  }
  return { data: data as Record<string, unknown>, keyLines, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** Offset of the first anchor or alias, if any: aliases can expand exponentially (a "billion laughs"). */
function firstAlias(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Node(_, node) {
      if (!isAlias(node) && !node.anchor) return undefined;
      at = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return at;
}

/** Typed access to front-matter fields that reports the file and line of a wrong value. */
export function fieldReader(file: string, fm: FrontMatterFile) {
  const lineOf = (key: string) => fm.keyLines[key] ?? 1;
  const fail = (key: string, reason: string): never => {
    throw new CourseError(file, lineOf(key), `front matter field "${key}" ${reason}`);
  };
  return {
    string(key: string): string {
      const value = fm.data[key];
      if (value === undefined || value === null) return fail(key, 'is missing');
      if (typeof value !== 'string' || value.trim() === '') return fail(key, 'must be non-empty text');
      return value.trim();
    },
    number(key: string, min: number, max: number): number {
      const value = fm.data[key];
      if (value === undefined || value === null) return fail(key, 'is missing');
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        return fail(key, `must be a whole number from ${min} to ${max}`);
      }
      return value;
    },
    strings(key: string, min: number, max: number): string[] {
      const value = fm.data[key];
      if (value === undefined || value === null) return fail(key, 'is missing');
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
        return fail(key, 'must be a list of non-empty texts');
      }
      if (value.length < min || value.length > max) return fail(key, `must list ${min} to ${max} items`);
      return value.map((item: string) => item.trim());
    },
    id(key: string): string {
      const value = this.string(key);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value))
        return fail(key, 'must be lower-case letters a–z, digits and single hyphens');
      return value;
    },
    unknownKeys(allowed: string[]): void {
      const extra = Object.keys(fm.data).find((key) => !allowed.includes(key));
      if (extra) fail(extra, `is not known (allowed: ${allowed.join(', ')})`);
    },
    lineOf,
  };
}
