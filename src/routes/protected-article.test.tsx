import { screen, waitFor, within } from '@testing-library/react';
import { db } from '@/mocks/db';
import { renderApp } from '../../test/render-app';

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
    const field = await screen.findByLabelText('Password', {}, { timeout: 5000 });
    await user.type(field, 'guess');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That password is not right.');
    expect(field).toHaveValue('guess');
    expect(field).toHaveAttribute('aria-invalid', 'true');

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
});
