// The printable HTML version of the course: the same content as the text version, as HTML.
import { readingPages } from '../course/reading-pages.ts';
import type { Messages } from '../messages/sv.ts';
import { templatePath } from '../course/paths.ts';
import type { Block, Course, Rich } from '../course/types.ts';
import type { Notes } from './text-version.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A text's HTML for print: without its screen-only parts. */
export function printable(rich: Rich): string {
  return rich.print ?? rich.html;
}

/** One block as printed: a labelled section for all but prose; a check lists its options, marks the right one and gives all feedback. */
export function printBlockHtml(block: Block, m: Messages, notes: Notes | null = null): string {
  const labelled = (kind: keyof Messages['blockLabel'], body: string, title = '', after = '') =>
    `<section class="print-block"><h4>${m.blockLabel[kind]}${title ? `: ${escapeHtml(title)}` : ''}${after ? ` (${after})` : ''}</h4>${body}</section>`;
  switch (block.kind) {
    case 'prose':
      return printable(block.body);
    case 'exempel':
      return labelled('exempel', printable(block.body), block.title);
    case 'diskussion':
      return labelled('diskussion', printable(block.body), '', m.minutes(block.minutes));
    case 'reflektion': {
      const note = notes?.[block.id]?.trim();
      const own = note ? `<p class="print-note"><strong>${m.yourNotesHeading}</strong> ${escapeHtml(note)}</p>` : '';
      return labelled('reflektion', `${printable(block.body)}${own}`);
    }
    case 'kunskapskontroll': {
      const options = block.options
        .map((o, i) => {
          const own = block.optionFeedback?.[i];
          return `<li>${printable(o)}${i === block.correct ? ` <strong>(${m.rightAnswerMark})</strong>` : ''}${own ? `<div class="print-feedback">${printable(own)}</div>` : ''}</li>`;
        })
        .join('');
      return labelled(
        'kunskapskontroll',
        `${printable(block.question)}<ol type="A">${options}</ol>${printable(block.feedback)}`,
      );
    }
  }
}

/** Moves the headings of a course page or template one level down, under the section's h2 (the HTML is the build's own). */
function demoteHeadings(html: string): string {
  return html.replace(/<(\/?)h([2-5])>/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}>`);
}

/**
 * The course body as HTML: one section per module (h2), pages as h3, blocks as h4. Used inside
 * the app's print view and in the standalone file.
 */
export function courseToPrintBody(course: Course, m: Messages, notes: Notes | null = null): string {
  const modules = course.modules.map((module, index) => {
    const pages = module.pages
      .map(
        (page) => `<h3>${escapeHtml(page.title)}</h3>${page.blocks.map((b) => printBlockHtml(b, m, notes)).join('\n')}`,
      )
      .join('\n');
    const objectives = module.objectives.map((o) => `<li>${escapeHtml(o)}</li>`).join('');
    return `<section class="print-module"><h2>${escapeHtml(m.moduleHeading(index + 1, module.title))}</h2><p>${escapeHtml(module.summary)} (${m.aboutMinutes(module.minutes)})</p><p>${m.afterModule}:</p><ul>${objectives}</ul>\n${pages}</section>`;
  });
  const pages = readingPages(course).map(
    (page) =>
      `<section class="print-module"><h2>${escapeHtml(page.title)}</h2>${demoteHeadings(printable(page.body))}</section>`,
  );
  const templates = course.templates.map(
    (t) =>
      `<section class="print-module"><h2>${m.template}: ${escapeHtml(t.title)}</h2><p>${m.wordFile(`<a href="${escapeHtml(templatePath(t))}">${escapeHtml(templatePath(t))}</a>`)}</p>${demoteHeadings(printable(t.body))}</section>`,
  );
  return [
    `<section class="print-intro"><h2>${m.aboutCourse}</h2>${printable(course.intro)}<h3>${m.courseGoal}</h3>${printable(course.goal)}</section>`,
    ...modules,
    ...pages,
    ...templates,
  ].join('\n');
}

const PRINT_CSS = `body{font:12pt/1.5 system-ui,sans-serif;color:#111;max-width:42em;margin:2em auto;padding:0 1em}
h1{font-size:2em}h2{font-size:1.6em}h3{font-size:1.25em;margin-top:1.5em}h4{font-size:1.05em;margin:0 0 .3em}
.print-block{border-left:4px solid #555;padding:.2em 0 .2em 1em;margin:1em 0;break-inside:avoid}
.print-feedback{font-style:italic}.print-feedback p{margin:.2em 0}
dt{font-weight:700;margin-top:.5em}dd{margin-left:1.5em}td,th{border:1px solid #555;padding:.2em .5em;min-width:4em}table{border-collapse:collapse}
@media print{body{margin:0;max-width:none}.print-module{break-before:page}a{color:inherit}}`;

/** SHA-256 of PRINT_CSS, so the CSP can allow that one inline style and nothing else (a unit test keeps it current). */
export const PRINT_CSS_HASH = 'sha256-3Jsbr9tLl1zcNkVSw1YndY31b74ID0M9mFNQgTXc4Oc=';

/** index.html's policy, with the print file's own inline style allowed by its hash instead of 'self'. */
export const PRINT_CSP = `default-src 'none'; script-src 'self'; style-src '${PRINT_CSS_HASH}'; img-src 'self'; connect-src 'self'; worker-src 'self'; base-uri 'self'; form-action 'none'; object-src 'none'`;

/** Which edition this is and where the course lives, as the text version's header says it. */
function editionHtml(course: Course, m: Messages): string {
  const lines = course.edition ? [escapeHtml(m.textEdition(course.edition.version, course.edition.date))] : [];
  if (course.url) {
    const url = escapeHtml(course.url);
    lines.push(escapeHtml(m.courseAddress(course.url)).replace(url, `<a href="${url}">${url}</a>`));
  }
  return lines.length > 0 ? `\n<p class="print-edition">${lines.join('<br>')}</p>` : '';
}

/**
 * The whole print view: heading, subtitle, edition and the course body. The app's print view and
 * the standalone file both show exactly this; the heading takes focus in the app (tabindex).
 */
export function courseToPrintMain(course: Course, m: Messages, notes: Notes | null = null): string {
  return `<h1 tabindex="-1">${escapeHtml(m.printHeading(course.title))}</h1>
<p>${escapeHtml(course.subtitle)}</p>${editionHtml(course, m)}
${courseToPrintBody(course, m, notes)}`;
}

/**
 * A complete, self-contained HTML document of the course for printing. It names the app's icon
 * beside it: without an icon link the browser asks for /favicon.ico, which is not there.
 */
export function courseToPrintHtml(course: Course, m: Messages, notes: Notes | null = null): string {
  return printDocument(course, m.printDocumentTitle(course.title), courseToPrintMain(course, m, notes));
}

/** A standalone printable document in the course's language around `main` (HTML), with the print style. */
export function printDocument(course: Pick<Course, 'language'>, title: string, main: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(course.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="./favicon.svg" type="image/svg+xml">
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
${main}
</main>
</body>
</html>
`;
}

/** File name for the printable version, e.g. "medborgardialog-utskrift.html". */
export function printFileName(course: Course): string {
  return `${course.id}-utskrift.html`;
}
