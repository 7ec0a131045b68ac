/**
 * Static-first reading against a real WordPress: the reader built for the
 * site that `npm run test:wordpress` started, reached through a plain TCP
 * relay the test can cut, so "WordPress refuses connections" is real; and
 * WordPress's own maintenance mode (a `.maintenance` file), which answers 503
 * to every request, REST API included.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort } from '../../../scripts/run-build.mjs';
import { openPage, sharedBrowser } from '../../e2e/browser';
import { buildAndServe, type ServedReader } from '../../e2e/reader-build';
import {
  outageProblems,
  prerenderedViews as views,
  referenceCategory as category,
  referenceText,
  referenceTitle,
  settled,
  showsInFull,
  threadBehind,
} from '../../e2e/static-first-views';

const browser = sharedBrowser();
const wordpressUrl = new URL(process.env.WORDPRESS_URL!);
const maintenanceFile = '/usr/share/wordpress/.maintenance';
let relay: Relay;
let reader: ServedReader;

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
  // Inside the project, so the prerendering step's server bundle finds node_modules.
  const parent = join(process.cwd(), 'node_modules/.cache');
  mkdirSync(parent, { recursive: true });
  reader = await buildAndServe({ apiRoot: `${apiOrigin()}/wp-json`, parent });
}, 240_000);

afterAll(async () => {
  rmSync(maintenanceFile, { force: true });
  await reader?.close();
  await stopRelay().catch(() => undefined);
});

const readerUrl = (path: string) => reader.url(path);

/** Every request the page makes to WordPress's REST API (media under /wp-content/ are files, not PHP). */
function restRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${apiOrigin()}/wp-json`)) seen.push(request.url());
  });
  return seen;
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
    await page.getByText(referenceText).waitFor();
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
    await page.locator('#comments').getByRole('status').getByText(threadBehind).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
