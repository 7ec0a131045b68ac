import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { referenceSlug, referenceTitle } from '../reference-page';
import { baseUrl, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** The head once it describes the page at `path` (the previous view's head may still be there a moment). */
async function readHead(page: Page, path: string) {
  await page.waitForFunction((suffix) => document.head.querySelector('meta[property="og:url"]')?.getAttribute('content')?.endsWith(suffix), path);
  return page.evaluate(() => {
    const meta = (key: string) => document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
    return {
      title: document.title,
      description: meta('description'),
      ogUrl: meta('og:url'),
      ogImage: meta('og:image'),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
      jsonLd,
    };
  });
}

/** A file the head names, asked of the server under test (the build is made for another public address). */
/** How many of each tag there is in the head: one of each, or the hydrated page and the prerendered one both speak. */
function countHeadTags(page: Page) {
  return page.evaluate(() =>
    ['title', 'meta[name="description"]', 'link[rel="canonical"]', 'meta[property="og:url"]', 'meta[property="og:image"]'].map((selector) => document.head.querySelectorAll(selector).length),
  );
}

async function fetchFromPreview(url: string) {
  const { pathname } = new URL(url);
  return fetch(`${baseUrl()}${pathname}`);
}

describe('the head in the browser', () => {
  it('names a share picture and a publisher logo the server really has', async () => {
    const { context, page } = await openPage(browser(), `/news/${referenceSlug}`);
    const head = await readHead(page, `/news/${referenceSlug}`);
    expect(head.title).toBe(`${referenceTitle} – EMAC News`);
    expect(head.ogImage).toMatch(/^https?:\/\/[^/]+\/media\/speaker-portrait-1024\.jpg$/);
    const picture = await fetchFromPreview(head.ogImage!);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toBe('image/jpeg');
    const article = head.jsonLd.find((data) => data['@type'] === 'NewsArticle') as { publisher: { logo: { url: string } } };
    const logo = await fetchFromPreview(article.publisher.logo.url);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');

    // The site-wide picture, for the article list.
    await page.getByRole('banner').getByRole('link').first().click();
    const list = await readHead(page, '/');
    const fallback = await fetchFromPreview(list.ogImage!);
    expect(new URL(list.ogImage!).pathname).toBe('/og-default.jpg');
    expect(fallback.status).toBe(200);
    await context.close();
  });

  it('describes the view on screen after navigating from the list to an article and back', async () => {
    const { context, page } = await openPage(browser(), '/');
    const list = await readHead(page, '/');
    expect(list.title).toBe('Latest news – EMAC News');
    expect(await countHeadTags(page)).toEqual([1, 1, 1, 1, 1]);
    await page.getByRole('link', { name: referenceTitle }).click();
    const article = await readHead(page, `/news/${referenceSlug}`);
    expect(article.title).toBe(`${referenceTitle} – EMAC News`);
    expect(article.ogUrl).toMatch(new RegExp(`/news/${referenceSlug}$`));
    expect(article.canonical).toBe(article.ogUrl);
    expect(article.description).toMatch(/^Recently, after meeting/);
    expect(await countHeadTags(page)).toEqual([1, 1, 1, 1, 1]);

    await page.goBack();
    const back = await readHead(page, '/');
    expect(back).toEqual(list);
    expect(await countHeadTags(page)).toEqual([1, 1, 1, 1, 1]);
    await context.close();
  });
});

/** A page's HTML as a crawler that runs no script gets it. */
async function builtHead(path: string) {
  const response = await fetch(`${baseUrl()}${path}`);
  expect(response.status).toBe(200);
  const { document } = new JSDOM(await response.text()).window;
  const meta = (key: string) => document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
  const link = (rel: string) => document.head.querySelector(`link[rel="${rel}"]`)?.getAttribute('href') ?? null;
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
  return { title: document.title, meta, link, jsonLd, titles: document.querySelectorAll('title').length };
}

describe('the head in the built HTML, with no JavaScript', () => {
  it('describes the reference article, with a picture the server has', async () => {
    const head = await builtHead(`/news/${referenceSlug}`);
    expect(head.titles).toBe(1);
    expect(head.title).toBe(`${referenceTitle} – EMAC News`);
    expect(head.meta('og:title')).toBe(referenceTitle);
    expect(head.meta('og:type')).toBe('article');
    expect(head.meta('twitter:card')).toBe('summary_large_image');
    expect(head.link('canonical')).toBe(`${baseUrl()}/news/${referenceSlug}`);
    const image = head.meta('og:image')!;
    expect(image).toMatch(/^https?:\/\//);
    expect((await fetch(image)).status).toBe(200);
    expect(head.jsonLd.find((data) => data['@type'] === 'NewsArticle')).toMatchObject({
      headline: referenceTitle,
      datePublished: expect.stringMatching(/Z$/),
      dateModified: expect.stringMatching(/Z$/),
    });
  });

  it('titles page 2 of the list and a category, and links their neighbours', async () => {
    const second = await builtHead('/page/2/');
    expect(second.title).toBe('Latest news – page 2 – EMAC News');
    expect(second.link('prev')).toBe(`${baseUrl()}/`);
    expect(second.link('next')).toBe(`${baseUrl()}/page/3/`);
    const category = await builtHead('/category/global-onsite-activity');
    expect(category.title).toBe('Global Onsite Activity – EMAC News');
    expect(category.link('canonical')).toBe(`${baseUrl()}/category/global-onsite-activity`);
    expect(category.link('prev')).toBeNull();
    expect(category.link('next')).toBe(`${baseUrl()}/category/global-onsite-activity/page/2/`);
  });

  it('keeps the pasted-markup article’s title as text', async () => {
    const response = await fetch(`${baseUrl()}/news/pasted-markup-check`);
    const html = await response.text();
    const head = html.slice(0, html.indexOf('</head>'));
    const { document } = new JSDOM(html).window;
    expect(document.title).toContain('</script><!--');
    expect(head).not.toMatch(/<script>|<!--(?!app-)/);
    for (const script of document.querySelectorAll('script[type="application/ld+json"]')) expect(script.textContent).not.toMatch(/[<>]/);
  });
});
