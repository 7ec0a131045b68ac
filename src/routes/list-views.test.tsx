import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { db } from '@/mocks/db';
import { htmlToText } from '@/lib/html';
import { renderApp } from '../../test/render-app';
import { referenceSlug, referenceTitle } from '../../test/reference-page';

function newestFirst() {
  return db.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
}

describe('latest news', () => {
  it('lists the sticky post and the newest ten articles with the meta line, the reference article among them', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    const titles = await within(screen.getByRole('main')).findAllByRole('heading', { level: 2 });
    expect(titles).toHaveLength(11);
    const reference = screen.getByRole('link', { name: referenceTitle });
    const card = reference.closest('article')!;
    await waitFor(() => expect(card).toHaveTextContent('Jul 5, 2023 | Global Onsite Activity | 0 comments'));
    expect(within(card).getByRole('link', { name: 'Global Onsite Activity' })).toHaveAttribute('href', '/category/global-onsite-activity');
    await waitFor(() => expect(document.title).toBe('Latest news – EMAC News'));
  });

  it('shows each card’s comment count from WordPress', async () => {
    const post = newestFirst()
      .slice(0, 10)
      .find((candidate) => db.comments.some((comment) => comment.post === candidate.id && comment.status === 'approved'));
    if (!post) throw new Error('the seed should have comments on the first page');
    const approved = db.comments.filter((comment) => comment.post === post.id && comment.status === 'approved').length;
    renderApp('/');
    const card = (await screen.findByRole('link', { name: htmlToText(post.title) })).closest('article')!;
    await waitFor(() => expect(card).toHaveTextContent(`| ${approved} ${approved === 1 ? 'comment' : 'comments'}`));
  });

  it('pages through with numbered links and keeps the page in the path, as WordPress does', async () => {
    const { user, router } = renderApp('/');
    const pages = await screen.findByRole('navigation', { name: 'Article pages' });
    await user.click(within(pages).getByRole('link', { name: 'Page 2' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/page/2/'));
    expect(await screen.findByText(/page 2 of/)).toBeInTheDocument();
    const second = newestFirst()[10]!;
    expect(await screen.findByRole('link', { name: htmlToText(second.title) })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Article pages' })).getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('sends an old ?page= link to the page’s own address', async () => {
    const { router } = renderApp('/?page=2');
    await waitFor(() => expect(router.state.location.pathname).toBe('/page/2/'));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByText(/page 2 of/)).toBeInTheDocument();
  });

  it('sends /page/1/ to the list’s own address', async () => {
    const { router } = renderApp('/category/industry-news/page/1/');
    await waitFor(() => expect(router.state.location.pathname).toBe('/category/industry-news'));
  });

  it('says so when a page number is past the end, with a way back', async () => {
    renderApp('/page/40/');
    expect(await screen.findByRole('heading', { name: 'There is no page 40' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the first page' })).toHaveAttribute('href', '/');
  });

  it('treats a page number that is not a number as not found', async () => {
    renderApp('/page/abc/');
    expect(await screen.findByRole('heading', { name: 'This page does not exist' })).toBeInTheDocument();
  });

  it('shows a server error with a retry that works', async () => {
    let down = true;
    server.use(
      http.get('*/wp-json/wp/v2/posts', () => (down ? HttpResponse.json({ code: 'internal', message: 'Database down' }, { status: 500 }) : undefined)),
    );
    const { user } = renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The articles could not be loaded');
    expect(alert).toHaveTextContent('The news server had a problem (error 500). Please try again.');
    expect(alert).not.toHaveTextContent('Database down');
    down = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: referenceTitle })).toBeInTheDocument();
  });

  it('explains a malformed answer instead of crashing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.use(http.get('*/wp-json/wp/v2/posts', () => HttpResponse.json([{ id: 'one', title: null }])));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('could not read');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('post one'));
  });

  it('tells readers of an empty site that nothing is published yet', async () => {
    server.use(http.get('*/wp-json/wp/v2/posts', () => HttpResponse.json([], { headers: { 'X-WP-Total': '0', 'X-WP-TotalPages': '0' } })));
    renderApp('/');
    expect(await screen.findByRole('heading', { name: 'No articles here yet' })).toBeInTheDocument();
  });
});

describe('category and tag archives', () => {
  it('lists only the category’s articles under its name', async () => {
    renderApp('/category/global-onsite-activity');
    expect(await screen.findByRole('heading', { level: 1, name: 'Global Onsite Activity' })).toBeInTheDocument();
    const category = db.categories.find((term) => term.slug === 'global-onsite-activity')!;
    const expected = Math.min(10, db.posts.filter((post) => post.categories.includes(category.id)).length);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(expected));
    for (const article of screen.getAllByRole('article')) expect(article).toHaveTextContent('Global Onsite Activity');
  });

  it('shows a tag archive', async () => {
    const tag = db.tags.find((term) => db.posts.some((post) => post.tags.includes(term.id)))!;
    renderApp(`/tag/${tag.slug}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Tagged “${tag.name}”` })).toBeInTheDocument();
    const count = db.posts.filter((post) => post.tags.includes(tag.id)).length;
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(Math.min(10, count)));
  });

  it('says a category that does not exist was not found', async () => {
    renderApp('/category/no-such-category');
    expect(await screen.findByRole('heading', { name: 'We could not find this category' })).toBeInTheDocument();
  });
});

describe('site chrome', () => {
  it('offers the categories in the header navigation', async () => {
    renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Global Onsite Activity' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Latest news' })).toHaveAttribute('aria-current', 'page');
  });

  it('marks Latest news as the current section on the list’s later pages too, and only there', async () => {
    renderApp('/page/3/');
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await screen.findByText(/page 3 of/);
    expect(within(nav).getByRole('link', { name: 'Latest news' })).toHaveAttribute('aria-current', 'page');
    const category = await within(nav).findByRole('link', { name: 'Company News' });
    expect(category).not.toHaveAttribute('aria-current');
  });

  it('marks no section as current on an article', async () => {
    renderApp(`/news/${referenceSlug}`);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await screen.findByRole('heading', { level: 1, name: referenceTitle });
    expect(within(nav).getByRole('link', { name: 'Latest news' })).not.toHaveAttribute('aria-current');
  });

  // Opening, closing, Escape and the expanded state are the browser's (a popover): jsdom has none of it,
  // so they are tested in Chromium (test/e2e/site-menu.e2e.ts, prerender.e2e.ts).
  it('folds the search box and the navigation into the menu the Select Page button opens', async () => {
    renderApp('/');
    const button = await screen.findByRole('button', { name: 'Select Page' });
    const menu = document.getElementById(button.getAttribute('aria-controls')!);
    expect(button).toHaveAttribute('popovertarget', menu?.id);
    expect(menu).toHaveAttribute('popover', 'auto');
    expect(menu).toContainElement(screen.getByRole('navigation', { name: 'Main' }));
    expect(menu).toContainElement(screen.getByRole('searchbox', { name: 'Search articles' }));
  });

  it('holds the place of the site name until the configuration says it, and never shows a guessed one', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/site-config.json', async () => {
        await held;
      }),
    );
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Home' })).toBeInTheDocument();
    expect(screen.queryByText('News', { exact: true })).toBeNull();
    release();
    expect(await screen.findByRole('link', { name: 'EMAC News' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Home' })).toBeNull();
    expect(within(screen.getByRole('contentinfo')).getByText(/© \d{4} EMAC News/)).toBeInTheDocument();
  });

  it('falls back to a plain name when the configuration cannot be read', async () => {
    server.use(http.get('*/site-config.json', () => HttpResponse.error()));
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'News' })).toBeInTheDocument();
  });
});
