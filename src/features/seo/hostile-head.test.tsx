import { waitFor } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { db } from '@/mocks/db';
import { fetchPostBySlug } from '@/features/articles/api/posts';
import { renderApp } from '../../../test/render-app';
import { allJsonLd, headMeta } from '../../../test/head-queries';
import { articleHead } from './article-head';
import { DocumentHead } from './document-head';
import { serializeJsonLd } from './json-ld';
import { createSiteContext } from './site-context';

const hostileTitle = '</script><script>window.__pwned=1</script> <!-- & "quoted" \'single\'';
const hostileExcerpt = 'Excerpt </script><img src=x onerror="window.__pwned=1"> <!-- end';
const asWordPressWritesIt = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function addHostilePost() {
  const template = db.posts.find((post) => post.featured_media && post.tags.length)!;
  db.posts.push({ ...template, id: 9001, slug: 'hostile-head', title: asWordPressWritesIt(hostileTitle), excerpt: `<p>${asWordPressWritesIt(hostileExcerpt)}</p>\n` });
}

describe('a hostile title and excerpt', () => {
  it('are printed as text in every head tag and in the structured data', async () => {
    addHostilePost();
    renderApp('/news/hostile-head');
    await waitFor(() => expect(document.title).toBe(`${hostileTitle} – EMAC News`));
    expect(headMeta('og:title')).toBe(hostileTitle);
    expect(headMeta('description')).toBe(hostileExcerpt);
    expect(headMeta('og:description')).toBe(hostileExcerpt);
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
      expect(script.textContent).not.toMatch(/[<>]/);
    }
    expect(allJsonLd().find((data) => data['@type'] === 'NewsArticle')).toMatchObject({ headline: hostileTitle, description: hostileExcerpt });
    expect(document.querySelectorAll('script:not([type="application/ld+json"]), img[onerror]')).toHaveLength(0);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('cannot end the JSON-LD script or open a comment in the prerendered markup', async () => {
    addHostilePost();
    const article = (await fetchPostBySlug('hostile-head'))!;
    const markup = renderToStaticMarkup(<DocumentHead head={articleHead(article, createSiteContext('EMAC News'))} />);
    const parsed = new DOMParser().parseFromString(`<!doctype html><html><head>${markup}</head><body></body></html>`, 'text/html');

    const scripts = [...parsed.querySelectorAll('script')];
    expect(scripts.map((script) => script.type)).toEqual(['application/ld+json', 'application/ld+json']);
    expect(JSON.parse(scripts[0]!.textContent!)).toMatchObject({ headline: hostileTitle, description: hostileExcerpt });
    expect(parsed.title).toBe(`${hostileTitle} – EMAC News`);
    expect(parsed.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(hostileTitle);
    expect(parsed.querySelectorAll('img, body *')).toHaveLength(0);
    expect(markup).not.toContain('<!--');
  });
});

describe('serializeJsonLd', () => {
  it('escapes what could end a script or a line, and reads back unchanged', () => {
    const value = { text: '</script><!-- a & b > c \u2028\u2029' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
