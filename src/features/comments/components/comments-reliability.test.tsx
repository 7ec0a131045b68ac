import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http } from 'msw';
import { db } from '@/mocks/db';
import { wpError } from '@/mocks/handlers/wp-response';
import { server } from '@/mocks/node';
import { scenarioHandlers } from '@/mocks/scenarios';
import { renderWithProviders } from '../../../../test/render-app';
import { CommentsSection } from './comments-section';

const emptyPost = () => db.posts.find((post) => post.comment_status === 'open' && !post.password && !db.comments.some((c) => c.post === post.id))!.id;

function renderComments(postId = emptyPost()) {
  return renderWithProviders(<CommentsSection postId={postId} postTitle="A post" commentsOpen />);
}

/** The form is folded until the reader starts a comment; opened once, it stays open. */
async function openForm(user: ReturnType<typeof userEvent.setup>) {
  const open = screen.queryByRole('form', { name: 'Leave a comment' });
  if (open) return open;
  await user.click(await screen.findByRole('button', { name: /^(Leave a comment|Continue your comment)$/ }));
  return screen.getByRole('form', { name: 'Leave a comment' });
}

async function fill(user: ReturnType<typeof userEvent.setup>, content: string, { name = 'Ada Lovelace', email = 'ada@example.com' } = {}) {
  const form = await openForm(user);
  const nameField = within(form).getByLabelText('Name');
  await user.clear(nameField);
  if (name) await user.type(nameField, name);
  await user.clear(within(form).getByLabelText('Email'));
  if (email) await user.type(within(form).getByLabelText('Email'), email);
  await user.click(within(form).getByLabelText('Comment'));
  await user.paste(content);
  return form;
}

describe('comments against a site that misbehaves', () => {
  // A newcomer's comment would wait for moderation (the mock's default, as WordPress's); these tests want it shown.
  beforeEach(() => {
    db.settings.commentPreviouslyApproved = false;
  });

  it('takes "already posted" after a lost answer as the success it was: shows the comment and clears the box', async () => {
    server.use(...scenarioHandlers('comment-answer-lost'));
    const { user } = renderComments();
    const form = await fill(user, 'Stored, but the answer got lost');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('could not reach the news server');
    await user.click(within(form).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Your comment was posted.')).toBeInTheDocument();
    expect(await screen.findByRole('article', { name: 'Comment by Ada Lovelace' })).toHaveTextContent('Stored, but the answer got lost');
    // The form folded away as after any post; opened again, it is empty.
    expect(within(await openForm(user)).getByLabelText('Comment')).toHaveValue('');
    expect(screen.queryByText(/already posted/)).toBeNull();
  });

  it('takes down an earlier "posted" notice when a later comment fails', async () => {
    const { user } = renderComments();
    let form = await fill(user, 'First one');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Your comment was posted.')).toBeInTheDocument();
    server.use(http.post('*/wp-json/wp/v2/comments', () => wpError(500, 'internal_server_error', 'There has been a critical error on this website.')));
    form = await openForm(user);
    await user.click(within(form).getByLabelText('Comment'));
    await user.paste('Second one');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('error 500');
    expect(screen.queryByText('Your comment was posted.')).toBeNull();
  });

  it('refuses a comment of only zero-width spaces, and sends nothing', async () => {
    let sent = 0;
    server.use(http.post('*/wp-json/wp/v2/comments', () => void (sent += 1)));
    const { user } = renderComments();
    const form = await fill(user, '\u200B\u200B\u200B\uFEFF');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(within(form).getByLabelText('Comment')).toHaveAccessibleDescription(/Please write a comment\./);
    expect(sent).toBe(0);
  });

  it('refuses an address with an empty domain label, like the site does', async () => {
    const { user } = renderComments();
    const form = await fill(user, 'Hello', { email: 'a@b..com' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(within(form).getByLabelText('Email')).toHaveAccessibleDescription('Please enter an email address like name@example.com.');
  });

  it('ends WordPress’s own words with a full stop before saying the text is kept', async () => {
    server.use(http.post('*/wp-json/wp/v2/comments', () => wpError(403, 'rest_cookie_invalid_nonce', 'Cookie check failed')));
    const { user } = renderComments();
    const form = await fill(user, 'Nonce trouble');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your comment could not be posted. Cookie check failed. Your text is still here.');
  });

  it('shows a whole emoji as an avatar initial, never half of one', async () => {
    const postId = emptyPost();
    db.comments.push({ ...db.comments.find((c) => c.status === 'approved')!, id: 9001, post: postId, parent: 0, author_name: 'Zed 😀' });
    renderComments(postId);
    const comment = await screen.findByRole('article', { name: 'Comment by Zed 😀' });
    expect(comment).toHaveTextContent(/^Z😀/);
  });

  it('ignores a remembered name that is too long to be real, and sends none of it', async () => {
    localStorage.setItem('comment-author', JSON.stringify({ name: 'A'.repeat(2_000_000), email: 'ada@example.com' }));
    let sentName = '';
    server.use(
      http.post('*/wp-json/wp/v2/comments', async ({ request }) => {
        sentName = ((await request.clone().json()) as { author_name: string }).author_name;
      }),
    );
    const { user } = renderComments();
    const form = await openForm(user);
    expect(within(form).getByLabelText('Name')).toHaveValue('');
    await fill(user, 'Short name please', { name: 'Ada' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(sentName).toBe('Ada'));
    expect(localStorage.getItem('comment-author')).not.toContain('AAAA');
  });
});
