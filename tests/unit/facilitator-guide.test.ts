// The facilitator guide over the fixture courses: how to run a session, then per module the group
// time, each discussion with its minutes, the facilitator notes and the checks with their answers.
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { CheckBlock, Course } from '../../src/core/course/types';
import {
  facilitatorGuideFileName,
  facilitatorGuideHtml,
  facilitatorGuideMain,
} from '../../src/core/export/facilitator-guide';
import { courseToPrintHtml, PRINT_CSP } from '../../src/core/export/print-html';
import { courseToText } from '../../src/core/export/text-version';
import { en } from '../../src/core/messages/en';
import { sv } from '../../src/core/messages/sv';

const course = loadCourse('tests/fixtures/course');
const english = loadCourse('tests/fixtures/course-en');
const guide = facilitatorGuideMain(course, sv);
const [alfa, beta] = course.modules;

describe('facilitator guide', () => {
  it('is titled after the course and names its file after the course id', () => {
    expect(guide).toMatch(/^<h1 tabindex="-1">Handledarguide – Testkurs<\/h1>/);
    expect(facilitatorGuideFileName(course)).toBe('testkurs-handledarguide.html');
  });

  it('says how to run a session: equipment, keys and the facilitator view', () => {
    expect(guide).toContain('<h2>Så leder du ett pass</h2>');
    expect(guide).toContain('Planerad tid för hela kursen med en grupp: ca 75 min.');
    expect(guide).toMatch(/projektor.*utökat skrivbord.*klicker/s);
    for (const key of ['Z', 'PageDown, → eller mellanslag', 'PageUp eller ←', 'B eller .'])
      expect(guide).toContain(`<th scope="row">${key}</th>`);
    expect(guide).toContain('Knappen Handledarvy öppnar handledarvyn i ett eget fönster.');
  });

  it('gives each module its planned group time', () => {
    expect(guide).toContain('<h2>Modul 1: Alfa-modulen</h2><p>Planerad tid för en grupp: ca 45 min.</p>');
    expect(guide).toContain('<h2>Modul 2: Beta-modulen</h2><p>Planerad tid för en grupp: ca 30 min.</p>');
  });

  it('shows every discussion with its minutes and every facilitator note, on its page', () => {
    const discussionsAndNotes = course.modules.flatMap((m) =>
      m.pages.flatMap((p) => [
        ...p.blocks.flatMap((b) => (b.kind === 'diskussion' ? [b.body.html] : [])),
        ...(p.facilitatorNotes ?? []).map((n) => n.html),
      ]),
    );
    expect(discussionsAndNotes).toHaveLength(2);
    for (const html of discussionsAndNotes) expect(guide).toContain(html);
    expect(guide).toContain(
      '<h3>1.2 Andra sidan</h3><section class="print-block"><h4>Diskutera i gruppen (10 min)</h4><p>Prata om det i gruppen.</p></section>\n<section class="print-block"><h4>Handledning</h4><p>Låt gruppen prata i tio minuter. Lyssna efter egna exempel.</p></section>',
    );
  });

  it('shows every knowledge check with its right answer and all feedback', () => {
    const checks = course.modules.flatMap((m) =>
      m.pages.flatMap((p) => p.blocks.filter((b): b is CheckBlock => b.kind === 'kunskapskontroll')),
    );
    expect(guide.match(/<strong>\(rätt svar\)<\/strong>/g)).toHaveLength(checks.length);
    for (const check of checks) {
      expect(guide).toContain(check.question.html);
      expect(guide).toContain(`<li>${check.options[check.correct]?.html} <strong>(rätt svar)</strong>`);
      expect(guide).toContain(check.feedback.html);
      for (const own of check.optionFeedback ?? []) if (own) expect(guide).toContain(own.html);
    }
  });

  it('leaves out pages with nothing for a group, and what only a learner alone does', () => {
    expect(guide).not.toContain('Första sidan');
    expect(guide).not.toContain('lunchdialoger');
    expect(guide).not.toContain('Vad tänker du om det här?');
    expect(guide).toContain('<h3>1.3 Tredje sidan</h3>');
    expect(guide).toContain(`<h3>2.1 ${beta?.pages[0]?.title}</h3>`);
  });

  it('says so when a module has nothing for a group', () => {
    const quiet: Course = { ...course, modules: [{ ...alfa!, pages: [alfa!.pages[0]!] }] };
    expect(facilitatorGuideMain(quiet, sv)).toContain(
      '<p>Modulen har inga diskussioner, anteckningar eller kunskapskontroller.</p>',
    );
  });

  it('speaks the course’s language', () => {
    const html = facilitatorGuideMain(english, en);
    expect(html).toMatch(/^<h1 tabindex="-1">Facilitator guide – Test Course<\/h1>/);
    expect(html).toContain('<h2>How to run a session</h2>');
    expect(html).toContain('<th scope="row">PageDown, → or Space</th>');
    expect(html).not.toMatch(/Handledar|Diskutera|Modul \d|rätt svar|Planerad/);
  });

  it('escapes the course’s titles', () => {
    const awkward: Course = {
      ...course,
      title: 'Dialog & <delaktighet>',
      modules: [{ ...alfa!, title: '<script>x</script>', pages: alfa!.pages.map((p) => ({ ...p, title: 'A & <b>' })) }],
    };
    const html = facilitatorGuideHtml(awkward, sv);
    expect(html).toContain('<title>Handledarguide – Dialog &amp; &lt;delaktighet&gt;</title>');
    expect(html).toContain('<h1 tabindex="-1">Handledarguide – Dialog &amp; &lt;delaktighet&gt;</h1>');
    expect(html).toContain('<h2>Modul 1: &lt;script&gt;x&lt;/script&gt;</h2>');
    expect(html).toContain('<h3>1.2 A &amp; &lt;b&gt;</h3>');
    expect(html).not.toMatch(/<script|<b>|<delaktighet>/);
  });

  it('is a standalone document under the print file’s policy and style', () => {
    const html = facilitatorGuideHtml(course, sv);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_CSP}">`);
    expect(html).toContain(`<main>\n${guide}\n</main>`);
    const style = (doc: string) => /<style>[\s\S]*?<\/style>/.exec(doc)?.[0];
    expect(style(html)).toBe(style(courseToPrintHtml(course, sv)));
  });

  it('never reaches the learner’s text or print version', () => {
    for (const learner of [courseToText(course, sv), courseToPrintHtml(course, sv)]) {
      expect(learner).not.toMatch(/Handledarguide|Så leder du ett pass|Låt gruppen prata/);
    }
  });
});
