/**
 * The reader built for a real WordPress on another origin. A stand-in
 * WordPress answers over real HTTP from a second port, with the CORS headers
 * WordPress sends, so nothing here can lean on the in-browser mock.
 */
import { startStandInWordPress, type StandInWordPress } from '@/mocks/stand-in-wordpress';
import { referenceSlug, referenceTitle } from '../reference-page';
import { openPage, sharedBrowser } from './browser';
import { buildAndServe, type ServedReader } from './reader-build';
import { createSeed } from '@/mocks/seed/create-seed';

const browser = sharedBrowser();
let wordpress: StandInWordPress;
let reader: ServedReader;
let apiRoot: string;

beforeAll(async () => {
  wordpress = await startStandInWordPress();
  apiRoot = wordpress.apiRoot;
  // The whole production build, prerendering included, reads this WordPress over HTTP.
  reader = await buildAndServe({ apiRoot });
}, 180_000);

afterAll(async () => {
  await reader?.close();
  await wordpress?.close();
});

const readerUrl = (path: string) => reader.url(path);

describe('built with VITE_WP_API_URL for a WordPress on another origin', () => {
  it('lists that site’s posts and opens one, with no mock in the page', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(apiRoot)) apiCalls.push(request.url());
    });
    await page.getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.locator('figcaption', { hasText: 'Thierry Breton' }).waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0)).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Mock API' }).count()).toBe(0);
    // No newsletter endpoint is configured for this site, so there is no box that could only fail.
    expect(await page.getByRole('region', { name: 'Subscribe To Our Newsletter' }).count()).toBe(0);
    // Static first: the build read that site; the browser opened the article from the build's files (static-first.e2e.ts).
    expect(apiCalls).toEqual([]);
    await context.close();
  });

  it('shows the pictures from its own copies, and warms a connection to WordPress only where a page still shows one of its', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    const origin = new URL(apiRoot).origin;
    // The build copied the list's pictures: the page asks WordPress for nothing, not even a picture.
    const picture = page.locator('main img[fetchpriority="high"]');
    expect(await picture.getAttribute('src')).toMatch(new RegExp(`^${readerUrl('/')}wp-content/|^${readerUrl('/')}media/`));
    expect(await picture.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))).toBeGreaterThan(0);
    expect(await page.locator('head link[rel="preconnect"]').count()).toBe(0);
    await context.close();
    // A picture the build did not copy (this stand-in's content names its pictures by path alone, which the
    // reader resolves on WordPress's origin) comes from WordPress, over the connection an <img> uses (no CORS).
    const article = await openPage(browser(), readerUrl(`/news/${referenceSlug}`));
    expect(await article.page.locator('main figure img').first().getAttribute('src')).toMatch(new RegExp(`^${origin}/`));
    const hints = article.page.locator(`head link[rel="preconnect"][href="${origin}"]`);
    expect(await hints.count()).toBe(1);
    expect(await hints.getAttribute('crossorigin')).toBeNull();
    await article.context.close();
  });

  it('pages through with the totals the site sends in its headers', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/page/2/'));
    const published = createSeed().posts.filter((post) => post.status === 'publish').length;
    await page.getByText(`page 2 of ${Math.ceil(published / 10)}`).waitFor();
    await context.close();
  });
});
