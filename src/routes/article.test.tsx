import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { db } from '@/mocks/db';
import { escapeRegExp as escape } from '@/lib/escape-reg-exp';
import { htmlToText } from '@/lib/html';
import { executableParts } from '../../test/inert-markup';
import { renderApp } from '../../test/render-app';
import { referenceSlug, referenceTitle } from '../../test/reference-page';

describe('article page', () => {
  it('shows the reference article as the reference page does', async () => {
    renderApp(`/news/${referenceSlug}`);
    const title = await screen.findByRole('heading', { level: 1, name: referenceTitle });
    const article = title.closest('article')!;
    await waitFor(() => expect(article).toHaveTextContent('Jul 5, 2023 | Global Onsite Activity | 0 comments'));
    expect(article).toHaveTextContent('Recently, after meeting with Japanese politicians and companies, Thierry Breton');
    expect(article).toHaveTextContent('in the first half of next year.');
    const figure = within(article).getByRole('figure');
    // A drawn stand-in, and its text says so.
    expect(within(figure).getByRole('img', { name: /^Illustration standing in for a portrait of Thierry Breton/ })).toBeInTheDocument();
    expect(figure).toHaveTextContent('Thierry Breton');
    expect(article.querySelector('[lang="ja"]')).toHaveTextContent('こうのたろう');
    expect(screen.getByText(/min read/)).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe(`${referenceTitle} – EMAC News`));
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^Recently, after meeting/);
  });

  it('links the category to its archive and offers the tags', async () => {
    const tagged = db.posts.find((post) => post.tags.length > 0)!;
    const { user, router } = renderApp(`/news/${tagged.slug}`);
    await screen.findByRole('heading', { level: 1, name: htmlToText(tagged.title) });
    const tag = db.tags.find((term) => term.id === tagged.tags[0])!;
    await user.click(screen.getByRole('link', { name: `#${tag.name}` }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/tag/${tag.slug}`));
    expect(await screen.findByRole('heading', { level: 1, name: `Tagged “${tag.name}”` })).toBeInTheDocument();
  });

  it('links to the previous and next article and to related ones', async () => {
    const ordered = [...db.posts].sort((a, b) => a.date_gmt.localeCompare(b.date_gmt));
    const index = ordered.findIndex((post) => post.slug === referenceSlug);
    renderApp(`/news/${referenceSlug}`);
    const nav = await screen.findByRole('navigation', { name: 'More articles' });
    expect(await within(nav).findByRole('link', { name: new RegExp(`Previous article ${escape(htmlToText(ordered[index - 1]!.title))}`) })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: new RegExp(`Next article ${escape(htmlToText(ordered[index + 1]!.title))}`) })).toBeInTheDocument();
    const related = await screen.findByRole('region', { name: 'More from Global Onsite Activity' });
    expect(within(related).getAllByRole('link').length).toBeGreaterThan(0);
    expect(within(related).queryByRole('link', { name: referenceTitle })).toBeNull();
  });

  const byDate = () => [...db.posts].filter((post) => post.status === 'publish').sort((a, b) => a.date_gmt.localeCompare(b.date_gmt));
  /** The articles of a post's first category published before it, nearest first. */
  const earlierOfCategory = (post: (typeof db.posts)[number]) =>
    byDate()
      .filter((other) => other.id !== post.id && other.categories[0] === post.categories[0] && other.date < post.date)
      .reverse();

  it('does not offer the previous or next article again among the related ones', async () => {
    const ordered = byDate();
    // An article whose previous one is also of its category, so among its related ones too.
    const index = ordered.findIndex((post, i) => i > 0 && earlierOfCategory(post)[0]?.id === ordered[i - 1]!.id && earlierOfCategory(post).length >= 6);
    expect(index).toBeGreaterThan(0);
    const article = ordered[index]!;
    const previousTitle = htmlToText(ordered[index - 1]!.title);
    renderApp(`/news/${article.slug}`);
    const nav = await screen.findByRole('navigation', { name: 'More articles' });
    expect(await within(nav).findByRole('link', { name: new RegExp(escape(previousTitle)) })).toBeInTheDocument();
    const related = await screen.findByRole('region', { name: /^More from / });
    expect(within(related).getAllByRole('link')).toHaveLength(3);
    expect(within(related).queryByRole('link', { name: previousTitle })).toBeNull();
  });

  it('offers the articles of its category published just before it, or for the first ones just after', async () => {
    const ordered = byDate();
    const titlesIn = (region: HTMLElement) => within(region).getAllByRole('link').map((link) => link.textContent);
    // An older article in the middle of its category: its nearest predecessors, not the category's newest.
    const middle = ordered.find((post) => earlierOfCategory(post).length >= 6 && ordered.filter((other) => other.categories[0] === post.categories[0] && other.date > post.date).length >= 4)!;
    const view = renderApp(`/news/${middle.slug}`);
    const shown = titlesIn(await screen.findByRole('region', { name: /^More from / }));
    const nearest = earlierOfCategory(middle).slice(0, 5).map((post) => htmlToText(post.title));
    expect(shown.length).toBe(3);
    for (const title of shown) expect(nearest).toContain(title);
    view.unmount();
    // The category's first article has none before it: the ones after it, oldest first.
    const first = ordered.find((post) => earlierOfCategory(post).length === 0 && post.categories.length > 0)!;
    renderApp(`/news/${first.slug}`);
    const after = ordered.filter((other) => other.id !== first.id && other.categories[0] === first.categories[0]).slice(0, 5).map((post) => htmlToText(post.title));
    const shownAfter = titlesIn(await screen.findByRole('region', { name: /^More from / }));
    expect(shownAfter.length).toBeGreaterThan(0);
    for (const title of shownAfter) expect(after).toContain(title);
  });

  it('opens a link to another article of the site inside the reader', async () => {
    const target = db.posts.find((post) => post.slug !== referenceSlug)!;
    server.use(
      http.get('*/wp-json/wp/v2/posts', async ({ request }) => {
        const url = new URL(request.url);
        if (url.searchParams.get('slug') !== 'linking') return undefined;
        const original = await fetch(`${url.origin}/wp-json/wp/v2/posts?slug=${referenceSlug}&_embed`).then((r) => r.json());
        const post = { ...original[0], slug: 'linking', content: { rendered: `<p>See <a href="${url.origin}/news/${target.slug}/">the other story</a>.</p>` } };
        return HttpResponse.json([post], { headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' } });
      }),
    );
    const { user, router } = renderApp('/news/linking');
    const link = await screen.findByRole('link', { name: 'the other story' });
    expect(link).toHaveAttribute('href', `/news/${target.slug}`);
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/news/${target.slug}`));
    expect(await screen.findByRole('heading', { level: 1, name: htmlToText(target.title) })).toBeInTheDocument();
  });

  it('renders nothing executable from hostile HTML in the title, excerpt or body', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    server.use(
      http.get('*/wp-json/wp/v2/posts', ({ request }) => {
        if (!new URL(request.url).searchParams.get('slug')) return undefined;
        return HttpResponse.json(
          [
            {
              id: 1,
              date: '2024-01-01T10:00:00',
              slug: 'hostile',
              title: { rendered: `Safe title ${hostile}` },
              excerpt: { rendered: `<p>Excerpt ${hostile}</p>` },
              content: { rendered: `<p>Body text</p>${hostile}<a href="javascript:window.__pwned=1">bad link</a><form action="https://evil.example"><input name="p"></form>` },
              categories: [],
              tags: [],
            },
          ],
          { headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' } },
        );
      }),
    );
    renderApp('/news/hostile');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent('Safe title');
    expect(heading.querySelector('img')).toBeNull();
    const article = heading.closest('article')!;
    expect(article).toHaveTextContent('Body text');
    expect(executableParts(document.documentElement)).toEqual([]);
    expect(article.querySelector('form, input')).toBeNull();
    expect(within(article).getByText('bad link')).not.toHaveAttribute('href');
  });

  it('says an unknown article was not found', async () => {
    renderApp('/news/no-such-article');
    expect(await screen.findByRole('heading', { level: 1, name: 'We could not find this article' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Not found – EMAC News'));
  });

  it('explains a failure and recovers on retry', async () => {
    let offline = true;
    server.use(http.get('*/wp-json/wp/v2/posts', () => (offline ? HttpResponse.error() : undefined)));
    const { user } = renderApp(`/news/${referenceSlug}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not reach the news server');
    offline = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: referenceTitle })).toBeInTheDocument();
  });
});
