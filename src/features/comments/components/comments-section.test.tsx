import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { server } from '@/mocks/node';
import { executableParts } from '../../../../test/inert-markup';
import { renderWithProviders } from '../../../../test/render-app';
import { CommentsSection } from './comments-section';

function renderComments(postId: number, commentsOpen = true) {
  return renderWithProviders(<CommentsSection postId={postId} postTitle="A post" commentsOpen={commentsOpen} />);
}

const threadedPost = () => db.comments.find((comment) => comment.parent > 0 && comment.status === 'approved')!.post;

/** Reading the comments; writing one is in comment-form.test.tsx. */
describe('comments', () => {
  it('shows threads with replies under their parent and a count that matches', async () => {
    const postId = threadedPost();
    const approved = db.comments.filter((comment) => comment.post === postId && comment.status === 'approved');
    renderComments(postId);
    expect(await screen.findByRole('heading', { level: 2, name: new RegExp(`^${approved.length} comments`) })).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(approved.length);
    const reply = approved.find((comment) => comment.parent > 0)!;
    const parent = approved.find((comment) => comment.id === reply.parent)!;
    const parentItem = document.getElementById(`comment-${parent.id}`)!.closest('li')!;
    expect(within(parentItem).getAllByRole('article').map((article) => article.id)).toContain(`comment-${reply.id}`);
    expect(screen.queryByText('Waiting for a moderator.')).toBeNull();
  });

  it('stamps each comment with the site’s time and names its zone', async () => {
    const postId = threadedPost();
    const first = db.comments.filter((comment) => comment.post === postId && comment.status === 'approved' && comment.parent === 0)[0]!;
    renderComments(postId);
    const item = await screen.findByRole('article', { name: `Comment by ${first.author_name}` });
    await waitFor(() => expect(within(item).getByText(/ at \d{1,2}:\d\d [AP]M GMT\+8$/)).toBeInTheDocument());
  });

  it('offers no form when comments are closed, and says so', async () => {
    const closed = db.posts.find((post) => post.comment_status === 'closed')!;
    renderComments(closed.id, false);
    expect(await screen.findByText('Comments are closed for this article.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('renders nothing executable from hostile HTML in a comment', async () => {
    server.use(
      http.get('*/wp-json/wp/v2/comments', () =>
        HttpResponse.json(
          [
            {
              id: 1,
              post: 5,
              parent: 0,
              author_name: '<b>Mallory</b>',
              date: '2024-01-01T10:00:00',
              content: { rendered: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><p>hi <a href="javascript:window.__pwned=1">there</a></p>' },
            },
          ],
          { headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' } },
        ),
      ),
    );
    renderComments(5);
    const comment = await screen.findByRole('article', { name: 'Comment by <b>Mallory</b>' });
    expect(comment).toHaveTextContent('hi there');
    expect(executableParts(comment)).toEqual([]);
    expect(within(comment).getByText('there')).not.toHaveAttribute('href');
  });

  it('shows a failure to load with a retry', async () => {
    let failing = true;
    server.use(http.get('*/wp-json/wp/v2/comments', () => (failing ? HttpResponse.error() : undefined)));
    const { user } = renderComments(threadedPost());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The comments could not be loaded');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThan(0));
  });
});
