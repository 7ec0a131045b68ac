import { waitFor } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { fetchPostBySlug } from '@/features/articles/api/posts-fetch';
import { executableParts } from '../../../test/inert-markup';
import { renderApp } from '../../../test/render-app';
import { allJsonLd, headMeta } from '../../../test/head-queries';
import { articleHead } from './article-head';
import { DocumentHead } from './document-head';
import { serializeJsonLd } from './json-ld';
import { createSiteContext } from './site-context';

/** The seeded post whose editor pasted markup: `</script><!--` in its title and excerpt, scripts and handlers around them. */
const hostileSlug = 'pasted-markup-check';

describe('the pasted-markup article’s title and excerpt', () => {
  it('are printed as text in every head tag and in the structured data', async () => {
    const article = (await fetchPostBySlug(hostileSlug))!;
    expect(article.title).toContain('</script><!--');
    expect(article.excerpt).toContain('</script><!--');
    renderApp(`/news/${hostileSlug}`);
    await waitFor(() => expect(document.title).toBe(`${article.title} – EMAC News`));
    expect(headMeta('og:title')).toBe(article.title);
    expect(headMeta('description')).toBe(article.excerpt);
    expect(headMeta('og:description')).toBe(article.excerpt);
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      expect(script.textContent).not.toMatch(/[<>]/);
    }
    expect(allJsonLd().find((data) => data['@type'] === 'NewsArticle')).toMatchObject({ headline: article.title, description: article.excerpt });
    expect(executableParts(document.documentElement)).toEqual([]);
  });

  it('cannot end the JSON-LD script or open a comment in the prerendered markup', async () => {
    const article = (await fetchPostBySlug(hostileSlug))!;
    const markup = renderToStaticMarkup(<DocumentHead head={articleHead(article, createSiteContext('EMAC News'))} />);
    const parsed = new DOMParser().parseFromString(`<!doctype html><html><head>${markup}</head><body></body></html>`, 'text/html');

    const scripts = [...parsed.querySelectorAll('script')];
    expect(scripts.map((script) => script.type)).toEqual(['application/ld+json', 'application/ld+json']);
    expect(JSON.parse(scripts[0]!.textContent!)).toMatchObject({ headline: article.title, description: article.excerpt });
    expect(parsed.title).toBe(`${article.title} – EMAC News`);
    expect(parsed.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(article.title);
    expect(parsed.querySelectorAll('body *, [onerror]')).toHaveLength(0);
    expect(markup).not.toContain('<!--');
  });
});

describe('serializeJsonLd', () => {
  it('escapes what could end a script or a line, and reads back unchanged', () => {
    const value = { text: '</script><!-- a & b > c \u2028\u2029 "quoted"' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
