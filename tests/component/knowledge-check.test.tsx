import { fireEvent, render, screen } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import type { CheckBlock } from '../../src/core/course/types';
import { sv } from '../../src/core/messages';
import { MessagesContext } from '../../src/app/state/use-messages';
import { KnowledgeCheck } from '../../src/app/ui/knowledge-check';

const rich = (text: string) => ({ html: text, text });
const check: CheckBlock = {
  kind: 'kunskapskontroll',
  id: 'm/p/k1',
  question: rich('<p>Vilken stad ligger i Norrbotten?</p>'),
  options: [rich('Malmö'), rich('Piteå'), rich('Visby')],
  correct: 1,
  feedback: rich('<p>Piteå ligger i Norrbotten.</p>'),
};

const inSwedish = (ui: ComponentChildren) => <MessagesContext.Provider value={sv}>{ui}</MessagesContext.Provider>;
const renderInSwedish = (ui: ComponentChildren) => render(inSwedish(ui));

describe('KnowledgeCheck', () => {
  it('offers the options as a radio group named by the question', () => {
    renderInSwedish(<KnowledgeCheck block={check} answer={undefined} onAnswer={() => {}} />);
    const group = screen.getByRole('group', { name: 'Vilken stad ligger i Norrbotten?' });
    expect(group).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      'AMalmö',
      'BPiteå',
      'CVisby',
    ]);
    expect(screen.getByRole('button', { name: 'Svara' })).toBeTruthy();
  });

  it('asks for a choice before answering', () => {
    const onAnswer = vi.fn();
    renderInSwedish(<KnowledgeCheck block={check} answer={undefined} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Svara' }));
    expect(screen.getByRole('alert').textContent).toBe('Välj ett svarsalternativ först.');
    expect(onAnswer).not.toHaveBeenCalled();
  });

  it('reports the chosen option', () => {
    const onAnswer = vi.fn();
    renderInSwedish(<KnowledgeCheck block={check} answer={undefined} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('radio', { name: /Visby/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Svara' }));
    expect(onAnswer).toHaveBeenCalledWith(2);
  });

  it('explains a wrong answer and names the right one', () => {
    renderInSwedish(<KnowledgeCheck block={check} answer={2} onAnswer={() => {}} />);
    expect(screen.getByText('Inte riktigt. Svaret som stämmer är B.')).toBeTruthy();
    expect(screen.getByText('Piteå ligger i Norrbotten.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Piteå \(rätt svar\)/ })).toBeTruthy();
    expect(screen.getByRole('radio', { name: /Visby \(ditt svar\)/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Svara' })).toBeNull();
  });

  it('confirms a right answer and marks the option as both chosen and right', () => {
    renderInSwedish(<KnowledgeCheck block={check} answer={1} onAnswer={() => {}} />);
    expect(screen.getByText('Bra! B stämmer.')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Piteå (ditt svar) (rätt svar)' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Visby' })).toBeTruthy();
  });

  it('keeps the chosen option checked and the marks in words, not only in colour', () => {
    renderInSwedish(<KnowledgeCheck block={check} answer={2} onAnswer={() => {}} />);
    const chosen = screen.getByRole('radio', { name: 'Visby (ditt svar)' }) as HTMLInputElement;
    expect(chosen.checked).toBe(true);
    expect(chosen.closest('label')?.querySelector('.check-mark')?.textContent).toBe('✗ ditt svar');
    expect(screen.getByRole('radio', { name: 'Piteå (rätt svar)' }).closest('label')?.textContent).toContain(
      '✓ rätt svar',
    );
  });

  it('lets the learner try again', () => {
    const onAnswer = vi.fn();
    renderInSwedish(<KnowledgeCheck block={check} answer={2} onAnswer={onAnswer} />);
    fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(
      screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked && !(r as HTMLInputElement).disabled),
    ).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /Piteå/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Svara' }));
    expect(onAnswer).toHaveBeenCalledWith(1);
  });

  describe('with feedback per option', () => {
    const withOwn: CheckBlock = {
      ...check,
      optionFeedback: [rich('<p>Malmö ligger i Skåne.</p>'), rich('<p>Ja, vid Piteälven.</p>'), null],
    };
    /** The feedback region's paragraphs, in reading order. */
    const feedbackTexts = () => [...document.querySelectorAll('.check-feedback p')].map((p) => p.textContent);

    it('shows the chosen wrong option’s feedback, then the general feedback', () => {
      renderInSwedish(<KnowledgeCheck block={withOwn} answer={0} onAnswer={() => {}} />);
      expect(feedbackTexts()).toEqual([
        'Inte riktigt. Svaret som stämmer är B.',
        'Malmö ligger i Skåne.',
        'Piteå ligger i Norrbotten.',
      ]);
      expect(screen.queryByText('Ja, vid Piteälven.')).toBeNull();
    });

    it('shows the right option’s own feedback after a right answer', () => {
      renderInSwedish(<KnowledgeCheck block={withOwn} answer={1} onAnswer={() => {}} />);
      expect(feedbackTexts()).toEqual(['Bra! B stämmer.', 'Ja, vid Piteälven.', 'Piteå ligger i Norrbotten.']);
      expect(screen.queryByText('Malmö ligger i Skåne.')).toBeNull();
    });

    it('shows only the general feedback for an option without its own', () => {
      renderInSwedish(<KnowledgeCheck block={withOwn} answer={2} onAnswer={() => {}} />);
      expect(feedbackTexts()).toEqual(['Inte riktigt. Svaret som stämmer är B.', 'Piteå ligger i Norrbotten.']);
    });

    it('shows no option’s feedback before the learner answers', () => {
      renderInSwedish(<KnowledgeCheck block={withOwn} answer={undefined} onAnswer={() => {}} />);
      expect(screen.queryByText('Malmö ligger i Skåne.')).toBeNull();
      expect(screen.queryByText('Ja, vid Piteälven.')).toBeNull();
    });

    it('shows the new choice’s feedback after trying again', () => {
      const { rerender } = renderInSwedish(<KnowledgeCheck block={withOwn} answer={0} onAnswer={() => {}} />);
      fireEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
      fireEvent.click(screen.getByRole('radio', { name: /Piteå/ }));
      fireEvent.click(screen.getByRole('button', { name: 'Svara' }));
      rerender(inSwedish(<KnowledgeCheck block={withOwn} answer={1} onAnswer={() => {}} />));
      expect(feedbackTexts()).toEqual(['Bra! B stämmer.', 'Ja, vid Piteälven.', 'Piteå ligger i Norrbotten.']);
    });
  });
});
