// The real course in modules/: it compiles, holds the five modules in order, and keeps
// the writing rules of the README's *Writing notes* (checks, positions, feedback per option, figures, group notes, glossary,
// words and LIX). The new syntax is read from the markdown source, so the test does not depend on
// how the parser models per-option feedback, discussion minutes or facilitator notes.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { CheckBlock, Course, Module } from '../../src/core/course/types';
import { lix, wordCount } from './readability';

const dir = fileURLToPath(new URL('../../modules', import.meta.url));

const EXPECTED = [
  ['nytta', 'Nyttan med medborgardialog', '01-nytta.md'],
  ['framgangsfaktorer', 'Framgångsfaktorer för medborgardialog', '02-framgangsfaktorer.md'],
  ['mot-medborgaren', 'Möt medborgaren', '03-mot-medborgaren.md'],
  ['kommunikation', 'Kommunikation för en lyckad medborgardialog', '04-kommunikation.md'],
  ['resultat', 'Medborgardialogens resultat', '05-resultat.md'],
] as const;

const KINDS = ['exempel', 'reflektion', 'diskussion', 'kunskapskontroll', 'handledning'] as const;

/** An applied check's question starts with this marker (see README, "Writing notes"). */
const APPLIED = '**Situation:**';

const GLOSSARY_TERMS = [
  'styrprocess',
  'beredning',
  'tjänsteskrivelse',
  'processledare',
  'deliberativ',
  'medborgarråd',
  'medborgarpanel',
  'medborgarbudget',
  'skendialog',
  'komplex samhällsfråga',
];

// ---- reading the markdown source -------------------------------------------------------------

interface Option {
  text: string;
  right: boolean;
  feedback: string;
}
interface SourceCheck {
  line: number;
  question: string;
  options: Option[];
  general: string;
}
interface Container {
  name: string;
  arg: string;
  line: number;
  lines: string[];
}
interface Figure {
  alt: string;
  src: string;
  line: number;
}
interface SourceModule {
  front: Record<string, string>;
  containers: Container[];
  checks: SourceCheck[];
  figures: Figure[];
  /** What a learner reads: prose, examples, prompts and checks; not headings, not facilitator notes. */
  learnerText: string;
}

function splitFront(source: string): { front: Record<string, string>; body: string[]; bodyLine: number } {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.indexOf('---', 1);
  const front: Record<string, string> = {};
  for (const line of lines.slice(1, end)) {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (m) front[m[1]!] = m[2]!;
  }
  return { front, body: lines.slice(end + 1), bodyLine: end + 2 };
}

/** Markdown inline syntax and table pipes removed; a table row reads as one sentence. */
function plain(lines: string[]): string {
  return lines
    .filter((l) => !/^\s*\|?[\s:|-]+\|[\s:|-]*$/.test(l)) // table separator rows
    .map((l) =>
      l
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/^\s*[-*] \[[ x]\] /, '- ')
        .replace(/[*_`]/g, '')
        .replace(
          /^\s*\|(.*)\|\s*$/,
          (_, row: string) =>
            `${row
              .split('|')
              .map((c) => c.trim())
              .filter(Boolean)
              .join(', ')}.\n`,
        ),
    )
    .join('\n');
}

function parseCheck(c: Container): SourceCheck {
  const first = c.lines.findIndex((l) => /^- \[[ x]\] /.test(l));
  const options: Option[] = [];
  let last = first;
  for (let i = first; i < c.lines.length; i++) {
    const line = c.lines[i]!;
    const m = /^- \[([ x])\] (.*)$/.exec(line);
    if (m) {
      options.push({ text: m[2]!, right: m[1] === 'x', feedback: '' });
      last = i;
    } else if (/^\s{2,}\S/.test(line) && options.length > 0) {
      const option = options[options.length - 1]!;
      option.feedback = `${option.feedback} ${line.trim()}`.trim();
      last = i;
    } else if (line.trim() !== '') break;
  }
  return {
    line: c.line,
    question: c.lines.slice(0, first).join('\n').trim(),
    options,
    general: c.lines
      .slice(last + 1)
      .join('\n')
      .trim(),
  };
}

function readModule(file: string): SourceModule {
  const { front, body, bodyLine } = splitFront(readFileSync(join(dir, file), 'utf8'));
  const containers: Container[] = [];
  const figures: Figure[] = [];
  const learner: string[] = [];
  let open: Container | null = null;
  body.forEach((line, index) => {
    const lineNo = bodyLine + index;
    const opening = /^:::([a-z]+)\s*(.*)$/.exec(line);
    if (!open && opening) {
      open = { name: opening[1]!, arg: opening[2]!.trim(), line: lineNo, lines: [] };
      return;
    }
    if (open && line.trim() === ':::') {
      containers.push(open);
      if (open.name !== 'handledning') learner.push('', plain(open.lines), '');
      open = null;
      return;
    }
    for (const m of line.matchAll(/!\[([^\]]*)\]\(([^)]*)\)/g)) figures.push({ alt: m[1]!, src: m[2]!, line: lineNo });
    if (open) open.lines.push(line);
    else if (!/^#{2,6} /.test(line)) learner.push(plain([line]));
  });
  return {
    front,
    containers,
    checks: containers.filter((c) => c.name === 'kunskapskontroll').map(parseCheck),
    figures,
    learnerText: learner.join('\n'),
  };
}

function frontOf(path: string): Record<string, string> {
  return splitFront(readFileSync(path, 'utf8')).front;
}

const sources = new Map(EXPECTED.map(([id, , file]) => [id, readModule(file)]));
const allChecks = [...sources.values()].flatMap((m) => m.checks);

let loaded: Course | undefined;
function course(): Course {
  loaded ??= loadCourse(dir);
  return loaded;
}

// ---- the compiled course -----------------------------------------------------------------------

describe('the course in modules/', () => {
  it('compiles without errors', () => {
    expect(() => course()).not.toThrow();
  });

  it('has its front page fields, and says how long a group needs', () => {
    const c = course();
    expect(c.id).toBe('medborgardialog');
    expect(c.title).toBe('Medborgardialog');
    expect(c.subtitle).toBe('En utbildning för förtroendevalda och tjänstepersoner');
    expect(c.language).toBe('sv');
    expect(c.description.length).toBeGreaterThan(0);
    expect(c.goal.text.length).toBeGreaterThan(0);
    expect(c.intro.text).toMatch(/30.45 minuter/);
  });

  it('has exactly the five modules, with their ids and titles, in order', () => {
    expect(course().modules.map((m) => [m.id, m.title])).toEqual(EXPECTED.map(([id, title]) => [id, title]));
    expect(course().modules.map((m) => m.order)).toEqual([1, 2, 3, 4, 5]);
  });
});

// ---- numbers over the whole course ------------------------------------------------------------

describe('knowledge checks over the whole course', () => {
  it('spread the right answer over the positions: every position used, none above 40 %', () => {
    const positions = allChecks.map((c) => c.options.findIndex((o) => o.right));
    const most = Math.max(...allChecks.map((c) => c.options.length));
    for (let p = 0; p < most; p++) {
      const share = positions.filter((x) => x === p).length / positions.length;
      expect(share, `position ${p + 1}: ${(share * 100).toFixed(0)} %`).toBeGreaterThan(0);
      expect(share, `position ${p + 1}: ${(share * 100).toFixed(0)} %`).toBeLessThanOrEqual(0.4);
    }
  });

  it('make the longest option the right one in at most 40 % of the checks', () => {
    const longestRight = allChecks.filter((c) => {
      const lengths = c.options.map((o) => o.text.length);
      const right = c.options.findIndex((o) => o.right);
      return lengths[right] === Math.max(...lengths);
    });
    const share = longestRight.length / allChecks.length;
    expect(
      share,
      `${longestRight.length} of ${allChecks.length}, lines ${longestRight.map((c) => c.line).join(', ')}`,
    ).toBeLessThanOrEqual(0.4);
  });
});

// ---- numbers per module -----------------------------------------------------------------------

describe.each(EXPECTED.map(([id, , file], index) => ({ id, file, index })))('module $id', ({ id, file, index }) => {
  const module = (): Module => {
    const found = course().modules[index];
    if (found?.id !== id) throw new Error(`module ${index + 1} should be "${id}", is "${found?.id}"`);
    return found;
  };
  const src = sources.get(id)!;

  it('takes ten minutes alone and 30 to 45 in a group, and lists 2 to 4 objectives', () => {
    expect(module().minutes).toBe(10);
    const group = Number(src.front.groupMinutes);
    expect(Number.isInteger(group), `${file}: groupMinutes`).toBe(true);
    expect(group).toBeGreaterThanOrEqual(30);
    expect(group).toBeLessThanOrEqual(45);
    expect(module().objectives.length).toBeGreaterThanOrEqual(2);
    expect(module().objectives.length).toBeLessThanOrEqual(4);
    expect(module().summary.length).toBeGreaterThan(0);
  });

  it('has 4 to 7 pages', () => {
    expect(module().pages.length).toBeGreaterThanOrEqual(4);
    expect(module().pages.length).toBeLessThanOrEqual(7);
  });

  it('has 900 to 1500 words of body text', () => {
    const count = wordCount(src.learnerText);
    expect(count, `${id}: ${count} words`).toBeGreaterThanOrEqual(900);
    expect(count, `${id}: ${count} words`).toBeLessThanOrEqual(1500);
  });

  it('reads plainly: LIX at most 45', () => {
    const value = lix(src.learnerText);
    expect(value, `${id}: LIX ${value.toFixed(1)}`).toBeLessThanOrEqual(45);
  });

  it('has at least one block of each kind', () => {
    const kinds = new Set(src.containers.map((c) => c.name));
    for (const kind of KINDS) expect(kinds.has(kind), `${id} lacks a ${kind}`).toBe(true);
  });

  it('has at least 4 knowledge checks, half of them applied, with feedback on every option', () => {
    expect(src.checks.length).toBeGreaterThanOrEqual(4);
    const applied = src.checks.filter((c) => c.question.startsWith(APPLIED));
    expect(applied.length * 2, `${id}: ${applied.length} applied of ${src.checks.length}`).toBeGreaterThanOrEqual(
      src.checks.length,
    );
    for (const check of src.checks) {
      const where = `${file}:${check.line}`;
      expect(check.question, where).not.toBe('');
      expect(check.options.length, where).toBeGreaterThanOrEqual(3);
      expect(
        check.options.filter((o) => o.right),
        where,
      ).toHaveLength(1);
      for (const option of check.options) expect(option.feedback, `${where}: "${option.text}"`).not.toBe('');
      expect(check.general, where).not.toBe('');
    }
  });

  it('gives every discussion its minutes and a facilitator note right after it', () => {
    const discussions = src.containers.filter((c) => c.name === 'diskussion');
    expect(discussions.length).toBeGreaterThan(0);
    for (const d of discussions) {
      expect(d.arg, `${file}:${d.line}`).toMatch(/^\d+ min$/);
      const next = src.containers[src.containers.indexOf(d) + 1];
      expect(next?.name, `${file}:${d.line}: no :::handledning after the discussion`).toBe('handledning');
    }
    const total = discussions.reduce((sum, d) => sum + parseInt(d.arg, 10), 0);
    expect(total, `${id}: discussion minutes`).toBeLessThan(Number(src.front.groupMinutes));
  });

  it('compiles to the same checks, discussions, notes and group time as its source says', () => {
    const m = module();
    expect(m.groupMinutes).toBe(Number(src.front.groupMinutes));
    const blocks = m.pages.flatMap((page) => page.blocks);
    const compiled = blocks.filter((b): b is CheckBlock => b.kind === 'kunskapskontroll');
    expect(compiled.map((c) => c.correct)).toEqual(src.checks.map((c) => c.options.findIndex((o) => o.right)));
    for (const check of compiled) {
      expect(check.optionFeedback, check.id).toHaveLength(check.options.length);
      for (const feedback of check.optionFeedback ?? []) expect(feedback?.text.trim(), check.id).toBeTruthy();
    }
    const minutes = blocks.flatMap((b) => (b.kind === 'diskussion' ? [b.minutes] : []));
    expect(minutes).toEqual(src.containers.filter((c) => c.name === 'diskussion').map((c) => parseInt(c.arg, 10)));
    const notes = m.pages.reduce((sum, page) => sum + (page.facilitatorNotes?.length ?? 0), 0);
    expect(notes).toBe(src.containers.filter((c) => c.name === 'handledning').length);
  });

  it('has a thumbnail under 5 KB with alt text', () => {
    const { src: path, alt } = module().image;
    expect(path).toBe(`images/${id}.svg`);
    expect(alt.trim()).not.toBe('');
    expect(existsSync(join(dir, path))).toBe(true);
    expect(statSync(join(dir, path)).size).toBeLessThan(5 * 1024);
  });

  it('has an original SVG figure of at most 8 KB, with alt text, large text and nothing external', () => {
    const figures = src.figures.filter((f) => f.src.endsWith('.svg') && f.src !== `images/${id}.svg`);
    expect(figures.length, `${id}: no figure in the body`).toBeGreaterThan(0);
    for (const figure of figures) {
      const path = join(dir, figure.src);
      expect(figure.alt.trim().length, `${file}:${figure.line}`).toBeGreaterThan(20);
      expect(statSync(path).size, figure.src).toBeLessThanOrEqual(8 * 1024);
      const svg = readFileSync(path, 'utf8');
      expect(svg, figure.src).not.toMatch(/<script|href="(?!#)|url\((?!#)|@import|@font-face|<foreignObject/i);
      for (const m of svg.matchAll(/font-size="([\d.]+)"/g))
        expect(Number(m[1]), figure.src).toBeGreaterThanOrEqual(14);
    }
  });
});

// ---- course-level pages and templates ---------------------------------------------------------

describe('glossary, sources and templates', () => {
  it('has a glossary of at least 20 terms, including the ones the issue names', () => {
    const path = join(dir, 'pages', 'ordlista.md');
    expect(frontOf(path)).toMatchObject({ id: 'ordlista', title: 'Ordlista' });
    const terms = [...readFileSync(path, 'utf8').matchAll(/^- \*\*([^*]+)\*\* – \S/gm)].map((m) => m[1]!.toLowerCase());
    expect(terms.length).toBeGreaterThanOrEqual(20);
    for (const term of GLOSSARY_TERMS)
      expect(
        terms.some((t) => t.startsWith(term)),
        term,
      ).toBe(true);
  });

  it('has a sources page citing the laws by SFS number and Arnstein (1969)', () => {
    const path = join(dir, 'pages', 'kallor.md');
    expect(frontOf(path)).toMatchObject({ id: 'kallor', title: 'Källor och läs mer' });
    const text = readFileSync(path, 'utf8');
    for (const needle of [
      '2017:725',
      '2016/679',
      '2018:218',
      '2009:400',
      '1990:782',
      '1949:105',
      'Arnstein',
      '1969',
      'SKR',
    ]) {
      expect(text, needle).toContain(needle);
    }
  });

  it('has the two templates with front matter, the checklist with the feedback rule', () => {
    const names = readdirSync(join(dir, 'templates')).sort();
    expect(names).toEqual(['checklista.md', 'projektplan.md']);
    for (const name of names) {
      const front = frontOf(join(dir, 'templates', name));
      expect(front.id, name).toBeTruthy();
      expect(front.title, name).toBeTruthy();
      expect(front.fileName, name).toMatch(/^[a-z0-9-]+$/);
    }
    const checklist = readFileSync(join(dir, 'templates', 'checklista.md'), 'utf8');
    expect(checklist).toContain('Ni sa – vi gör – därför');
    expect(checklist.match(/^- \[ \] /gm)?.length ?? 0).toBeGreaterThanOrEqual(15);
  });

  it('has an accessibility statement that says what is untested and links the complaint page', () => {
    const statement = course().pages.find((p) => p.accessibility);
    expect(statement?.accessibility?.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(statement?.body.text).toMatch(/delvis förenlig/);
    expect(statement?.body.text).toMatch(/NVDA, JAWS och VoiceOver/);
    expect(statement?.body.html).toContain('href="https://www.digg.se/tdosanmalan"');
  });

  it('compiles the course pages and templates into the course', () => {
    expect(course().pages.map((p) => [p.id, p.title])).toEqual([
      ['ordlista', 'Ordlista'],
      ['kallor', 'Källor och läs mer'],
      ['tillganglighet', 'Tillgänglighetsredogörelse'],
    ]);
    expect(
      course()
        .templates.map((t) => t.fileName)
        .sort(),
    ).toEqual(['checklista-medborgardialog', 'projektplan-medborgardialog']);
  });

  it('has no raw HTML in any course file', () => {
    const files = [
      ...EXPECTED.map(([, , f]) => join(dir, f)),
      join(dir, 'course.md'),
      join(dir, 'pages', 'ordlista.md'),
      join(dir, 'pages', 'kallor.md'),
      join(dir, 'templates', 'projektplan.md'),
      join(dir, 'templates', 'checklista.md'),
    ];
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/<[a-z!/][^>]*>/i);
  });
});

// Printed by `npx vitest run tests/unit/content.test.ts` for the closing note.
it('reports words, LIX and checks per module', () => {
  const rows = [...sources].map(([id, m]) => ({
    id,
    words: wordCount(m.learnerText),
    lix: Number(lix(m.learnerText).toFixed(1)),
    checks: m.checks.length,
    applied: m.checks.filter((c) => c.question.startsWith(APPLIED)).length,
    figures: m.figures.filter((f) => f.src !== `images/${id}.svg`).length,
  }));
  console.table(rows);
  expect(rows).toHaveLength(5);
});
