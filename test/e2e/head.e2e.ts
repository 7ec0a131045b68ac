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
async function fetchFromPreview(url: string) {
  const { pathname } = new URL(url);
  return fetch(`${baseUrl()}${pathname}`);
}

describe('the head in the browser', () => {
  it('names a share picture and a publisher logo the server really has', async () => {
    const { context, page } = await openPage(browser(), `/news/${referenceSlug}`);
    const head = await readHead(page, `/news/${referenceSlug}`);
    expect(head.title).toBe(`${referenceTitle} – EMAC News`);
    expect(head.ogImage).toMatch(/^https?:\/\/[^/]+\/media\/summit-hall-1024\.jpg$/);
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
    await page.getByRole('link', { name: referenceTitle }).click();
    const article = await readHead(page, `/news/${referenceSlug}`);
    expect(article.title).toBe(`${referenceTitle} – EMAC News`);
    expect(article.ogUrl).toMatch(new RegExp(`/news/${referenceSlug}$`));
    expect(article.canonical).toBe(article.ogUrl);
    expect(article.description).toMatch(/^Recently, after meeting/);

    await page.goBack();
    const back = await readHead(page, '/');
    expect(back).toEqual(list);
    expect(await page.locator('head title').count()).toBeLessThanOrEqual(2);
    await context.close();
  });
});
