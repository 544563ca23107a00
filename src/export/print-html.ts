// The printable HTML version of the course: the same content as the text version, as HTML.
import { templatePath } from '../course/paths.ts';
import type { Block, Course } from '../course/types.ts';
import type { Notes } from './text-version.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function blockHtml(block: Block, notes: Notes | null): string {
  switch (block.kind) {
    case 'prose':
      return block.body.html;
    case 'exempel':
      return `<section class="print-block"><h4>Exempel: ${escapeHtml(block.title)}</h4>${block.body.html}</section>`;
    case 'diskussion':
      return `<section class="print-block"><h4>Diskutera i gruppen (${block.minutes} min)</h4>${block.body.html}</section>`;
    case 'reflektion': {
      const note = notes?.[block.id]?.trim();
      const own = note ? `<p class="print-note"><strong>Dina anteckningar:</strong> ${escapeHtml(note)}</p>` : '';
      return `<section class="print-block"><h4>Reflektion</h4>${block.body.html}${own}</section>`;
    }
    case 'kunskapskontroll': {
      const options = block.options
        .map((o, i) => {
          const own = block.optionFeedback?.[i];
          return `<li>${o.html}${i === block.correct ? ' <strong>(rätt svar)</strong>' : ''}${own ? `<div class="print-feedback">${own.html}</div>` : ''}</li>`;
        })
        .join('');
      return `<section class="print-block"><h4>Kunskapskontroll</h4>${block.question.html}<ol type="A">${options}</ol>${block.feedback.html}</section>`;
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
export function courseToPrintBody(course: Course, notes: Notes | null = null): string {
  const modules = course.modules.map((module, index) => {
    const pages = module.pages
      .map((page) => `<h3>${escapeHtml(page.title)}</h3>${page.blocks.map((b) => blockHtml(b, notes)).join('\n')}`)
      .join('\n');
    const objectives = module.objectives.map((o) => `<li>${escapeHtml(o)}</li>`).join('');
    return `<section class="print-module"><h2>Modul ${index + 1}: ${escapeHtml(module.title)}</h2><p>${escapeHtml(module.summary)} (ca ${module.minutes} min)</p><p>Efter modulen kan du:</p><ul>${objectives}</ul>\n${pages}</section>`;
  });
  const pages = course.pages.map((page) => `<section class="print-module"><h2>${escapeHtml(page.title)}</h2>${demoteHeadings(page.body.html)}</section>`);
  const templates = course.templates.map(
    (t) => `<section class="print-module"><h2>Mall: ${escapeHtml(t.title)}</h2><p>Word-fil: <a href="${escapeHtml(templatePath(t))}">${escapeHtml(templatePath(t))}</a></p>${demoteHeadings(t.body.html)}</section>`,
  );
  return [`<section class="print-intro"><h2>Om kursen</h2>${course.intro.html}<h3>Kursens mål</h3>${course.goal.html}</section>`, ...modules, ...pages, ...templates].join('\n');
}

const PRINT_CSS = `body{font:12pt/1.5 system-ui,sans-serif;color:#111;max-width:42em;margin:2em auto;padding:0 1em}
h1{font-size:2em}h2{font-size:1.6em}h3{font-size:1.25em;margin-top:1.5em}h4{font-size:1.05em;margin:0 0 .3em}
.print-block{border-left:4px solid #555;padding:.2em 0 .2em 1em;margin:1em 0;break-inside:avoid}
.print-feedback{font-style:italic}.print-feedback p{margin:.2em 0}
dt{font-weight:700;margin-top:.5em}dd{margin-left:1.5em}td,th{border:1px solid #555;padding:.2em .5em;min-width:4em}table{border-collapse:collapse}
@media print{body{margin:0;max-width:none}.print-module{break-before:page}a{color:inherit}}`;

/** A complete, self-contained HTML document of the course for printing. */
export function courseToPrintHtml(course: Course, notes: Notes | null = null): string {
  return `<!doctype html>
<html lang="${escapeHtml(course.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(course.title)}: textversion för utskrift</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(course.title)}</h1>
<p>${escapeHtml(course.subtitle)}</p>
${courseToPrintBody(course, notes)}
</main>
</body>
</html>
`;
}

/** File name for the printable version, e.g. "medborgardialog-utskrift.html". */
export function printFileName(course: Course): string {
  return `${course.id}-utskrift.html`;
}
