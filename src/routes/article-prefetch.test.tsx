import { screen } from '@testing-library/react';
import { http } from 'msw';
import { db } from '@/mocks/db';
import { server } from '@/mocks/node';
import { renderApp } from '../../test/render-app';

describe('an article whose slug is not ASCII', () => {
  it('is not fetched again on click after a hover put it in the cache', async () => {
    const newest = db.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date_gmt.localeCompare(a.date_gmt))[0]!;
    // WordPress keeps a Chinese title's slug percent-encoded: 新闻-更新.
    newest.slug = '%e6%96%b0%e9%97%bb-%e6%9b%b4%e6%96%b0';
    newest.title = '新闻更新';
    const slugRequests: string[] = [];
    server.use(
      http.get('*/wp-json/wp/v2/posts', ({ request }) => {
        const slug = new URL(request.url).searchParams.get('slug');
        if (slug) slugRequests.push(slug);
      }),
    );
    const { user } = renderApp('/');
    // The first view of a test file loads the route's code as well: give it time.
    const link = await screen.findByRole('link', { name: '新闻更新' }, { timeout: 5000 });
    await user.hover(link);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: '新闻更新' }, { timeout: 5000 })).toBeInTheDocument();
    expect(slugRequests).toEqual([]);
  });

  it('opens from its decoded address too', async () => {
    const post = db.posts[0]!;
    post.slug = '%e6%96%b0%e9%97%bb-%e6%9b%b4%e6%96%b0';
    post.title = '新闻更新';
    renderApp('/news/新闻-更新');
    expect(await screen.findByRole('heading', { level: 1, name: '新闻更新' })).toBeInTheDocument();
  });
});
