import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { fixtureCourse, goTo, renderWithApp } from './render-app';

const alfa = fixtureCourse.modules[0];
if (!alfa) throw new Error('fixture course needs a module');

afterEach(async () => {
  await goTo('');
  document.documentElement.classList.remove('zoom');
});

describe('App', () => {
  it('shows a module page with headings, page count and module progress, and records the visit', async () => {
    const { app } = renderWithApp(<App />);
    await goTo(`#/modul/alfa/${alfa.pages[1]?.id}`);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Alfa-modulen');
    expect(screen.getByRole('heading', { level: 2, name: 'Andra sidan' })).toBeTruthy();
    expect(screen.getByText('Sida 2 av 3')).toBeTruthy();
    // Text, not a progressbar: a screen reader would announce every change over the page (see ProgressBar).
    expect(screen.getByText('Framsteg i modulen Alfa-modulen:', { exact: false }).parentElement?.textContent).toBe(
      'Framsteg i modulen Alfa-modulen: 25 %',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('main').querySelectorAll('h1')).toHaveLength(1);
    expect(app.state.progress.value.location).toEqual({ moduleId: 'alfa', pageId: 'andra-sidan' });
  });

  it('turns pages with the buttons and keys, and ends on the end screen', async () => {
    renderWithApp(<App />);
    await goTo(`#/modul/alfa/${alfa.pages[0]?.id}`);
    expect(screen.getByRole('button', { name: /Föregående/ }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Nästa/ }));
    await waitFor(() => expect(window.location.hash).toBe('#/modul/alfa/andra-sidan'));
    await goTo(window.location.hash);
    fireEvent.keyDown(document, { key: 'ArrowRight' });
    await goTo(window.location.hash);
    expect(window.location.hash).toBe('#/modul/alfa/tredje-sidan');
    fireEvent.keyDown(document, { key: 'PageDown' });
    await goTo(window.location.hash);
    expect(window.location.hash).toBe('#/modul/alfa/klar');
    expect(screen.getByRole('heading', { level: 2, name: 'Slutet av modulen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Tredje sidan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Nästa modul: Beta-modulen' })).toBeTruthy();
    fireEvent.keyDown(document, { key: 'ArrowLeft' });
    await goTo(window.location.hash);
    expect(window.location.hash).toBe('#/modul/alfa/tredje-sidan');
  });

  it('toggles zoom with Z and the Zoom button, and announces it', async () => {
    renderWithApp(<App />);
    const button = screen.getByRole('button', { name: /Zoom/ });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await act(() => {
      fireEvent.keyDown(document, { key: 'z' });
    });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.classList.contains('zoom')).toBe(true);
    expect(screen.getByText('Storbildsläge på')).toBeTruthy();
    await act(() => {
      fireEvent.click(button);
    });
    expect(document.documentElement.classList.contains('zoom')).toBe(false);
    expect(screen.getByText('Storbildsläge av')).toBeTruthy();
    // Z fetched the projector page and the line to the other window: both finish loading before the
    // test's environment goes, or their last imports fail at teardown.
    await import('../../src/app/ui/projector/projector-page');
    await import('../../src/app/group/group-channel');
  });

  it('leaves keys alone while the learner types a note', async () => {
    const { app } = renderWithApp(<App />);
    await goTo('#/modul/alfa/andra-sidan');
    const notes = screen.getByRole('textbox', { name: /Dina anteckningar/ });
    fireEvent.keyDown(notes, { key: 'z' });
    fireEvent.keyDown(notes, { key: 'ArrowRight' });
    expect(app.state.zoom.value).toBe(false);
    expect(window.location.hash).toBe('#/modul/alfa/andra-sidan');
    fireEvent.input(notes, { target: { value: 'En tanke' } });
    expect(app.state.notes.value).toEqual({ 'alfa/andra-sidan/r1': 'En tanke' });
  });

  it('says when a link names no page of the course', async () => {
    renderWithApp(<App />);
    await goTo('#/modul/finns-inte/1');
    expect(screen.getByRole('heading', { level: 1, name: 'Sidan finns inte' })).toBeTruthy();
  });

  it('shows storage notices politely and lets the learner close them', async () => {
    renderWithApp(<App />, { notices: [{ id: 'storageBlocked' }] });
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('dina framsteg sparas inte'));
    expect(status).toBeTruthy();
    await act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Stäng meddelandet' }));
    });
    expect(screen.queryByText(/dina framsteg sparas inte/)).toBeNull();
  });
});
