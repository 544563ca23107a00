// The links for whoever leads a group, which the start page's section on group use shows.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/core/messages/en';
import { sv, type Messages } from '../../src/core/messages/sv';
import { MessagesContext } from '../../src/app/state/use-messages';
import { GroupLinks } from '../../src/app/ui/group-links';

const renderIn = (messages: Messages) =>
  render(
    <MessagesContext.Provider value={messages}>
      <GroupLinks />
    </MessagesContext.Provider>,
  );

describe('GroupLinks', () => {
  it.each([
    [sv, 'Handledarguide'],
    [en, 'Facilitator guide'],
  ])('links to the facilitator guide in the course’s language', (messages, name) => {
    renderIn(messages);
    expect(screen.getByRole('link', { name }).getAttribute('href')).toBe('#/handledarguide');
  });
});
