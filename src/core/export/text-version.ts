// The text version of the course as plain UTF-8 text: every page, block and answer, readable in any
// editor, wrapped at 80 columns. Only what makes sense on paper: screen-only text is left out at build.
import { readingPages } from '../course/reading-pages.ts';
import type { Messages } from '../messages/sv.ts';
import { courseFileUrl, templatePath } from '../course/paths.ts';
import type { Block, Course } from '../course/types.ts';
import { columns, TEXT_WIDTH, wrapText } from './wrap.ts';

/** Reflection notes by reflection id; included only when the learner asks for them. */
export type Notes = Record<string, string>;

const RULE = '='.repeat(60);

/** Indents every line that has text; an empty line stays empty rather than becoming spaces. */
function indent(text: string, prefix: string): string {
  return text.replace(/^(?=.)/gm, prefix);
}

/** A heading wrapped to the width, underlined as long as its longest line. */
function underlined(heading: string): string {
  const wrapped = wrapText(heading);
  const width = Math.max(...wrapped.split('\n').map(columns));
  return `${wrapped}\n${'-'.repeat(width)}`;
}

function blockText(block: Block, m: Messages, notes: Notes | null): string {
  const label = (kind: keyof Messages['blockLabel']) => m.blockLabel[kind].toUpperCase();
  switch (block.kind) {
    case 'prose':
      return block.body.text;
    case 'exempel':
      return `${label('exempel')}: ${block.title}\n${indent(block.body.text, '  ')}`;
    case 'diskussion':
      return `${label('diskussion')} (${m.minutes(block.minutes)})
${indent(block.body.text, '  ')}`;
    case 'reflektion': {
      const note = notes?.[block.id]?.trim();
      const own = note ? `\n  ${m.yourNotesHeading}\n${indent(note, '    ')}` : '';
      return `${label('reflektion')}\n${indent(block.body.text, '  ')}${own}`;
    }
    case 'kunskapskontroll': {
      const options = block.options
        .map((o, i) => {
          const own = block.optionFeedback?.[i];
          // Feedback lines up with the option's text, as the option's own wrapped lines do.
          return `  ${i === block.correct ? '[x]' : '[ ]'} ${m.letter(i)}. ${o.text}${own ? `\n${indent(own.text, '         ')}` : ''}`;
        })
        .join('\n');
      return `${label('kunskapskontroll')}\n${indent(block.question.text, '  ')}\n${options}\n  ${m.rightAnswerIs(block.correct)} ${indent(block.feedback.text, '  ').trimStart()}`;
    }
  }
}

/** Which edition this is and where the course lives, as far as the build knows. */
function editionLines(course: Course, m: Messages): string[] {
  const lines = course.edition ? [m.textEdition(course.edition.version, course.edition.date)] : [];
  if (course.url) lines.push(m.courseAddress(course.url));
  return lines.length > 0 ? [lines.join('\n')] : [];
}

/** The whole course as plain text; pass notes to include the learner's own reflections. */
export function courseToText(course: Course, m: Messages, notes: Notes | null = null): string {
  const parts = [
    RULE,
    course.title.toUpperCase(),
    course.subtitle,
    RULE,
    ...editionLines(course, m),
    course.intro.text,
    `${m.courseGoal}\n\n${course.goal.text}`,
  ];
  course.modules.forEach((module, index) => {
    parts.push(
      `${RULE}\n${m.moduleHeading(index + 1, module.title).toUpperCase()}\n(${m.aboutMinutes(module.minutes)})\n${RULE}`,
      module.summary,
      `${m.afterModule}:\n${module.objectives.map((o) => `- ${o}`).join('\n')}`,
    );
    module.pages.forEach((page, pageIndex) => {
      parts.push(
        underlined(`${index + 1}.${pageIndex + 1} ${page.title}`),
        ...page.blocks.map((b) => blockText(b, m, notes)),
      );
    });
  });
  for (const page of readingPages(course)) parts.push(`${RULE}\n${page.title.toUpperCase()}\n${RULE}`, page.body.text);
  for (const template of course.templates) {
    parts.push(
      `${RULE}\n${m.template.toUpperCase()}: ${template.title.toUpperCase()}\n(${m.wordFile(courseFileUrl(course, templatePath(template)))})\n${RULE}`,
      template.body.text,
    );
  }
  return `${wrapText(parts.join('\n\n'), TEXT_WIDTH)}\n`;
}

/** File name for downloads and build output, e.g. "medborgardialog-textversion.txt". */
export function textFileName(course: Course): string {
  return `${course.id}-textversion.txt`;
}
