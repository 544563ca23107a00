// The links for whoever leads a group, which the start page's section on group use shows.
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/core/messages/en';
import { sv, type Messages } from '../../src/core/messages/sv';
import { MessagesContext } from '../../src/app/state/use-messages';
import { GroupLinks } from '../../src/app/ui/group-links';

const renderIn = (messages: Messages) =>
  render(
    <MessagesContext.Provider value={messages}>
      <GroupLinks courseId="test" />
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

  it('opens the facilitator view in a second window at #/handledare', () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderIn(sv);
    fireEvent.click(screen.getByRole('button', { name: 'Handledarvy (öppnas i ett nytt fönster)' }));
    expect(open).toHaveBeenCalledWith(expect.stringMatching(/#\/handledare$/), 'handledarvy-test', expect.any(String));
    open.mockRestore();
  });
});
