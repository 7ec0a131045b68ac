import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { server } from '@/mocks/node';
import { htmlToText } from '@/lib/html';
import { pageDataFormat, pageDataQueries, resetPageData, type PageData } from '@/lib/page-data';
import { setRunningBuild } from '@/lib/static-build';
import { renderApp } from '../../test/render-app';

/**
 * A build's data file holds what the page was rendered from; here it is read
 * off a reader that rendered the same page on the mock WordPress, as the build
 * reads it off the page it prerendered.
 */
async function dataFileOf(path: string, ready: () => Promise<unknown>): Promise<PageData> {
  const { queryClient, unmount } = renderApp(path);
  await ready();
  const data: PageData = { format: pageDataFormat, code: 'build-a', path, queries: pageDataQueries(queryClient) };
  unmount();
  return data;
}

/** WordPress failing every request, and the requests that reached it. */
function wordpressDown() {
  const asked: string[] = [];
  server.use(
    http.all('*/wp-json/*', ({ request }) => {
      asked.push(new URL(request.url).pathname);
      return HttpResponse.json({ code: 'internal_server_error', message: 'Down.', data: { status: 503 } }, { status: 503 });
    }),
  );
  return asked;
}

const discussed = () => {
  const post = db.posts.find((candidate) => candidate.status === 'publish' && !candidate.password && db.comments.filter((comment) => comment.post === candidate.id && comment.status === 'approved').length >= 2)!;
  const comments = db.comments.filter((comment) => comment.post === post.id && comment.status === 'approved');
  return { post, comments, title: htmlToText(post.title) };
};

afterEach(() => {
  setRunningBuild(null);
  resetPageData();
});

describe('a view the build prerendered, opened in the browser', () => {
  it('comes from the build’s data file while WordPress is down, and keeps the build’s comments when the live read fails', async () => {
    const { post, comments, title } = discussed();
    const path = `/news/${post.slug}`;
    const file = await dataFileOf(path, () => screen.findAllByText(htmlToText(comments[0]!.content), { exact: false }));
    const asked = wordpressDown();
    server.use(http.get(`*${path}/index.json`, () => HttpResponse.json(file)));
    setRunningBuild('build-a');

    renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const thread = document.getElementById('comments')!;
    // The thread nears the viewport (at once in jsdom) and is read live; that fails, and the build's stays.
    expect(await within(thread).findByRole('status')).toHaveTextContent('Newer comments could not be loaded just now.');
    expect(within(thread).getAllByRole('article')).toHaveLength(comments.length);
    expect(screen.queryByRole('alert')).toBeNull();
    // WordPress was asked for the live thread only: nothing the article itself shows.
    await waitFor(() => expect(asked).toContain('/wp-json/wp/v2/comments'));
    expect(asked).not.toContain('/wp-json/wp/v2/posts');
  });

  it('opens the list from its data file with WordPress down, with its comment counts', async () => {
    const file = await dataFileOf('/', () => screen.findAllByText(/\d+ comments?$/));
    const asked = wordpressDown();
    server.use(http.get('*/index.json', () => HttpResponse.json(file)));
    setRunningBuild('build-a');

    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    // The sticky post, then the ten newest.
    expect(await screen.findAllByRole('article')).toHaveLength(11);
    expect(screen.getAllByText(/\d+ comments?$/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(asked.filter((pathname) => pathname.startsWith('/wp-json/wp/v2/posts') || pathname.startsWith('/wp-json/wp/v2/comments'))).toEqual([]);
  });

  it.each([
    ['the host’s shell page (HTML) in its place', () => new HttpResponse('<!doctype html><title>Shell</title>', { headers: { 'Content-Type': 'text/html' } })],
    ['broken JSON', () => new HttpResponse('{"format":1,', { headers: { 'Content-Type': 'application/json' } })],
    ['JSON of another shape', () => HttpResponse.json({ format: 99, pages: [] })],
    ['a 404', () => new HttpResponse('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })],
  ])('reads WordPress instead when the data file is %s (an article published after the build)', async (_case, answer) => {
    const { post, title } = discussed();
    server.use(http.get(`*/news/${post.slug}/index.json`, answer));
    setRunningBuild('build-a');
    renderApp(`/news/${post.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
