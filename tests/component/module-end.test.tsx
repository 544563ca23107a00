import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { emptyProgress, markSeen, type Progress, recordAnswer } from '../../src/core/progress/progress';
import { ModuleEnd } from '../../src/app/ui/module-end';
import { fixtureCourse, renderWithApp } from './render-app';

const alfa = fixtureCourse.modules[0];
if (!alfa) throw new Error('fixture course needs a module');
const ALFA_CHECK = 'alfa/tredje-sidan/k1';

const seenPages = (...pageIds: string[]) =>
  pageIds.reduce((p, pageId) => markSeen(p, { moduleId: 'alfa', pageId }), emptyProgress(fixtureCourse));

/** The items of the list under a level-3 heading. */
function listUnder(name: string): string[] {
  const heading = screen.getByRole('heading', { level: 3, name });
  const list = heading.nextElementSibling;
  return [...(list?.querySelectorAll('li') ?? [])].map((li) => li.textContent ?? '');
}

function renderEnd(progress: Progress) {
  return renderWithApp(<ModuleEnd module={alfa as NonNullable<typeof alfa>} onPrevious={() => {}} />, { progress });
}

describe('ModuleEnd', () => {
  it('lists as covered only the pages seen, and links to the pages left', () => {
    renderEnd(seenPages('forsta-sidan', 'tredje-sidan'));
    expect(screen.getByRole('heading', { level: 2, name: 'Slutet av modulen' })).toBeTruthy();
    expect(listUnder('Det här har du gått igenom')).toEqual(['Första sidan', 'Tredje sidan']);
    const left = screen.getByText('Det här är kvar innan modulen räknas som klar:').nextElementSibling;
    expect([...(left?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'Andra sidan (sida du inte har sett)',
      'Tredje sidan (kunskapskontroll att svara på)',
    ]);
    expect(screen.getByRole('link', { name: 'Andra sidan' }).getAttribute('href')).toBe('#/modul/alfa/andra-sidan');
  });

  it('lists every page and nothing left once the module is done', () => {
    renderEnd(recordAnswer(seenPages('forsta-sidan', 'andra-sidan', 'tredje-sidan'), 'alfa', ALFA_CHECK, 1));
    expect(screen.getByRole('heading', { level: 2, name: 'Modulen är klar' })).toBeTruthy();
    expect(listUnder('Det här har du gått igenom')).toEqual(['Första sidan', 'Andra sidan', 'Tredje sidan']);
    expect(screen.queryByText('Det här är kvar innan modulen räknas som klar:')).toBeNull();
    const next = screen.getByRole('link', { name: 'Nästa modul: Beta-modulen' });
    // The way on: the next module first, then all modules, together in one row where they fit.
    expect([...(next.parentElement?.children ?? [])].map((a) => a.textContent)).toEqual([
      'Nästa modul: Beta-modulen',
      'Alla moduler',
    ]);
  });

  it('claims nothing covered when no page was seen', () => {
    renderEnd(emptyProgress(fixtureCourse));
    expect(screen.queryByRole('heading', { level: 3, name: 'Det här har du gått igenom' })).toBeNull();
    expect(screen.getAllByRole('link', { name: /sidan$/ }).map((a) => a.textContent)).toEqual([
      'Första sidan',
      'Andra sidan',
      'Tredje sidan',
    ]);
  });
});
