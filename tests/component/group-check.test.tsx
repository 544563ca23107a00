// A knowledge check on the projector: the room sees question and options, then "Visa svaret" shows
// the right option and the feedback. Nothing is answered or recorded.
import { act, fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { CheckBlock } from '../../src/core/course/types';
import { sv } from '../../src/core/messages';
import { MessagesContext } from '../../src/app/state/use-messages';
import { GroupCheck } from '../../src/app/ui/projector/group-check';
import { fixtureCourse, renderWithApp } from './render-app';

const rich = (text: string) => ({ html: text, text });
const check: CheckBlock = {
  kind: 'kunskapskontroll',
  id: 'm/p/k1',
  question: rich('<p>Vilken stad ligger i Norrbotten?</p>'),
  options: [rich('Malmö'), rich('Piteå'), rich('Visby')],
  correct: 1,
  optionFeedback: [rich('<p>Malmö ligger i Skåne.</p>'), rich('<p>Ja, vid Piteälven.</p>'), null],
  feedback: rich('<p>Piteå ligger i Norrbotten.</p>'),
};

const renderCheck = (block: CheckBlock, answerShown?: boolean) =>
  render(
    <MessagesContext.Provider value={sv}>
      <GroupCheck block={block} answerShown={answerShown} />
    </MessagesContext.Provider>,
  );

const options = () => within(screen.getByRole('list')).getAllByRole('listitem');
const reveal = async () => {
  await act(() => {
    fireEvent.click(screen.getByRole('button', { name: 'Visa svaret' }));
  });
};

/** Nothing in the check that takes or keeps an answer. */
function expectNothingToAnswer() {
  expect(screen.queryAllByRole('radio')).toEqual([]);
  expect(screen.queryAllByRole('checkbox')).toEqual([]);
  expect(screen.queryAllByRole('textbox')).toEqual([]);
  expect(document.querySelector('form, input, select, textarea')).toBeNull();
  expect(screen.queryByRole('button', { name: 'Svara' })).toBeNull();
}

describe('GroupCheck', () => {
  it('shows the question and the options with their letters, and nothing to answer with', () => {
    renderCheck(check);
    const region = screen.getByRole('region', { name: 'Kunskapskontroll' });
    expect(within(region).getByText('Vilken stad ligger i Norrbotten?')).toBeTruthy();
    expect(options().map((li) => li.textContent)).toEqual(['AMalmö', 'BPiteå', 'CVisby']);
    expectNothingToAnswer();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['Visa svaret']);
  });

  it('keeps the answer and the feedback hidden until asked', () => {
    renderCheck(check);
    expect(screen.queryByText(/rätt svar/i)).toBeNull();
    expect(screen.queryByText('Piteå ligger i Norrbotten.')).toBeNull();
    expect(screen.queryByText('Ja, vid Piteälven.')).toBeNull();
    expect(document.querySelector('.is-right')).toBeNull();
  });

  it('marks the right option in words on “Visa svaret”, and only that one', async () => {
    renderCheck(check);
    await reveal();
    const [malmo, pitea, visby] = options();
    // The mark is text, not colour only: the word is in the option itself.
    expect(pitea?.textContent).toBe('BPiteå✓ rätt svar');
    expect(within(pitea as HTMLElement).getByText('rätt svar')).toBeTruthy();
    expect(malmo?.textContent).toBe('AMalmö');
    expect(visby?.textContent).toBe('CVisby');
    // The tick is decoration; the words carry the meaning.
    expect(pitea?.querySelector('[aria-hidden="true"]')?.textContent).toBe('✓ ');
  });

  it('shows the verdict, the right option’s own feedback and the general feedback, in that order', async () => {
    renderCheck(check);
    await reveal();
    const answer = screen.getByText('Rätt svar: B').parentElement as HTMLElement;
    expect([...answer.children].map((p) => p.textContent)).toEqual([
      'Rätt svar: B',
      'Ja, vid Piteälven.',
      'Piteå ligger i Norrbotten.',
    ]);
    // Other options' own feedback is for a learner who chose them: not shown to the room.
    expect(screen.queryByText('Malmö ligger i Skåne.')).toBeNull();
  });

  it('replaces the button by the answer and moves focus there', async () => {
    renderCheck(check);
    await reveal();
    expect(screen.queryByRole('button', { name: 'Visa svaret' })).toBeNull();
    const focused = document.activeElement as HTMLElement;
    expect(focused.textContent).toContain('Rätt svar: B');
    expect(focused.textContent).toContain('Piteå ligger i Norrbotten.');
    expect(focused.getAttribute('tabindex')).toBe('-1');
  });

  it('shows only the general feedback when the right option has none of its own', async () => {
    renderCheck({ ...check, correct: 2, optionFeedback: undefined });
    await reveal();
    expect(options()[2]?.textContent).toBe('CVisby✓ rätt svar');
    const answer = screen.getByText('Rätt svar: C').parentElement as HTMLElement;
    expect([...answer.children].map((p) => p.textContent)).toEqual(['Rätt svar: C', 'Piteå ligger i Norrbotten.']);
  });

  it('shows the answer from the start in the facilitator’s preview, without the button or moving focus', () => {
    renderCheck(check, true);
    expect(screen.queryByRole('button')).toBeNull();
    expect(options()[1]?.textContent).toBe('BPiteå✓ rätt svar');
    expect(screen.getByText('Rätt svar: B')).toBeTruthy();
    expect(screen.getByText('Piteå ligger i Norrbotten.')).toBeTruthy();
    expect(document.activeElement).toBe(document.body);
    expectNothingToAnswer();
  });

  it('records nothing in the course’s progress', async () => {
    const block = fixtureCourse.modules[0]?.pages[2]?.blocks.find((b) => b.kind === 'kunskapskontroll');
    expect(block).toBeDefined();
    const { app } = renderWithApp(<GroupCheck block={block as CheckBlock} />);
    const before = JSON.stringify(app.state.progress.value);
    await reveal();
    expect(screen.getByText('Rätt svar: B')).toBeTruthy();
    expect(screen.getByText('Ja, det här stämmer.')).toBeTruthy();
    expectNothingToAnswer();
    expect(JSON.stringify(app.state.progress.value)).toBe(before);
  });
});
