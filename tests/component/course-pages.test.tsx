// Course pages (glossary, sources) and templates as the learner reaches them: from the start page,
// from the footer of every module page, and as a screen of their own.
import { screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { fixtureCourse, goTo, renderWithApp } from './render-app';

afterEach(async () => {
  await goTo('');
});

describe('course pages and templates', () => {
  it('links the course pages and the templates from the start page', async () => {
    renderWithApp(<App />);
    await goTo('#/');
    const section = screen.getByRole('region', { name: 'Mer i kursen' });
    expect(within(section).getByRole('link', { name: 'Ordlista' }).getAttribute('href')).toBe('#/sida/ordlista');
    expect(within(section).getByRole('link', { name: 'Källor och läs mer' }).getAttribute('href')).toBe(
      '#/sida/kallor',
    );
    const template = within(section).getByRole('link', { name: 'Checklista för en dialog (Word-fil)' });
    expect(template.getAttribute('href')).toBe('mallar/checklista-dialog.docx');
    expect(template.getAttribute('download')).toBe('checklista-dialog.docx');
  });

  it('links the course pages from the footer of a module page', async () => {
    renderWithApp(<App />);
    await goTo('#/modul/alfa/andra-sidan');
    const footer = screen.getByRole('navigation', { name: 'Kursens sidor' });
    expect(
      within(footer)
        .getAllByRole('link')
        .map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Ordlista', '#/sida/ordlista'],
      ['Källor och läs mer', '#/sida/kallor'],
      ['Tillgänglighetsredogörelse', '#/tillganglighet'],
    ]);
  });

  it("shows the accessibility statement at its fixed address with the publisher's facts", async () => {
    renderWithApp(<App />);
    await goTo('#/tillganglighet');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Tillgänglighetsredogörelse');
    const facts = [...document.querySelectorAll('.statement-facts > *')].map((el) => el.textContent);
    expect(facts).toEqual([
      'Utgivare',
      'Testkommunen',
      'Kontakt för synpunkter',
      'tillganglighet@example.se',
      'Redogörelsen upprättades',
      '2 november 2026',
      'Senast granskad',
      '1 december 2026',
    ]);
    expect(screen.getByRole('link', { name: 'tillganglighet@example.se' }).getAttribute('href')).toBe(
      'mailto:tillganglighet@example.se',
    );
    expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-02');
  });

  it('shows a course page with its title as the page heading and the glossary as a description list', async () => {
    renderWithApp(<App />);
    await goTo('#/sida/ordlista');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Ordlista');
    const terms = [...document.querySelectorAll('main dl dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Alfa', 'Beta', 'Dialog']);
    expect(screen.getByRole('link', { name: /Alla moduler/ }).getAttribute('href')).toBe('#/');
  });

  it('does not count a course page as a visit in any module', async () => {
    const { app } = renderWithApp(<App />);
    await goTo('#/sida/kallor');
    expect(await screen.findByRole('heading', { level: 2, name: 'Lagar' })).toBeTruthy();
    expect(app.state.progress.value.location).toBeNull();
    expect(Object.keys(app.state.progress.value.modules)).toEqual([]);
  });

  it('never shows a facilitator note on the learner’s screens', async () => {
    renderWithApp(<App />);
    const note = fixtureCourse.modules[0]!.pages[1]!.facilitatorNotes![0]!.text;
    await goTo('#/modul/alfa/andra-sidan');
    expect(document.body.textContent).toContain('Diskutera i gruppen (10 min)');
    expect(document.body.textContent).not.toContain(note);
    await goTo('#/utskrift');
    // The print view is a lazy chunk: wait for it, or the check would pass on the previous screen.
    await screen.findByRole('button', { name: 'Skriv ut' });
    expect(document.body.textContent).toContain(fixtureCourse.modules[0]!.pages[1]!.title);
    expect(document.body.textContent).not.toContain(note);
  });
});
