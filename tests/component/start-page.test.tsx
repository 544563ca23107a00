import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyProgress, markSeen, recordAnswer } from '../../src/core/progress/progress';
import { StartPage } from '../../src/app/ui/start-page';
import { fixtureCourse, renderWithApp } from './render-app';

const [alfa, beta] = fixtureCourse.modules;
if (!alfa || !beta) throw new Error('fixture course needs two modules');

afterEach(() => {
  window.location.hash = '';
});

describe('StartPage', () => {
  it('shows the course title, progress and one card per module in order', () => {
    renderWithApp(<StartPage />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Testkurs');
    expect(screen.getByRole('progressbar', { name: 'Kursens framsteg' }).getAttribute('aria-valuenow')).toBe('0');
    const links = screen.getAllByRole('link').filter((a) => a.getAttribute('href')?.startsWith('#/modul/'));
    expect(links.map((a) => a.textContent)).toEqual(['Modul 1: Alfa-modulen', 'Modul 2: Beta-modulen']);
    expect(links[0]?.getAttribute('href')).toBe(`#/modul/alfa/${alfa.pages[0]?.id}`);
    expect(screen.getByRole('img', { name: 'En blå cirkel' })).toBeTruthy();
    expect(screen.getAllByText('ca 10 min')).toHaveLength(2);
    expect(screen.getAllByText('Ej påbörjad')).toHaveLength(2);
    expect(screen.getByText('2 moduler, ca 20 min')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Fortsätt där du var/ })).toBeNull();
  });

  it('starts a new learner on the first page of the first module', () => {
    renderWithApp(<StartPage />);
    const action = screen.getByRole('button', { name: 'Starta kursen, Modul 1: Alfa-modulen' });
    fireEvent.click(action);
    expect(window.location.hash).toBe(`#/modul/alfa/${alfa.pages[0]?.id}`);
  });

  it('shows status per module and overall progress in percent', () => {
    let progress = emptyProgress(fixtureCourse);
    for (const page of beta.pages) progress = markSeen(progress, { moduleId: 'beta', pageId: page.id });
    progress = recordAnswer(progress, 'beta', 'beta/enda-sidan/k1', 1);
    progress = markSeen(progress, { moduleId: 'alfa', pageId: alfa.pages[0]?.id ?? '' });
    renderWithApp(<StartPage />, { progress });
    expect(screen.getByText('Påbörjad')).toBeTruthy();
    expect(screen.getByText('Klar')).toBeTruthy();
    // alfa: 1 of 3 pages + 0 of 1 check = 1/4; beta done: (0.25 + 1) / 2
    expect(screen.getByRole('progressbar', { name: 'Kursens framsteg' }).getAttribute('aria-valuenow')).toBe('63');
  });

  it('offers to continue on the last page shown, naming it', () => {
    const page = alfa.pages[1];
    const progress = markSeen(emptyProgress(fixtureCourse), { moduleId: 'alfa', pageId: page?.id ?? '' });
    renderWithApp(<StartPage />, { progress });
    expect(screen.queryByRole('button', { name: /^Starta kursen/ })).toBeNull();
    // The name begins with the words returning learners and screen-reader users know.
    fireEvent.click(screen.getByRole('button', { name: 'Fortsätt där du var, Modul 1, sida 2: Andra sidan' }));
    expect(window.location.hash).toBe(`#/modul/alfa/${page?.id}`);
  });

  it('leads on to the next module once the module last visited is done', () => {
    let progress = emptyProgress(fixtureCourse);
    for (const page of alfa.pages) progress = markSeen(progress, { moduleId: 'alfa', pageId: page.id });
    progress = recordAnswer(progress, 'alfa', 'alfa/tredje-sidan/k1', 1);
    renderWithApp(<StartPage />, { progress });
    expect(screen.queryByRole('button', { name: /^Fortsätt där du var/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Gå till nästa modul, Modul 2: Beta-modulen' }));
    expect(window.location.hash).toBe(`#/modul/beta/${beta.pages[0]?.id}`);
  });

  it('starts over only after confirmation, keeping nothing of the progress', async () => {
    const progress = markSeen(emptyProgress(fixtureCourse), { moduleId: 'alfa', pageId: alfa.pages[0]?.id ?? '' });
    const { app, store } = renderWithApp(<StartPage />, { progress });
    await app.actions.flush();
    fireEvent.click(screen.getByRole('button', { name: 'Börja om' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(app.state.progress.value.location).not.toBeNull();
    expect(screen.getByRole('button', { name: /^Fortsätt där du var/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Börja om' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Alla dina framsteg i kursen raderas');
    fireEvent.click(screen.getByRole('button', { name: 'Ja, börja om' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Fortsätt där du var/ })).toBeNull());
    expect(screen.getByRole('button', { name: /^Starta kursen/ })).toBeTruthy();
    expect(app.state.progress.value.modules).toEqual({});
    await app.actions.flush();
    expect(await store.load()).toMatchObject({ modules: {}, location: null });
  });
});
