import { act, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { server } from '@/mocks/node';
import { siteUrl } from '@/lib/config';
import { htmlToText } from '@/lib/html';
import { renderApp } from '../../../test/render-app';
import { headLink, headMeta, jsonLdOf } from '../../../test/head-queries';
import { referenceSlug, referenceTitle } from '../../../test/reference-page';

describe('the head of an article', () => {
  it('says what the article is, with its picture, dates and structured data', async () => {
    const post = db.posts.find((candidate) => candidate.slug === referenceSlug)!;
    renderApp(`/news/${referenceSlug}`);
    await waitFor(() => expect(document.title).toBe(`${referenceTitle} – EMAC News`));
    const url = `${siteUrl}/news/${referenceSlug}`;
    expect(headLink('canonical')).toBe(url);
    expect(headMeta('og:type')).toBe('article');
    expect(headMeta('og:title')).toBe(referenceTitle);
    expect(headMeta('og:url')).toBe(url);
    expect(headMeta('og:site_name')).toBe('EMAC News');
    expect(headMeta('og:locale')).toBe('en_US');
    expect(headMeta('twitter:card')).toBe('summary_large_image');
    const description = headMeta('description')!;
    expect(description).toMatch(/^Recently, after meeting/);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description).not.toMatch(/<|&[a-z#0-9]+;/i);
    expect(headMeta('og:description')).toBe(description);
    // The widest size of the featured image that is at most 1200 px, absolute on the reader's address.
    const picture = db.media.find((media) => media.id === post.featured_media)!;
    expect(headMeta('og:image')).toBe(`${siteUrl}${picture.sizes.large!.source_url}`);
    expect(headMeta('og:image:width')).toBe('1024');
    expect(headMeta('og:image:height')).toBe('576');
    expect(headMeta('og:image:alt')).toBe(picture.alt_text);
    expect(headMeta('article:published_time')).toBe(`${post.date_gmt}Z`);
    expect(headMeta('article:modified_time')).toBe(`${post.modified_gmt}Z`);
    expect(headMeta('article:section')).toBe('Global Onsite Activity');
    expect(headMeta('robots')).toBeNull();
    expect(document.head.querySelector('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${siteUrl}/feed.xml`);

    const [article, breadcrumbs] = jsonLdOf('NewsArticle', 'BreadcrumbList');
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: referenceTitle,
      datePublished: `${post.date_gmt}Z`,
      dateModified: `${post.modified_gmt}Z`,
      image: [headMeta('og:image')],
      author: { '@type': 'Person', name: expect.any(String) },
      publisher: { '@type': 'Organization', name: 'EMAC News', logo: { url: `${siteUrl}/publisher-logo.png` } },
      mainEntityOfPage: { '@id': url },
    });
    expect(breadcrumbs?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'EMAC News', item: `${siteUrl}/` },
      { '@type': 'ListItem', position: 2, name: 'Global Onsite Activity', item: `${siteUrl}/category/global-onsite-activity` },
      { '@type': 'ListItem', position: 3, name: referenceTitle, item: url },
    ]);
  });

  it('names every tag and shares the site’s own picture when the article has none', async () => {
    const post = db.posts.find((candidate) => !candidate.featured_media && candidate.tags.length > 1)!;
    renderApp(`/news/${post.slug}`);
    await waitFor(() => expect(headMeta('og:title')).toBe(htmlToText(post.title)));
    expect(headMeta('og:image')).toBe(`${siteUrl}/og-default.jpg`);
    expect(headMeta('og:image:width')).toBe('1200');
    expect(headMeta('og:image:height')).toBe('630');
    const tags = [...document.head.querySelectorAll('meta[property="article:tag"]')].map((meta) => meta.getAttribute('content'));
    // In the order WordPress embeds a post's terms: by name.
    expect(tags).toEqual(post.tags.map((id) => db.tags.find((tag) => tag.id === id)!.name).sort());
  });
});

describe('the head of a list', () => {
  it('describes the home page, the site and how to search it, and links the next page', async () => {
    renderApp('/');
    await waitFor(() => expect(document.title).toBe('Latest news – EMAC News'));
    expect(headLink('canonical')).toBe(`${siteUrl}/`);
    expect(headMeta('og:type')).toBe('website');
    expect(headMeta('og:image')).toBe(`${siteUrl}/og-default.jpg`);
    await waitFor(() => expect(headLink('next')).toBe(`${siteUrl}/page/2/`));
    expect(headLink('prev')).toBeNull();
    const [site] = jsonLdOf('WebSite');
    expect(site).toMatchObject({
      url: `${siteUrl}/`,
      potentialAction: { '@type': 'SearchAction', target: { urlTemplate: `${siteUrl}/search?q={search_term_string}` }, 'query-input': 'required name=search_term_string' },
    });
  });

  it('gives page 2 its own title and address, and links the pages on either side', async () => {
    renderApp('/page/2/');
    await waitFor(() => expect(document.title).toBe('Latest news – page 2 – EMAC News'));
    expect(headLink('canonical')).toBe(`${siteUrl}/page/2/`);
    expect(headMeta('og:url')).toBe(`${siteUrl}/page/2/`);
    expect(headLink('prev')).toBe(`${siteUrl}/`);
    await waitFor(() => expect(headLink('next')).toBe(`${siteUrl}/page/3/`));
    expect(jsonLdOf('WebSite')).toEqual([undefined]);
  });

  it('titles a category archive by its name and pages it under its own address', async () => {
    const category = db.categories.find((term) => term.slug === 'global-onsite-activity')!;
    const count = db.posts.filter((post) => post.categories.includes(category.id)).length;
    expect(count).toBeGreaterThan(10);
    renderApp(`/category/${category.slug}`);
    await waitFor(() => expect(document.title).toBe(`${category.name} – EMAC News`));
    expect(headMeta('description')).toBe(category.description);
    expect(headLink('canonical')).toBe(`${siteUrl}/category/${category.slug}`);
    expect(headLink('prev')).toBeNull();
    await waitFor(() => expect(headLink('next')).toBe(`${siteUrl}/category/${category.slug}/page/2/`));
  });

  it('asks crawlers not to index search results or a page that does not exist', async () => {
    const { unmount } = renderApp('/search?q=generator');
    await waitFor(() => expect(document.title).toBe('Search: generator – EMAC News'));
    expect(headMeta('robots')).toBe('noindex');
    expect(headLink('canonical')).toBeNull();
    unmount();
    renderApp('/no/such/page');
    await waitFor(() => expect(document.title).toBe('Not found – EMAC News'));
    expect(headMeta('robots')).toBe('noindex');
    expect(headLink('canonical')).toBeNull();
  });
});

describe('the head while reading', () => {
  it('follows client-side navigation from the list to an article and back, one tag of each kind', async () => {
    const { user, router } = renderApp('/');
    await waitFor(() => expect(headMeta('og:url')).toBe(`${siteUrl}/`));
    await user.click(await screen.findByRole('link', { name: referenceTitle }));
    await waitFor(() => expect(document.title).toBe(`${referenceTitle} – EMAC News`));
    expect(headMeta('og:url')).toBe(`${siteUrl}/news/${referenceSlug}`);
    expect(headMeta('description')).toMatch(/^Recently, after meeting/);
    expect(document.head.querySelectorAll('title, meta[name="description"], meta[property="og:url"], link[rel="canonical"]')).toHaveLength(4);

    await act(() => router.navigate(-1));
    await waitFor(() => expect(document.title).toBe('Latest news – EMAC News'));
    expect(headMeta('og:url')).toBe(`${siteUrl}/`);
    expect(headMeta('og:type')).toBe('website');
    expect(headMeta('description')).toBe('The latest news, events and service stories from our teams around the world.');
    expect(jsonLdOf('NewsArticle', 'WebSite')).toEqual([undefined, expect.objectContaining({ '@type': 'WebSite' })]);
    expect(document.head.querySelectorAll('title, meta[name="description"], meta[property="og:url"], link[rel="canonical"]')).toHaveLength(4);
  });
});

describe('the head before the site’s name is known', () => {
  it('says no guessed name while the configuration loads, then the real one', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(http.get('*/site-config.json', async () => void (await held)));
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news' })).toBeInTheDocument();
    expect(document.title).not.toMatch(/– News$/);
    expect(headMeta('og:site_name')).toBeNull();
    release();
    await waitFor(() => expect(document.title).toBe('Latest news – EMAC News'));
    expect(headMeta('og:site_name')).toBe('EMAC News');
  });

  it('falls back to a plain name when the configuration cannot be read', async () => {
    server.use(http.get('*/site-config.json', () => HttpResponse.error()));
    renderApp('/');
    await waitFor(() => expect(document.title).toBe('Latest news – News'));
    expect(headMeta('og:site_name')).toBe('News');
  });
});
