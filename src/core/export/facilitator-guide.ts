// The facilitator guide (Handledarguide): printable HTML for whoever leads a group in a room. It
// holds what the learner's text version must not: the facilitator notes, and every answer at hand.
import { guideEn } from '../messages/guide-en.ts';
import { guideSv, type GuideMessages } from '../messages/guide-sv.ts';
import type { Messages } from '../messages/sv.ts';
import type { Course, Module, Page } from '../course/types.ts';
import { escapeHtml, printable, printBlockHtml, printDocument } from './print-html.ts';

const GUIDE_WORDS: Record<string, GuideMessages> = { sv: guideSv, en: guideEn };

/** The guide's words in the language of the UI words `m`. */
function guideWords(m: Messages): GuideMessages {
  return GUIDE_WORDS[m.language] ?? guideSv;
}

/** How to run a session: equipment, the keys of the projector layout, the facilitator view. */
function howToHtml(course: Course, m: Messages): string {
  const g = guideWords(m);
  const equipment = g.equipment.map((item) => `<li>${escapeHtml(item)}</li>`).join('');
  const keys = g.keys
    .map(([key, action]) => `<tr><th scope="row">${escapeHtml(key)}</th><td>${escapeHtml(action)}</td></tr>`)
    .join('');
  return `<section class="print-intro"><h2>${escapeHtml(g.howTo)}</h2>
<p>${escapeHtml(g.courseTime(course.groupMinutes))}</p>
<h3>${escapeHtml(g.equipmentHeading)}</h3><ul>${equipment}</ul>
<h3>${escapeHtml(g.keysHeading)}</h3><table><thead><tr><th scope="col">${escapeHtml(g.keyColumn)}</th><th scope="col">${escapeHtml(g.actionColumn)}</th></tr></thead><tbody>${keys}</tbody></table>
<p>${escapeHtml(g.facilitatorView)}</p></section>`;
}

/** Whether a page has anything for a group: a discussion, a facilitator note or a knowledge check. */
function forGroups(page: Page): boolean {
  return (
    (page.facilitatorNotes?.length ?? 0) > 0 ||
    page.blocks.some((b) => b.kind === 'diskussion' || b.kind === 'kunskapskontroll')
  );
}

/** A page's discussions, then its notes (which follow the discussion they are about), then its checks. */
function pageHtml(page: Page, heading: string, m: Messages): string {
  const discussions = page.blocks.filter((b) => b.kind === 'diskussion').map((b) => printBlockHtml(b, m));
  const notes = (page.facilitatorNotes ?? []).map(
    (note) =>
      `<section class="print-block"><h4>${escapeHtml(m.blockLabel.handledning)}</h4>${printable(note)}</section>`,
  );
  const checks = page.blocks.filter((b) => b.kind === 'kunskapskontroll').map((b) => printBlockHtml(b, m));
  return `<h3>${escapeHtml(heading)}</h3>${[...discussions, ...notes, ...checks].join('\n')}`;
}

function moduleHtml(module: Module, index: number, m: Messages): string {
  const pages = module.pages
    .map((page, pageIndex) => ({ page, pageIndex }))
    .filter(({ page }) => forGroups(page))
    .map(({ page, pageIndex }) => pageHtml(page, guideWords(m).pageHeading(index + 1, pageIndex + 1, page.title), m));
  const body = pages.length > 0 ? pages.join('\n') : `<p>${escapeHtml(guideWords(m).nothingForGroups)}</p>`;
  return `<section class="print-module"><h2>${escapeHtml(m.moduleHeading(index + 1, module.title))}</h2><p>${escapeHtml(guideWords(m).plannedTime(module.groupMinutes))}</p>\n${body}</section>`;
}

/** The guide's title, e.g. "Handledarguide – Medborgardialog", for the app's document title. */
export function facilitatorGuideTitle(course: Course, m: Messages): string {
  return guideWords(m).title(course.title);
}

/** The guide's content, heading included: the app's guide page and the standalone file both show exactly this. */
export function facilitatorGuideMain(course: Course, m: Messages): string {
  const g = guideWords(m);
  return `<h1 tabindex="-1">${escapeHtml(g.title(course.title))}</h1>
<p>${escapeHtml(g.intro)}</p>
${howToHtml(course, m)}
${course.modules.map((module, index) => moduleHtml(module, index, m)).join('\n')}`;
}

/** The guide as a complete, self-contained HTML document for printing. */
export function facilitatorGuideHtml(course: Course, m: Messages): string {
  return printDocument(course, guideWords(m).title(course.title), facilitatorGuideMain(course, m));
}

/** File name of the guide in the build, e.g. "medborgardialog-handledarguide.html". */
export function facilitatorGuideFileName(course: Course): string {
  return `${course.id}-handledarguide.html`;
}
