/**
 * Static-first reading against a real WordPress: the reader built for the
 * site that `npm run test:wordpress` started, reached through a plain TCP
 * relay the test can cut, so "WordPress refuses connections" is real; and
 * WordPress's own maintenance mode (a `.maintenance` file), which answers 503
 * to every request, REST API included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort, runBuild } from '../../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { createSeed } from '@/mocks/seed/create-seed';
import { hydrated, openPage, sharedBrowser, type ExpectedProblem } from '../../e2e/browser';

const seed = createSeed();
const reference = seed.posts.find((post) => post.id === 1042)!;
const category = seed.categories.find((term) => term.id === reference.categories[0])!;
const tag = seed.tags.find((term) => term.id === reference.tags[0])!;
const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#8217;/g, '’').replace(/&amp;/g, '&');
const referenceTitle = plain(reference.title);

const browser = sharedBrowser();
const wordpressUrl = new URL(process.env.WORDPRESS_URL!);
const maintenanceFile = '/usr/share/wordpress/.maintenance';
let relay: Relay;
let reader: RunningServer;
let outDir: string;

/** Passes TCP through to WordPress until it is closed; then the port refuses connections. */
interface Relay {
  port: number;
  server: Server;
  sockets: Set<Socket>;
}

function startRelay(port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(wordpressUrl.port), wordpressUrl.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ port, server, sockets })));
}

function stopRelay(): Promise<void> {
  return new Promise((resolve) => {
    relay.server.close(() => resolve());
    for (const socket of relay.sockets) socket.destroy();
  });
}

const apiOrigin = () => `http://127.0.0.1:${relay.port}`;

beforeAll(async () => {
  relay = await startRelay(await freePort());
  mkdirSync('node_modules/.cache', { recursive: true });
  outDir = join(mkdtempSync(join(process.cwd(), 'node_modules/.cache/reader-static-first-')), 'dist');
  const port = await freePort();
  await runBuild({ out: outDir, env: { VITE_WP_API_URL: `${apiOrigin()}/wp-json`, VITE_SITE_URL: `http://localhost:${port}` } });
  reader = await startServer({ dir: outDir, port, host: 'localhost' });
}, 240_000);

afterAll(async () => {
  rmSync(maintenanceFile, { force: true });
  await reader?.close();
  await stopRelay().catch(() => undefined);
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

const readerUrl = (path: string) => `${reader.url.replace(/\/$/, '')}${path}`;

const views = [
  { path: '/', heading: 'Latest news', text: referenceTitle },
  { path: `/news/${reference.slug}`, heading: referenceTitle, text: 'Thierry Breton said the EU would work with Japan' },
  { path: `/category/${category.slug}/`, heading: category.name, text: /\d+ articles/ },
  { path: `/tag/${tag.slug}/`, heading: `Tagged “${tag.name}”`, text: /\d+ articles?/ },
  { path: '/page/2/', heading: 'Latest news', text: /page 2 of \d+/ },
] as const;

/** Every request the page makes to WordPress's REST API (media under /wp-content/ are files, not PHP). */
function restRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${apiOrigin()}/wp-json`)) seen.push(request.url());
  });
  return seen;
}

async function settled(page: Page) {
  await hydrated(page, 'header button', 'Select Page');
  await page.waitForLoadState('networkidle');
}

async function showsInFull(page: Page, view: (typeof views)[number]) {
  await page.getByRole('heading', { level: 1, name: view.heading }).waitFor();
  await page.getByRole('main').getByText(view.text).first().waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
}

describe('static-first reading on a real WordPress', () => {
  it('asks WordPress nothing on a first view of home, an article, a category, a tag and page 2', async () => {
    for (const view of views) {
      const { context, page } = await openPage(browser(), readerUrl(view.path));
      const asked = restRequests(page);
      await settled(page);
      await showsInFull(page, view);
      expect(asked, `REST requests on a first view of ${view.path}`).toEqual([]);
      await context.close();
    }
  });

  it('asks WordPress nothing from the list to an article, to its category and back', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    const asked = restRequests(page);
    await settled(page);
    await page.getByRole('main').getByRole('link', { name: referenceTitle }).click();
    await page.getByText('Thierry Breton said the EU would work with Japan').waitFor();
    await page.getByRole('main').getByRole('link', { name: category.name }).first().click();
    await page.getByRole('heading', { level: 1, name: category.name }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
    await context.close();
  });
});

const outageProblems: ExpectedProblem[] = [
  {
    pattern: /^error: Failed to load resource: (net::ERR_CONNECTION_REFUSED|the server responded with a status of 503)/,
    reason: 'WordPress is down: the live comment read fails, which this test is about',
  },
];

describe.each([
  [
    'refusing connections',
    () => stopRelay(),
    async () => {
      relay = await startRelay(relay.port);
    },
  ],
  [
    'in maintenance, answering 503',
    () => writeFileSync(maintenanceFile, `<?php $upgrading = ${Math.floor(Date.now() / 1000)};`),
    () => rmSync(maintenanceFile, { force: true }),
  ],
] as const)('with WordPress %s', (_outage, goDown, comeBack) => {
  beforeAll(async () => {
    await goDown();
  });
  afterAll(async () => {
    await comeBack();
  });

  it('keeps every prerendered view in full, and opens the article from the list in full', async () => {
    for (const view of views) {
      const { context, page } = await openPage(browser(), readerUrl(view.path), { expected: outageProblems });
      await settled(page);
      await showsInFull(page, view);
      await context.close();
    }
    const { context, page } = await openPage(browser(), readerUrl('/'), { expected: outageProblems });
    await settled(page);
    await page.getByRole('main').getByRole('link', { name: referenceTitle }).click();
    await showsInFull(page, views[1]);
    // Its thread is read live when it comes near: that fails, and says so where the thread is.
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await page.locator('#comments').getByRole('status').getByText('Newer comments could not be loaded just now.').waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
