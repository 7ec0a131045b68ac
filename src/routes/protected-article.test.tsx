import { screen, waitFor, within } from '@testing-library/react';
import { db } from '@/mocks/db';
import { renderApp } from '../../test/render-app';
import { tryWrongPassword } from '../../test/password-form';

const locked = () => db.posts.find((post) => post.password)!;

describe('a password-protected article', () => {
  // A newcomer's comment would wait for moderation (the mock's default, as WordPress's); these tests want it shown.
  beforeEach(() => {
    db.settings.commentPreviouslyApproved = false;
  });

  it('says it is protected, offers a password field, and keeps its comments and form closed', async () => {
    renderApp(`/news/${locked().slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Meet Us at the Marine Expo in Shanghai' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'This article is protected' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    // Its length is hidden with its text: no "1 min read" for a body nobody can see.
    expect(screen.queryByText(/min read/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Leave a comment' })).toBeNull();
    expect(screen.queryByText('Loading comment count')).toBeNull();
  });

  it('says a wrong password is wrong and keeps it, then opens the text, comments and form for the right one', async () => {
    const { user } = renderApp(`/news/${locked().slug}`);
    const field = await tryWrongPassword(user);

    await user.clear(field);
    await user.type(field, locked().password);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByText(/our stand at the marine exhibition/i, { selector: 'p' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'This article is protected' })).toBeNull();
    expect(screen.getByText(/\b\d+ min read$/)).toBeInTheDocument();
    expect(await screen.findByText('See you at the stand on Thursday.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2 comments' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Leave a comment' }));
    const form = screen.getByRole('form', { name: 'Leave a comment' });
    await user.type(within(form).getByLabelText('Name'), 'Ada Lovelace');
    await user.type(within(form).getByLabelText('Email'), 'ada@example.com');
    await user.type(within(form).getByLabelText('Comment'), 'Booked my ticket.');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Your comment was posted.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('article', { name: 'Comment by Ada Lovelace' })).toHaveTextContent('Booked my ticket.'));
  });

  describe('the password, kept for the tab’s session only', () => {
    const storedAnywhere = (password: string) =>
      [sessionStorage, localStorage].flatMap((storage) => Object.keys(storage).map((key) => ({ storage, value: storage.getItem(key) }))).filter(({ value }) => value?.includes(password));

    it('opens the article again in this tab without asking, and keeps it out of lasting storage and the address', async () => {
      const first = renderApp(`/news/${locked().slug}`);
      await first.user.type(await screen.findByLabelText('Password', {}, { timeout: 5000 }), locked().password);
      await first.user.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByText(/our stand at the marine exhibition/i, { selector: 'p' })).toBeInTheDocument();
      expect(first.router.state.location.search + first.router.state.location.hash).not.toContain(locked().password);
      const kept = storedAnywhere(locked().password);
      expect(kept).toHaveLength(1);
      expect(kept[0]!.storage).toBe(sessionStorage);
      first.unmount();

      // A later visit in the same tab: text and comments at once, no form.
      renderApp(`/news/${locked().slug}`);
      expect(await screen.findByText(/our stand at the marine exhibition/i, { selector: 'p' }, { timeout: 5000 })).toBeInTheDocument();
      expect(await screen.findByText('See you at the stand on Thursday.')).toBeInTheDocument();
      expect(screen.queryByLabelText('Password')).toBeNull();
    });

    it('keeps no password WordPress refused', async () => {
      const { user } = renderApp(`/news/${locked().slug}`);
      await user.type(await screen.findByLabelText('Password', {}, { timeout: 5000 }), 'guess');
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('That password is not right.');
      expect(storedAnywhere('guess')).toEqual([]);
    });

    it('asks again, and forgets the old one, when the editor has changed the password since', async () => {
      const { user, unmount } = renderApp(`/news/${locked().slug}`);
      await user.type(await screen.findByLabelText('Password', {}, { timeout: 5000 }), locked().password);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      await screen.findByText(/our stand at the marine exhibition/i, { selector: 'p' });
      unmount();
      const old = locked().password;
      locked().password = 'changed-since';

      renderApp(`/news/${locked().slug}`);
      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('That password is not right.'), { timeout: 5000 });
      expect(screen.getByLabelText('Password')).toBeInTheDocument();
      expect(screen.queryByText(/our stand at the marine exhibition/i, { selector: 'p' })).toBeNull();
      expect(storedAnywhere(old)).toEqual([]);
    });
  });
});
