/**
 * Static-first reading, for a build with VITE_WP_API_URL: a stand-in
 * WordPress answers over real HTTP from another origin and counts what
 * reaches it, so "WordPress was not asked" is read off the server itself.
 * Then WordPress goes down, refusing connections and answering 503, and every
 * prerendered view must keep what it shows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort, runBuild } from '../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { createSeed } from '@/mocks/seed/create-seed';
import { startStandInWordPress, type StandInWordPress } from '@/mocks/stand-in-wordpress';
import { referenceSlug, referenceTitle } from '../reference-page';
import { hydrated, openPage, sharedBrowser, type ExpectedProblem } from './browser';

const seed = createSeed();
const reference = seed.posts.find((post) => post.slug === referenceSlug)!;
const referenceCategory = seed.categories.find((category) => category.id === reference.categories[0])!;
/** An article with a thread: the build's copy of its comments is what an outage must leave on screen. */
const discussed = seed.posts.find((post) => post.status === 'publish' && !post.password && seed.comments.filter((comment) => comment.post === post.id).length >= 2)!;
const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#8217;/g, '’').replace(/&amp;/g, '&');

const browser = sharedBrowser();
let wordpress: StandInWordPress;
let wordpressPort: number;
let reader: RunningServer;
let outDir: string;

beforeAll(async () => {
  wordpressPort = await freePort();
  wordpress = await startStandInWordPress({ port: wordpressPort });
  outDir = join(mkdtempSync(join(tmpdir(), 'reader-static-first-')), 'dist');
  const port = await freePort();
  await runBuild({ out: outDir, env: { VITE_WP_API_URL: wordpress.apiRoot, VITE_SITE_URL: `http://localhost:${port}` } });
  reader = await startServer({ dir: outDir, port, host: 'localhost' });
}, 180_000);

afterAll(async () => {
  await reader?.close();
  await wordpress?.close();
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

function readerUrl(path: string): string {
  return `http://localhost:${new URL(reader.url).port}${path}`;
}

/** The five kinds of prerendered view, with a text each shows only once its data is on screen. */
const views = [
  { path: '/', heading: 'Latest news', text: referenceTitle },
  { path: `/news/${referenceSlug}`, heading: referenceTitle, text: 'Thierry Breton said the EU would work with Japan' },
  { path: `/category/${referenceCategory.slug}/`, heading: referenceCategory.name, text: /\d+ articles/ },
  { path: '/tag/semiconductors/', heading: 'Tagged “semiconductors”', text: referenceTitle },
  { path: '/page/2/', heading: 'Latest news', text: /page 2 of \d+/ },
] as const;

/** Started: the header's menu button has its code, so the app has hydrated, and the page has gone quiet. */
async function settled(page: Page) {
  await hydrated(page, 'header button', 'Select Page');
  await page.waitForLoadState('networkidle');
}

async function showsInFull(page: Page, view: (typeof views)[number]) {
  await page.getByRole('heading', { level: 1, name: view.heading }).waitFor();
  await page.getByRole('main').getByText(view.text).first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
}

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
    await page.getByText('Thierry Breton said the EU would work with Japan').waitFor();
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
    const { context, page } = await openPage(browser(), readerUrl(`/news/${referenceSlug}`));
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

/** Chromium's console line for a read of the site that failed, expected throughout an outage. */
const outageProblems = (what: string): ExpectedProblem[] => [
  {
    pattern: /^error: Failed to load resource: (net::ERR_CONNECTION_REFUSED|the server responded with a status of 503)/,
    reason: `${what}: the live comment read fails, which this test is about`,
  },
];

describe.each([
  ['refusing connections', async () => wordpress.close(), async () => (wordpress = await startStandInWordPress({ port: wordpressPort }))],
  [
    'answering 503 to everything',
    async () => wordpress.failWith(503),
    async () => {
      wordpress.failWith(null);
    },
  ],
] as const)('with WordPress %s', (outage, goDown, comeBack) => {
  beforeAll(async () => {
    await goDown();
  });
  afterAll(async () => {
    await comeBack();
  });

  it('keeps every prerendered view in full after it has started and gone quiet', async () => {
    for (const view of views) {
      const { context, page } = await openPage(browser(), readerUrl(view.path), { expected: outageProblems(outage) });
      await settled(page);
      await showsInFull(page, view);
      await context.close();
    }
  });

  it('opens prerendered articles by client navigation, and keeps the build’s comments when the live read fails', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'), { expected: outageProblems(outage) });
    await settled(page);
    await page.getByRole('main').getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.getByText('Thierry Breton said the EU would work with Japan').waitFor();
    // Then one with comments, by its previous/next links or its address: it is not on every list page.
    await page.goto(readerUrl(`/news/${discussed.slug}`));
    await settled(page);
    await page.getByRole('heading', { level: 1, name: plain(discussed.title) }).waitFor();
    const comments = page.locator('#comments');
    await comments.scrollIntoViewIfNeeded();
    await comments.getByRole('status').getByText('Newer comments could not be loaded just now.').waitFor({ timeout: 30_000 });
    expect(await comments.getByRole('article').count()).toBeGreaterThan(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('says an article the build does not have could not be loaded, with a retry', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/news/published-after-the-build'), { expected: outageProblems(outage) });
    const alert = page.getByRole('alert').filter({ hasText: 'This article could not be loaded' });
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await context.close();
  });
});
