// The text version (plain text and printable HTML) of the fixture course against committed files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import type { Course } from '../../src/core/course/types';
import { en } from '../../src/core/messages/en';
import { sv } from '../../src/core/messages/sv';
import { parseModule } from '../../scripts/course/parse-module';
import {
  courseToPrintBody,
  courseToPrintHtml,
  courseToPrintMain,
  escapeHtml,
  printFileName,
} from '../../src/core/export/print-html';
import { courseToText, textFileName } from '../../src/core/export/text-version';
import { columns, lineStart, TEXT_WIDTH } from '../../src/core/export/wrap';

const course = loadCourse('tests/fixtures/course');
const expected = (name: string) => readFileSync(`tests/fixtures/expected/${name}`, 'utf8');
const REFLECTION = 'alfa/andra-sidan/r1';

/** The fixture course with titles and texts full of characters HTML must escape. */
function withAwkwardTitles(): Course {
  const [alfa, beta] = course.modules;
  const [first, ...rest] = alfa!.pages;
  return {
    ...course,
    title: 'Dialog & <delaktighet>',
    subtitle: 'För "alla" kommuner',
    language: 'sv"><script>',
    modules: [
      {
        ...alfa!,
        title: 'Modul <script>alert(1)</script>',
        summary: 'Om <b>fet</b> & mager',
        objectives: ['Förstå <em> & </em>'],
        pages: [
          {
            ...first!,
            title: 'A & B <c>',
            blocks: first!.blocks.map((b) => (b.kind === 'exempel' ? { ...b, title: 'Piteå <lunch> & "fika"' } : b)),
          },
          ...rest,
        ],
      },
      beta!,
    ],
    // Titles only: the bodies are the build's own HTML, which may hold <em>.
    pages: course.pages.map((p) => ({
      ...p,
      title: `Ord <c> & ${p.title}`,
      body: { html: '<p>Text.</p>', text: 'Text.' },
    })),
    templates: course.templates.map((t) => ({
      ...t,
      title: `Mall <c> & "${t.title}"`,
      body: { html: '<p>Text.</p>', text: 'Text.' },
    })),
  };
}

describe('text version (plain text)', () => {
  it('matches the committed file for the fixture course', () => {
    expect(courseToText(course, sv)).toBe(expected('testkurs-textversion.txt'));
  });

  it('names the file after the course id', () => {
    expect(textFileName(course)).toBe('testkurs-textversion.txt');
  });

  it('includes the learner’s notes under their reflection only when given', () => {
    const notes = { [REFLECTION]: '  Vi borde fråga unga.\nOch äldre.  ' };
    expect(courseToText(course, sv)).not.toContain('Dina anteckningar');
    expect(courseToText(course, sv, notes)).toContain(
      'REFLEKTERA\n  Vad tänker du om det här?\n  Dina anteckningar:\n    Vi borde fråga unga.\n    Och äldre.\n\nDISKUTERA I GRUPPEN',
    );
  });

  it('leaves out blank notes and notes of reflections the course does not have', () => {
    expect(courseToText(course, sv, { [REFLECTION]: '  \n ', 'gammal/sida/r1': 'Borttagen.' })).toBe(
      courseToText(course, sv),
    );
    expect(courseToText(course, sv, {})).toBe(courseToText(course, sv));
  });

  it('keeps titles as written: plain text needs no escaping', () => {
    const text = courseToText(withAwkwardTitles(), sv);
    expect(text).toContain('DIALOG & <DELAKTIGHET>\n\nFör "alla" kommuner');
    expect(text).toContain('MODUL 1: MODUL <SCRIPT>ALERT(1)</SCRIPT>');
    expect(text).toContain('1.1 A & B <c>\n-------------\n');
    expect(text).toContain('EXEMPEL: Piteå <lunch> & "fika"');
  });
});

describe('facilitator notes and group fields', () => {
  const NOTE = 'Låt gruppen prata i tio minuter';

  it('the fixture course keeps its facilitator note on its page', () => {
    expect(course.modules[0]!.pages[1]!.facilitatorNotes?.map((n) => n.text)).toEqual([
      `${NOTE}. Lyssna efter egna exempel.`,
    ]);
  });

  it('leaves facilitator notes out of the learner’s text and print versions', () => {
    expect(courseToText(course, sv)).not.toContain(NOTE);
    expect(courseToPrintHtml(course, sv)).not.toContain(NOTE);
    expect(courseToText(course, sv, { [REFLECTION]: 'Egen anteckning.' })).not.toContain(NOTE);
  });

  it('shows each option’s own feedback under it and the discussion’s minutes', () => {
    expect(courseToText(course, sv)).toContain(
      '  [ ] A. Fel svar\n         Det här svaret stämmer inte, eftersom det är fel.\n  [x] B. Rätt svar\n         Ja, det här stämmer.\n  [ ] C. Också fel\n',
    );
    expect(courseToText(course, sv)).toContain('DISKUTERA I GRUPPEN (10 min)\n');
  });
});

describe('printable HTML', () => {
  it('matches the committed file for the fixture course', () => {
    expect(courseToPrintHtml(course, sv)).toBe(expected('testkurs-utskrift.html'));
  });

  it('names the file after the course id', () => {
    expect(printFileName(course)).toBe('testkurs-utskrift.html');
  });

  it('starts each module on a new printed page', () => {
    const html = courseToPrintHtml(course, sv);
    const printRules = /@media print\{((?:[^{}]*\{[^}]*\})*)\}/.exec(html)?.[1];
    expect(printRules).toContain('.print-module{break-before:page}');
    const modules = html.match(/<section class="print-module"><h2>Modul \d+: [^<]+<\/h2>/g);
    expect(modules).toEqual([
      '<section class="print-module"><h2>Modul 1: Alfa-modulen</h2>',
      '<section class="print-module"><h2>Modul 2: Beta-modulen</h2>',
    ]);
    expect(html.indexOf('<section class="print-intro">')).toBeLessThan(html.indexOf('<section class="print-module">'));
  });

  it('marks only the right option of each check', () => {
    const body = courseToPrintBody(course, sv);
    expect(body.match(/<strong>\(rätt svar\)<\/strong>/g)).toHaveLength(2);
    expect(body).toContain(
      '<ol type="A"><li>Fel svar<div class="print-feedback"><p>Det här svaret stämmer inte, eftersom det är fel.</p></div></li><li>Rätt svar <strong>(rätt svar)</strong><div class="print-feedback"><p>Ja, det här stämmer.</p></div></li><li>Också fel</li></ol>',
    );
    expect(body).toContain('<ol type="A"><li>Ja <strong>(rätt svar)</strong></li><li>Nej</li></ol>');
  });

  it('the in-app print view shows the document’s main, heading included, without its frame', () => {
    const main = courseToPrintMain(course, sv);
    expect(main).not.toContain('<html');
    expect(main).toMatch(/^<h1 tabindex="-1">Testkurs: textversion<\/h1>\n<p>En kurs för tester<\/p>/);
    expect(courseToPrintHtml(course, sv)).toContain(`<main>\n${main}\n</main>`);
    expect(main).toContain(courseToPrintBody(course, sv));
  });

  it('names the app’s icon beside it, so the browser does not ask for a missing /favicon.ico', () => {
    expect(courseToPrintHtml(course, sv)).toContain('<link rel="icon" href="./favicon.svg" type="image/svg+xml">');
  });

  it('includes the learner’s notes, escaped, only when given', () => {
    const notes = { [REFLECTION]: ' <script>alert("x")</script> & co ' };
    expect(courseToPrintHtml(course, sv)).not.toContain('print-note');
    expect(courseToPrintHtml(course, sv, notes)).toContain(
      '<h4>Reflektera</h4><p>Vad tänker du om det här?</p><p class="print-note"><strong>Dina anteckningar:</strong> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co</p></section>',
    );
    expect(courseToPrintHtml(course, sv, { [REFLECTION]: ' \n ' })).not.toContain('print-note');
  });

  it('escapes titles and texts from the course', () => {
    const html = courseToPrintHtml(withAwkwardTitles(), sv);
    expect(html).toContain('<html lang="sv&quot;&gt;&lt;script&gt;">');
    expect(html).toContain('<title>Dialog &amp; &lt;delaktighet&gt;: textversion för utskrift</title>');
    expect(html).toContain(
      '<h1 tabindex="-1">Dialog &amp; &lt;delaktighet&gt;: textversion</h1>\n<p>För &quot;alla&quot; kommuner</p>',
    );
    expect(html).toContain(
      '<h2>Modul 1: Modul &lt;script&gt;alert(1)&lt;/script&gt;</h2><p>Om &lt;b&gt;fet&lt;/b&gt; &amp; mager (ca 10 min)</p>',
    );
    expect(html).toContain('<li>Förstå &lt;em&gt; &amp; &lt;/em&gt;</li>');
    expect(html).toContain('<h3>A &amp; B &lt;c&gt;</h3>');
    expect(html).toContain('<h4>Exempel: Piteå &lt;lunch&gt; &amp; &quot;fika&quot;</h4>');
    expect(html).toContain('<h2>Ord &lt;c&gt; &amp; Ordlista</h2>');
    expect(html).toContain('<h2>Mall: Mall &lt;c&gt; &amp; &quot;Checklista för en dialog&quot;</h2>');
    expect(html).not.toMatch(/<script|<b>|<em>|<c>|<lunch>/);
  });

  it.each([
    ['&', '&amp;'],
    ['<', '&lt;'],
    ['>', '&gt;'],
    ['"', '&quot;'],
    ["'", '&#39;'],
    ['Å & ä', 'Å &amp; ä'],
    ['&amp;', '&amp;amp;'],
  ])('escapeHtml(%j) is %j', (text, html) => {
    expect(escapeHtml(text)).toBe(html);
  });
});

describe('header, layout and screen-only text', () => {
  const edition = { version: '1.2.3', date: '2026-05-01' };
  const english = loadCourse('tests/fixtures/course-en');
  const real = loadCourse('modules');

  it('names the edition and where the course lives, in the text and in print', () => {
    const text = courseToText({ ...course, edition }, sv);
    expect(text).toContain(
      '============================================================\n\nTextversion av kursen, version 1.2.3, 2026-05-01.\nKursen finns på https://kurser.example.se/testkurs/\n\nDet här är en testkurs.',
    );
    expect(courseToPrintMain({ ...course, edition }, sv)).toContain(
      '<p class="print-edition">Textversion av kursen, version 1.2.3, 2026-05-01.<br>Kursen finns på <a href="https://kurser.example.se/testkurs/">https://kurser.example.se/testkurs/</a></p>',
    );
  });

  it('says nothing of an address when the course has none', () => {
    expect(english.url).toBeUndefined();
    const text = courseToText({ ...english, edition }, en);
    expect(text).toContain('Text version of the course, version 1.2.3, 2026-05-01.\n\nThis is a test course');
    expect(text).not.toMatch(/online at|https?:\/\/\S*test-course/);
    expect(courseToPrintMain(english, en)).not.toContain('print-edition');
  });

  it('gives a template’s Word file as a whole address when the course has one', () => {
    expect(courseToText(course, sv)).toContain(
      '(Word-fil: https://kurser.example.se/testkurs/mallar/checklista-dialog.docx)',
    );
  });

  it('leaves a blank line after "Kursens mål"', () => {
    expect(courseToText(course, sv)).toContain('Kursens mål\n\nDu kan gå igenom två korta moduler.');
  });

  it('leaves screen-only text (:::skärm) out of the text and print versions, not off the screen', () => {
    expect(course.intro.html).toContain('Tryck på Z');
    expect(course.intro.text).not.toContain('Tryck på Z');
    expect(courseToText(course, sv)).not.toContain('Tryck på Z');
    expect(courseToPrintHtml(course, sv)).not.toContain('Tryck på Z');
  });

  it('leaves screen-only text in a module page out of the text and print versions', () => {
    const module = parseModule(
      'modules/01-alfa.md',
      [
        '---',
        'id: alfa',
        'title: Alfa',
        'order: 1',
        'minutes: 5',
        'summary: Kort.',
        'image: images/alfa.svg',
        'imageAlt: En bild',
        'objectives:',
        '  - Något',
        '---',
        '## Sidan',
        '',
        'Före.',
        '',
        ':::skärm',
        'Klicka på Nästa.',
        ':::',
        '',
        'Efter.',
      ].join('\n'),
      { fileExists: () => true },
    );
    const [prose] = module.pages[0]!.blocks;
    expect(prose).toMatchObject({
      kind: 'prose',
      body: { text: 'Före.\n\nEfter.', print: '<p>Före.</p>\n<p>Efter.</p>' },
    });
    expect(prose?.kind === 'prose' && prose.body.html).toContain('<p>Klicka på Nästa.</p>');
    const withModule = { ...course, modules: [module] };
    expect(courseToText(withModule, sv)).not.toContain('Klicka');
    expect(courseToPrintBody(withModule, sv)).not.toContain('Klicka');
  });

  it.each([
    ['the fixture course', course, sv],
    ['the English fixture course', english, en],
    ['the real course', real, sv],
  ] as const)('wraps %s at 80 columns with no line of spaces and nothing only for the screen', (_, c, m) => {
    const text = courseToText({ ...c, edition }, m, null);
    for (const row of text.split('\n')) {
      if (columns(row) > TEXT_WIDTH) expect(row.slice(lineStart(row).length)).not.toContain(' ');
      expect(row).not.toMatch(/^\s+$|\s$/);
    }
    expect(text).not.toMatch(/\n\n\n/);
    expect(text).not.toMatch(/Tryck på Z|Press Z|Klicka på|Click /);
  });
});
