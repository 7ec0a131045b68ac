import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { wpError } from '@/mocks/handlers/wp-response';
import { server } from '@/mocks/node';
import { scenarioHandlers } from '@/mocks/scenarios';
import { htmlToText } from '@/lib/html';
import { renderApp } from '../../test/render-app';

const newestFirst = () => db.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
const firstPage = () => newestFirst().slice(0, 10);
const approvedCount = (postId: number) => db.comments.filter((c) => c.post === postId && c.status === 'approved').length;
const countText = (n: number) => `${n} ${n === 1 ? 'comment' : 'comments'}`;
// The first view of a test file loads the route's code as well: give it time.
const cardOf = async (title: string) => (await screen.findByRole('link', { name: htmlToText(title) }, { timeout: 5000 })).closest('article')!;

describe('comment counts on a list', () => {
  it('counts every post but a password-protected one, which says it is protected and never stays "loading"', async () => {
    const locked = firstPage().find((post) => post.password);
    if (!locked) throw new Error('the seed should have a protected post on the first page');
    const counted = firstPage().find((post) => !post.password && approvedCount(post.id) > 0)!;
    renderApp('/');
    const card = await cardOf(counted.title);
    await waitFor(() => expect(card).toHaveTextContent(`| ${countText(approvedCount(counted.id))}`));
    const lockedCard = await cardOf(locked.title);
    expect(lockedCard).toHaveTextContent('This article is protected by a password.');
    expect(within(lockedCard).queryByText('Loading comment count')).toBeNull();
    expect(lockedCard).not.toHaveTextContent(/comments?$/);
  });

  it('asks post by post when WordPress refuses the batch, and leaves out only the post it will not count', async () => {
    const refused = firstPage().find((post) => !post.password && approvedCount(post.id) === 0)!;
    const counted = firstPage().find((post) => !post.password && approvedCount(post.id) > 0)!;
    server.use(
      http.get('*/wp-json/wp/v2/comments', ({ request }) => {
        const ids = new URL(request.url).searchParams.get('post')?.split(',') ?? [];
        if (ids.includes(String(refused.id))) return wpError(401, 'rest_cannot_read_post', 'Sorry, you are not allowed to read the post for this comment.');
      }),
    );
    renderApp('/');
    const card = await cardOf(counted.title);
    await waitFor(() => expect(card).toHaveTextContent(`| ${countText(approvedCount(counted.id))}`));
    const refusedCard = await cardOf(refused.title);
    await waitFor(() => expect(within(refusedCard).queryByText('Loading comment count')).toBeNull());
    expect(refusedCard).not.toHaveTextContent(/comments?$/);
  });

  it('stops saying "loading" when the counts cannot be had at all', async () => {
    server.use(http.get('*/wp-json/wp/v2/comments', () => HttpResponse.error()));
    renderApp('/');
    await screen.findAllByRole('heading', { level: 2 });
    await waitFor(() => expect(screen.queryAllByText('Loading comment count')).toHaveLength(0));
  });
});

describe('a list whose pagination headers a proxy stripped', () => {
  it('offers Older and Newer links, judged by whether a full page came back', async () => {
    server.use(...scenarioHandlers('no-paging-headers'));
    const { user } = renderApp('/');
    const pages = await screen.findByRole('navigation', { name: 'Article pages' }, { timeout: 5000 });
    expect(within(pages).queryByRole('link', { name: /Newer/ })).toBeNull();
    await user.click(within(pages).getByRole('link', { name: /Older articles/ }));
    expect(await screen.findByRole('link', { name: htmlToText(newestFirst()[10]!.title) }, { timeout: 5000 })).toBeInTheDocument();
    const second = screen.getByRole('navigation', { name: 'Article pages' });
    expect(within(second).getByRole('link', { name: /Newer articles/ })).toHaveAttribute('href', '/');
  });

  it('offers no Older link after a page that came back short', async () => {
    server.use(...scenarioHandlers('no-paging-headers'));
    // The last page must come back short: of a site with a multiple of ten articles, one is unpublished.
    // The home list's pages are those of the posts that are not sticky (these come first, on page 1 only).
    const paged = () => newestFirst().filter((post) => !post.sticky);
    if (paged().length % 10 === 0) paged().at(-1)!.status = 'draft';
    const lastPage = Math.ceil(paged().length / 10);
    renderApp(`/page/${lastPage}/`);
    const pages = await screen.findByRole('navigation', { name: 'Article pages' }, { timeout: 5000 });
    expect(within(pages).getByRole('link', { name: /Newer articles/ })).toBeInTheDocument();
    expect(within(pages).queryByRole('link', { name: /Older articles/ })).toBeNull();
  });
});

describe('one bad post in a list', () => {
  it('shows the good posts, shows the bad one without what could not be read, and says so once in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.use(...scenarioHandlers('bad-post'));
    const [first, second] = firstPage();
    renderApp('/');
    expect(await screen.findByRole('link', { name: htmlToText(first!.title) })).toBeInTheDocument();
    // The sticky post comes first (its own request, of one post), then the ten newest, the second of them bad.
    const cards = screen.getAllByRole('article');
    expect(cards).toHaveLength(11);
    expect(within(cards[2]!).getByRole('heading', { level: 2 })).toHaveTextContent('(untitled)');
    expect(screen.queryByRole('alert')).toBeNull();
    const reports = warn.mock.calls.filter(([message]) => String(message).includes(`post ${second!.id}`));
    expect(reports).toHaveLength(1);
  });
});
