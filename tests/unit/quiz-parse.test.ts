// Knowledge checks with feedback per option: an indented line under an option is that option's own feedback.
import { describe, expect, it } from 'vitest';
import { parseModule } from '../../scripts/course/parse-module';
import type { CheckBlock } from '../../src/core/course/types';

const ctx = { fileExists: (path: string) => path === 'images/nytta.svg' };
const FRONT_MATTER = [
  '---',
  'id: nytta',
  'title: Nytta',
  'order: 1',
  'minutes: 10',
  'summary: Varför.',
  'image: images/nytta.svg',
  'imageAlt: Bild',
  'objectives:',
  '  - Förklara',
  '---',
];

/** The one knowledge check of a page holding the given check lines. */
function check(...rows: string[]): CheckBlock {
  const module = parseModule(
    'm.md',
    [...FRONT_MATTER, '## Sida', '', ':::kunskapskontroll', 'Vilken nivå?', ...rows, ':::', ''].join('\n'),
    ctx,
  );
  const block = module.pages[0]!.blocks[0];
  if (block?.kind !== 'kunskapskontroll') throw new Error('no check');
  return block;
}

const texts = (rich: { text: string }[]) => rich.map((r) => r.text);

describe('feedback per option', () => {
  it.each<{ name: string; rows: string[]; options: string[]; feedback: (string | null)[] | undefined }>([
    {
      name: 'no option has feedback: no optionFeedback at all',
      rows: ['- [ ] Information', '- [x] Dialog', '', 'Allmänt.'],
      options: ['Information', 'Dialog'],
      feedback: undefined,
    },
    {
      name: 'an indented line under an option',
      rows: ['- [ ] Information', '  Nej, information går åt ett håll.', '- [x] Dialog', '', 'Allmänt.'],
      options: ['Information', 'Dialog'],
      feedback: ['Nej, information går åt ett håll.', null],
    },
    {
      name: 'every option, feedback over two lines',
      rows: ['- [x] Dialog', '  Ja: samtal', '  mellan jämlikar.', '- [ ] Information', '  Nej.', '', 'Allmänt.'],
      options: ['Dialog', 'Information'],
      feedback: ['Ja: samtal\nmellan jämlikar.', 'Nej.'],
    },
    {
      name: 'a feedback paragraph after a blank line (a loose list)',
      rows: ['- [ ] Information', '', '  Nej.', '', '  Ett andra stycke.', '- [x] Dialog', '', 'Allmänt.'],
      options: ['Information', 'Dialog'],
      feedback: ['Nej.\n\nEtt andra stycke.', null],
    },
    {
      name: 'the last option with feedback, then the general feedback',
      rows: ['- [ ] Information', '- [x] Dialog', '  Rätt.', '', 'Allmänt.'],
      options: ['Information', 'Dialog'],
      feedback: [null, 'Rätt.'],
    },
  ])('$name', ({ rows, options, feedback }) => {
    const block = check(...rows);
    expect(texts(block.options)).toEqual(options);
    expect(block.optionFeedback?.map((f) => f?.text ?? null)).toEqual(feedback);
    expect(block.feedback.text).toBe('Allmänt.');
  });

  it('renders an option the same with or without feedback under it', () => {
    const plain = check('- [ ] **Information**', '- [x] Dialog', '', 'Allmänt.');
    const withFeedback = check('- [ ] **Information**', '  Nej, *inte* så.', '- [x] Dialog', '', 'Allmänt.');
    expect(withFeedback.options).toEqual(plain.options);
    expect(withFeedback.options[0]).toEqual({ html: '<strong>Information</strong>', text: 'Information' });
    expect(withFeedback.optionFeedback?.[0]).toEqual({ html: '<p>Nej, <em>inte</em> så.</p>', text: 'Nej, inte så.' });
  });

  it('keeps the paragraphs of a loose list as paragraphs', () => {
    const block = check('- [ ] Information', '', '  Nej.', '', '- [x] Dialog', '', 'Allmänt.');
    expect(block.options.map((o) => o.html)).toEqual(['<p>Information</p>', '<p>Dialog</p>']);
  });

  it('does not change the right answer or the general feedback', () => {
    const block = check('- [ ] A', '  Fel.', '- [ ] B', '- [x] C', '  Rätt.', '', 'Allmänt **svar**.');
    expect(block.correct).toBe(2);
    expect(block.feedback).toEqual({ html: '<p>Allmänt <strong>svar</strong>.</p>', text: 'Allmänt svar.' });
    expect(block.optionFeedback?.map((f) => f?.text ?? null)).toEqual(['Fel.', null, 'Rätt.']);
  });
});
