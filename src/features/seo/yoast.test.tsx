import { waitFor } from '@testing-library/react';
import { server } from '@/mocks/node';
import { db } from '@/mocks/db';
import { postRoutes } from '@/mocks/handlers/posts';
import { yoastHeadFor } from '@/mocks/handlers/yoast-head';
import { scenarioHandlers } from '@/mocks/scenarios';
import { siteUrl } from '@/lib/config';
import { renderApp } from '../../../test/render-app';
import { allJsonLd, headLink, headMeta, jsonLdOf } from '../../../test/head-queries';
import { exampleSite } from './example-site';
import { siteFeed } from './head-model';
import { rewriteUrls, toReaderUrl, withYoast } from './yoast';
import { referenceSlug, referenceTitle } from '../../../test/reference-page';

/** Every URL the document names, in attributes and in JSON-LD. */
function urlsInDocument(): string[] {
  const attributes = [...document.querySelectorAll('head [href], head [content], head [src]')].flatMap((element) =>
    ['href', 'content', 'src'].map((name) => element.getAttribute(name) ?? ''),
  );
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? '');
  return [...attributes, ...scripts].flatMap((text) => text.match(/https?:\/\/[^\s"',]+/g) ?? []);
}

describe('a site that runs Yoast SEO', () => {
  it('takes the title, description, robots and images from yoast_head_json, on the reader’s own address', async () => {
    server.use(...scenarioHandlers('yoast'));
    const post = db.posts.find((candidate) => candidate.slug === referenceSlug)!;
    const yoast = yoastHeadFor(post, window.location.origin);
    renderApp(`/news/${referenceSlug}`);

    await waitFor(() => expect(document.title).toBe(yoast.title));
    expect(yoast.title).not.toBe(`${referenceTitle} – EMAC News`);
    expect(headMeta('description')).toBe(yoast.description);
    expect(headMeta('og:description')).toBe(yoast.og_description);
    expect(headMeta('robots')).toBe('index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1');
    // WordPress's permalink becomes the reader's page; its picture, on the mock, the reader's file.
    expect(yoast.canonical).toBe(`${window.location.origin}/news/${referenceSlug}/`);
    expect(headLink('canonical')).toBe(`${siteUrl}/news/${referenceSlug}`);
    expect(headMeta('og:url')).toBe(`${siteUrl}/news/${referenceSlug}`);
    expect(headMeta('og:image')).toBe(`${siteUrl}/media/speaker-portrait.jpg`);
    expect(headMeta('og:image:width')).toBe('1600');
    expect(headMeta('og:image:type')).toBe('image/jpeg');
    expect(document.head.querySelectorAll('meta[property="og:image"]')).toHaveLength(1);
    expect(headMeta('article:published_time')).toBe(yoast.article_published_time);

    // The server path of the picture is printed nowhere.
    expect(yoast.og_image?.[0]?.path).toMatch(/^\/var\/www/);
    expect(document.documentElement.outerHTML).not.toContain('/var/www');
    // No URL on the WordPress host is left.
    expect(urlsInDocument().filter((url) => url.startsWith(window.location.origin))).toEqual([]);
    expect(urlsInDocument().length).toBeGreaterThan(10);

    const [graph] = allJsonLd();
    const nodes = (graph?.['@graph'] ?? []) as Record<string, unknown>[];
    expect(nodes.find((node) => node['@type'] === 'Article')).toMatchObject({ '@id': `${siteUrl}/news/${referenceSlug}#article`, headline: referenceTitle });
    expect(nodes.find((node) => node['@type'] === 'WebSite')).toMatchObject({
      url: `${siteUrl}/`,
      potentialAction: [{ target: { urlTemplate: `${siteUrl}/search?q={search_term_string}` } }],
    });
  });

  it('falls back to the post’s own head when yoast_head_json is malformed', async () => {
    server.use(...postRoutes(() => ({ yoast_head_json: { title: 42, og_image: 'not a list' } })));
    renderApp(`/news/${referenceSlug}`);
    await waitFor(() => expect(document.title).toBe(`${referenceTitle} – EMAC News`));
    expect(headMeta('description')).toMatch(/^Recently, after meeting/);
    expect(headMeta('og:image')).toBe(`${siteUrl}/media/speaker-portrait-1024.jpg`);
    expect(jsonLdOf('NewsArticle')[0]).toMatchObject({ headline: referenceTitle });
  });
});

describe('WordPress URLs on a real site', () => {
  const site = exampleSite({
    toReaderPath: (href) => {
      const path = new URL(href).pathname;
      return path.startsWith('/wp-content/') ? null : `/news/${path.split('/').filter(Boolean).pop()}`;
    },
  });

  it('moves permalinks and search to the reader and leaves uploads and other hosts where they are', () => {
    expect(toReaderUrl('https://wp.example.com/2023/07/05/hello-world/', site)).toBe('https://news.example.com/news/hello-world');
    expect(toReaderUrl('https://wp.example.com/?s={search_term_string}', site)).toBe('https://news.example.com/search?q={search_term_string}');
    expect(toReaderUrl('https://wp.example.com/wp-content/uploads/a.jpg', site)).toBe('https://wp.example.com/wp-content/uploads/a.jpg');
    expect(toReaderUrl('https://wp.example.com/files/report.pdf', site)).toBe('https://wp.example.com/files/report.pdf');
    expect(toReaderUrl('https://twitter.com/example', site)).toBe('https://twitter.com/example');
    expect(toReaderUrl('not a url', site)).toBe('not a url');
  });

  it('links the feed WordPress publishes', () => {
    expect(siteFeed(site)).toEqual({ title: 'Example News » Feed', href: 'https://wp.example.com/feed/' });
  });

  it('prints Yoast’s image without its server path', () => {
    const derived = { title: 'T', description: 'D', canonical: null, robots: null, prev: null, next: null, meta: [{ property: 'og:image', content: 'x' }], jsonLd: [], feed: { title: 'F', href: 'f' } };
    const head = withYoast(derived, { og_image: [{ url: 'https://wp.example.com/wp-content/uploads/a.jpg', width: 800, height: 400, path: '/srv/a.jpg' }] }, site);
    expect(head.meta).toEqual([
      { property: 'og:image', content: 'https://wp.example.com/wp-content/uploads/a.jpg' },
      { property: 'og:image:width', content: '800' },
      { property: 'og:image:height', content: '400' },
    ]);
    expect(JSON.stringify(head)).not.toContain('/srv/');
    expect(rewriteUrls({ '@graph': [{ '@id': 'https://wp.example.com/hello/#article', image: { url: 'https://wp.example.com/a.jpg', path: '/srv/a.jpg' } }] }, site)).toEqual({
      '@graph': [{ '@id': 'https://news.example.com/news/hello', image: { url: 'https://wp.example.com/a.jpg' } }],
    });
  });
});
