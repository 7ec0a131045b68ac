import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { invalidParam } from '@/mocks/handlers/wp-response';
import { server } from '@/mocks/node';
import { renderWithProviders } from '../../../../test/render-app';
import { CommentsSection } from './comments-section';

function renderComments(postId: number, commentsOpen = true) {
  return renderWithProviders(<CommentsSection postId={postId} postTitle="A post" commentsOpen={commentsOpen} />);
}

const threadedPost = () => db.comments.find((comment) => comment.parent > 0 && comment.status === 'approved')!.post;
const emptyPost = () => db.posts.find((post) => post.comment_status === 'open' && !db.comments.some((comment) => comment.post === post.id))!.id;

/** The form stays folded until the reader starts a comment. */
async function openForm(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /^(Leave a comment|Continue your comment)$/ }));
  return screen.getByRole('form', { name: 'Leave a comment' });
}

async function fillForm(user: ReturnType<typeof userEvent.setup>, { name = 'Ada Lovelace', email = 'ada@example.com', content = 'A fine article.' } = {}) {
  const form = await openForm(user);
  if (name) await user.type(within(form).getByLabelText('Name'), name);
  if (email) await user.type(within(form).getByLabelText('Email'), email);
  if (content) await user.type(within(form).getByLabelText('Comment'), content);
  return form;
}

describe('the comment form', () => {
  // These tests post as readers new to the site. By default WordPress holds such a first comment;
  // here the site publishes comments at once (its Discussion settings), unless a test says otherwise.
  beforeEach(() => {
    db.settings.commentPreviouslyApproved = false;
  });

  it('posts a comment and shows it in the thread', async () => {
    const { user } = renderComments(emptyPost());
    expect(await screen.findByRole('heading', { level: 2, name: /No comments yet/ })).toBeInTheDocument();
    const form = await fillForm(user, { content: 'Great news for the team!' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Your comment was posted.')).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Comment by Ada Lovelace' })).toHaveTextContent('Great news for the team!');
    expect(screen.getByRole('heading', { level: 2, name: /^1 comment/ })).toBeInTheDocument();
    // The form folds away and the reader lands on what they wrote.
    expect(screen.queryByRole('form', { name: 'Leave a comment' })).toBeNull();
    await waitFor(() => expect(screen.getByRole('article', { name: 'Comment by Ada Lovelace' })).toHaveFocus());
    const again = await openForm(user);
    expect(within(again).getByLabelText('Comment')).toHaveValue('');
    expect(within(again).getByLabelText('Name')).toHaveValue('Ada Lovelace');
  });

  it('keeps the form folded until the reader starts a comment, and keeps what they typed when they fold it', async () => {
    const { user } = renderComments(emptyPost());
    await screen.findByRole('heading', { level: 2, name: /No comments yet/ });
    expect(screen.queryByRole('form', { name: 'Leave a comment' })).toBeNull();
    const form = await openForm(user);
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    await user.type(within(form).getByLabelText('Name'), 'Ada');
    await user.type(within(form).getByLabelText('Comment'), 'Half written');
    await user.click(within(form).getByRole('button', { name: 'Hide form' }));
    expect(screen.queryByRole('form', { name: 'Leave a comment' })).toBeNull();
    const resume = screen.getByRole('button', { name: 'Continue your comment' });
    expect(resume).toHaveFocus();
    await user.click(resume);
    const reopened = screen.getByRole('form', { name: 'Leave a comment' });
    expect(within(reopened).getByLabelText('Name')).toHaveValue('Ada');
    // The name is there: the reader goes on with the comment itself.
    expect(within(reopened).getByLabelText('Comment')).toHaveValue('Half written');
    expect(within(reopened).getByLabelText('Comment')).toHaveFocus();
  });

  it('answers a comment in its thread', async () => {
    const postId = threadedPost();
    const { user } = renderComments(postId);
    const first = (await screen.findAllByRole('article'))[0]!;
    await user.click(within(first).getByRole('button', { name: /^Reply to/ }));
    const form = screen.getByRole('form', { name: /^Reply to/ });
    expect(within(form).getByLabelText('Comment')).toHaveFocus();
    await user.type(within(form).getByLabelText('Name'), 'Bo');
    await user.type(within(form).getByLabelText('Email'), 'bo@example.com');
    await user.type(within(form).getByLabelText('Comment'), 'Replying here');
    await user.click(within(form).getByRole('button', { name: 'Post reply' }));
    const posted = await screen.findByRole('article', { name: 'Comment by Bo' });
    expect(first.closest('li')).toContainElement(posted);
  });

  it('checks the form inline and sends nothing until it is right', async () => {
    const { user } = renderComments(emptyPost());
    const form = await openForm(user);
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription('Please enter your name.');
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    await user.type(within(form).getByLabelText('Name'), 'Ada');
    await user.type(within(form).getByLabelText('Email'), 'not-an-email');
    await user.tab();
    expect(within(form).getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Please enter an email address like name@example.com.')).toBeInTheDocument();
    expect(screen.getByText('Please write a comment.')).toBeInTheDocument();
    expect(screen.queryByText('Your comment was posted.')).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: /No comments yet/ })).toBeInTheDocument();
  });

  it('says when a comment awaits moderation and keeps it out of the list', async () => {
    db.settings.commentModeration = true;
    const { user } = renderComments(emptyPost());
    const form = await fillForm(user, { content: 'Please approve me' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Your comment is awaiting moderation.')).toBeInTheDocument();
    expect(screen.getByText('Please approve me')).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('holds a new reader’s first comment on a site with WordPress’s default settings', async () => {
    db.settings.commentPreviouslyApproved = true;
    const { user } = renderComments(emptyPost());
    const form = await fillForm(user, { content: 'My first words here' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Your comment is awaiting moderation.')).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('explains a site that needs a login, and keeps the text', async () => {
    db.settings.commentRegistrationRequired = true;
    const { user } = renderComments(emptyPost());
    const form = await fillForm(user, { content: 'My long thoughts' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('only accepts comments from signed-in users');
    expect(within(form).getByLabelText('Comment')).toHaveValue('My long thoughts');
  });

  it('keeps the text through a server error and posts on retry', async () => {
    let failing = true;
    server.use(http.post('*/wp-json/wp/v2/comments', () => (failing ? new HttpResponse('Bad gateway', { status: 502 }) : undefined)));
    const { user } = renderComments(emptyPost());
    const form = await fillForm(user, { content: 'Worth keeping' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The news server had a problem (error 502)');
    expect(within(form).getByLabelText('Comment')).toHaveValue('Worth keeping');
    failing = false;
    await user.click(within(form).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'Comment by Ada Lovelace' })).toHaveTextContent('Worth keeping');
  });

  it('carries the typed text into a reply and back, and returns focus to the Reply button on cancel', async () => {
    const { user } = renderComments(threadedPost());
    const top = await fillForm(user, { content: 'Half a thought' });
    const first = (await screen.findAllByRole('article'))[0]!;
    const replyButton = within(first).getByRole('button', { name: /^Reply to/ });
    await user.click(replyButton);
    expect(screen.queryByRole('form', { name: 'Leave a comment' })).toBeNull();
    expect(top).not.toBeInTheDocument();
    const reply = screen.getByRole('form', { name: /^Reply to/ });
    expect(within(reply).getByLabelText('Comment')).toHaveValue('Half a thought');
    expect(within(reply).getByLabelText('Name')).toHaveValue('Ada Lovelace');
    await user.type(within(reply).getByLabelText('Comment'), ', finished');
    await user.click(within(reply).getByRole('button', { name: 'Cancel reply' }));
    expect(replyButton).toHaveFocus();
    expect(within(screen.getByRole('form', { name: 'Leave a comment' })).getByLabelText('Comment')).toHaveValue('Half a thought, finished');
  });

  it('marks the field the site refused, keeps the text and does not offer the same request again', async () => {
    server.use(http.post('*/wp-json/wp/v2/comments', () => invalidParam('author_email', 'Invalid email address.')));
    const { user } = renderComments(emptyPost());
    const form = await fillForm(user, { email: 'ada@example.invalid', content: 'Kept through a refusal' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Please check the fields marked below.');
    const email = within(form).getByLabelText('Email');
    expect(email).toHaveAccessibleDescription('The site did not accept this email address.');
    expect(email).toHaveFocus();
    expect(within(form).getByLabelText('Comment')).toHaveValue('Kept through a refusal');
    expect(within(form).queryByRole('button', { name: 'Try again' })).toBeNull();
    await user.type(email, 'x');
    expect(email).not.toHaveAttribute('aria-invalid');
  });

  it('refuses the same comment twice in one place, as WordPress does, but not the same words under another comment', async () => {
    const postId = threadedPost();
    const { user } = renderComments(postId);
    let form = await fillForm(user, { content: 'Thanks!' });
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Your comment was posted.')).toBeInTheDocument();
    form = await openForm(user);
    await user.type(within(form).getByLabelText('Comment'), 'Thanks!');
    await user.click(within(form).getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You have already posted this comment.');
    expect(within(form).getByLabelText('Comment')).toHaveValue('Thanks!');
    const first = screen.getAllByRole('article')[0]!;
    await user.click(within(first).getByRole('button', { name: /^Reply to/ }));
    const reply = screen.getByRole('form', { name: /^Reply to/ });
    await user.click(within(reply).getByRole('button', { name: 'Post reply' }));
    const posted = await screen.findAllByRole('article', { name: 'Comment by Ada Lovelace' });
    expect(posted).toHaveLength(2);
    const inThread = within(first.closest('li')!).getByRole('article', { name: 'Comment by Ada Lovelace' });
    expect(inThread).toHaveTextContent('Thanks!');
    await waitFor(() => expect(inThread).toHaveFocus());
  });
});
