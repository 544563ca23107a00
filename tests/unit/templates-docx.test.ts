// The templates as Word files: the fixture's checklist converted at build time, opened as the zip a
// .docx is, and its word/document.xml read for headings, lists, checkboxes and the table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCourse } from '../../scripts/load-course';
import { courseTemplateDocs, templateToDocx } from '../../scripts/templates-docx';
import { lex } from '../../scripts/course/markdown';

const DIR = 'tests/fixtures/course';
const course = loadCourse(DIR);

async function documentXml(doc: Uint8Array): Promise<string> {
  const files = unzipSync(doc);
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/numbering.xml', 'docProps/core.xml']),
  );
  return strFromU8(files['word/document.xml']!);
}

/** The text of each Word paragraph with the given style, in order. */
const styled = (xml: string, style: string) =>
  [...xml.matchAll(new RegExp(`<w:p><w:pPr><w:pStyle w:val="${style}"/>.*?</w:p>`, 'g'))].map((m) =>
    [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );

describe('templates as .docx', async () => {
  const docs = await courseTemplateDocs(DIR, course);
  const xml = await documentXml(docs.get('mallar/checklista-dialog.docx')!);

  it('makes one file per template, named by its fileName', () => {
    expect([...docs.keys()]).toEqual(['mallar/checklista-dialog.docx']);
  });

  it('has the title and the "##" headings as Word title and heading styles', () => {
    expect(styled(xml, 'Title')).toEqual(['Checklista för en dialog']);
    expect(styled(xml, 'Heading1')).toEqual(['Före dialogen', 'Ansvar']);
  });

  it('turns a checkbox list into "☐" lines and keeps bold and italics', () => {
    expect(xml).toContain(
      '<w:t xml:space="preserve">☐ </w:t></w:r><w:r><w:t xml:space="preserve">Skicka </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">inbjudan</w:t>',
    );
    expect(xml).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">lokal<\/w:t>/);
  });

  it('has the table with its header and empty cells to fill in', () => {
    const table = /<w:tbl>.*<\/w:tbl>/.exec(xml)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>.*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) =>
        [...cell[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
      ),
    );
    expect(rows).toEqual([
      ['Uppgift', 'Vem', 'Klart'],
      ['Inbjudan', '', ''],
      ['Återkoppling', '', ''],
    ]);
    expect(table).toContain('<w:tblHeader/>');
  });

  it('numbers an ordered list', () => {
    expect(xml).toMatch(
      /<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:t xml:space="preserve">Samla in svaren.<\/w:t>/,
    );
  });

  it('gives the same bytes for the same template, so packages stay reproducible', async () => {
    const again = await courseTemplateDocs(DIR, course);
    expect(again.get('mallar/checklista-dialog.docx')).toEqual(docs.get('mallar/checklista-dialog.docx'));
  });

  it('converts bullets, nested lists, links and entities', async () => {
    const tokens = lex('- punkt med [SKR](https://skr.se)\n  - inre punkt\n\nA &amp; B\n');
    const inner = await documentXml(await templateToDocx({ title: 'Test' }, tokens));
    expect(inner).toContain('w:numId');
    expect(inner).toMatch(/<w:hyperlink [^>]*>.*SKR.*<\/w:hyperlink>/);
    expect(inner).toContain('<w:ilvl w:val="1"/>');
    expect(inner).toContain('A &amp; B');
  });
});

describe('the docx library stays out of the player', () => {
  it('no browser source imports it', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
      );
    const importers = files('src').filter(
      (f) => /\.(ts|tsx)$/.test(f) && /from ['"]docx['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(importers).toEqual([]);
  });
});
