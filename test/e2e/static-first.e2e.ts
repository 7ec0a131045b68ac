/**
 * Static-first reading, for a build with VITE_WP_API_URL: a stand-in
 * WordPress answers over real HTTP from another origin and counts what
 * reaches it, so "WordPress was not asked" is read off the server itself.
 * Then WordPress goes down, refusing connections and answering 503, and every
 * prerendered view must keep what it shows.
 */
import { startStandInWordPress, type StandInWordPress } from '@/mocks/stand-in-wordpress';
import { freePort } from '../../scripts/run-build.mjs';
import { openPage, sharedBrowser } from './browser';
import { buildAndServe, type ServedReader } from './reader-build';
import { discussed, outageProblems, plain, prerenderedViews as views, reference, referenceCategory, referenceText, referenceTitle, settled, showsInFull, threadBehind } from './static-first-views';

const browser = sharedBrowser();
let wordpress: StandInWordPress;
let wordpressPort: number;
let reader: ServedReader;

beforeAll(async () => {
  wordpressPort = await freePort();
  wordpress = await startStandInWordPress({ port: wordpressPort });
  reader = await buildAndServe({ apiRoot: wordpress.apiRoot });
}, 180_000);

afterAll(async () => {
  await reader?.close();
  await wordpress?.close();
});

const readerUrl = (path: string) => reader.url(path);

describe('static-first reading', () => {
  it('asks WordPress nothing on a first view of home, an article, a category, a tag and page 2', async () => {
    for (const view of views) {
      const before = wordpress.requests.length;
      const { context, page } = await openPage(browser(), readerUrl(view.path));
      await settled(page);
      await showsInFull(page, view);
      expect(wordpress.requests.slice(before), `WordPress requests on a first view of ${view.path}`).toEqual([]);
      await context.close();
    }
  });

  it('asks WordPress nothing from the list to an article, to its category and back, and opens a hovered article at once', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    await settled(page);
    const before = wordpress.requests.length;
    const link = page.getByRole('main').getByRole('link', { name: referenceTitle });
    await link.hover();
    await link.click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.getByText(referenceText).waitFor();
    await page.getByRole('main').getByRole('link', { name: referenceCategory.name }).first().click();
    await page.getByRole('heading', { level: 1, name: referenceCategory.name }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(wordpress.requests.slice(before)).toEqual([]);
    await context.close();
  });

  it('reads the comment thread live once it nears the viewport, and only then', async () => {
    const start = wordpress.requests.length;
    const { context, page } = await openPage(browser(), readerUrl(`/news/${reference.slug}`));
    await settled(page);
    // The reference article is long: its thread is well below the first screen.
    expect(wordpress.requests.slice(start)).toEqual([]);
    const before = wordpress.requests.length;
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    await expect.poll(() => wordpress.requests.slice(before).filter((url) => url.startsWith('/wp-json/wp/v2/comments?post='))).toHaveLength(1);
    await context.close();
  });
});

describe.each([
  ['refusing connections', async () => wordpress.close(), async () => (wordpress = await startStandInWordPress({ port: wordpressPort }))],
  [
    'answering 503 to everything',
    async () => wordpress.failWith(503),
    async () => {
      wordpress.failWith(null);
    },
  ],
] as const)('with WordPress %s', (_outage, goDown, comeBack) => {
  beforeAll(async () => {
    await goDown();
  });
  afterAll(async () => {
    await comeBack();
  });

  it('keeps every prerendered view in full after it has started and gone quiet', async () => {
    for (const view of views) {
      const { context, page } = await openPage(browser(), readerUrl(view.path), { expected: outageProblems });
      await settled(page);
      await showsInFull(page, view);
      await context.close();
    }
  });

  it('opens prerendered articles by client navigation, and keeps the build’s comments when the live read fails', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'), { expected: outageProblems });
    await settled(page);
    await page.getByRole('main').getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.getByText(referenceText).waitFor();
    // Then one with comments, by its previous/next links or its address: it is not on every list page.
    await page.goto(readerUrl(`/news/${discussed.slug}`));
    await settled(page);
    await page.getByRole('heading', { level: 1, name: plain(discussed.title) }).waitFor();
    const comments = page.locator('#comments');
    await comments.scrollIntoViewIfNeeded();
    await comments.getByRole('status').getByText(threadBehind).waitFor({ timeout: 30_000 });
    expect(await comments.getByRole('article').count()).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('says an article the build does not have could not be loaded, with a retry', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/news/published-after-the-build'), { expected: outageProblems });
    const alert = page.getByRole('alert').filter({ hasText: 'This article could not be loaded' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await context.close();
  });
});

describe('built with VITE_LIVE_REFRESH=true, for a site that cannot trigger builds', () => {
  let live: ServedReader;
  beforeAll(async () => {
    live = await buildAndServe({ apiRoot: wordpress.apiRoot, env: { VITE_LIVE_REFRESH: 'true' } });
  }, 180_000);
  afterAll(async () => {
    wordpress.failWith(null);
    await live?.close();
  });
  const liveUrl = (path: string) => live.url(path);

  it('refreshes a prerendered view from WordPress after it has started', async () => {
    const before = wordpress.requests.length;
    const { context, page } = await openPage(browser(), liveUrl('/'));
    await settled(page);
    await expect.poll(() => wordpress.requests.slice(before).some((url) => url.startsWith('/wp-json/wp/v2/posts'))).toBe(true);
    await context.close();
  });

  it('keeps the view when that refresh fails, and says so quietly', async () => {
    wordpress.failWith(503);
    const { context, page } = await openPage(browser(), liveUrl('/'), {
      expected: [{ pattern: /^error: Failed to load resource: the server responded with a status of 503/, reason: 'WordPress answers the refresh with 503: the failure this test is about' }],
    });
    await settled(page);
    await page.getByRole('status').getByText('This list could not be brought up to date just now.').waitFor({ timeout: 30_000 });
    await showsInFull(page, views[0]);
    await context.close();
    wordpress.failWith(null);
  });
});
