#!/usr/bin/env node
/**
 * Size budget: all the JavaScript a first view of the article list downloads
 * until the page is idle, gzipped, as Lighthouse counts it ("JS as received"):
 * the first view's own chunks and anything fetched before idle (prefetches,
 * idle callbacks), in a build for a real WordPress (what readers download).
 * A prerendered list starts the app on the reader's first intent (public/boot.js),
 * so that is boot.js alone; the app the first intent then loads (until idle
 * again) has a budget of its own. Both must stay under their budgets, and that
 * build must contain no mock code.
 *
 * The build is the real one (prerendered pages, boot.js), for the mock
 * WordPress over HTTP (stand-in-wordpress.mjs), served with gzip as a host
 * would (serve.mjs). Chromium (Debian's, via playwright-core) opens the list
 * at a phone's size and counts every script response body until the network
 * has been quiet after an idle callback. Nothing is hovered, focused or
 * scrolled: what a reader's intent loads later is not on the first view.
 *
 *   node scripts/size-budget.mjs            # prints each script, exits 1 when over
 *   SIZE_BUDGET_KB=1 APP_BUDGET_KB=140 node scripts/size-budget.mjs
 *
 * It also prints the block CSS each article links (lib/block-styles.ts) and
 * fails when one links more than BLOCK_CSS_BUDGET_KB (20 KB gzipped).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { blockCssPerArticle } from './blocks/block-css-size.mjs';
import { freePort, runBuild } from './run-build.mjs';
import { startServer } from './serve.mjs';
import { startStandIn } from './stand-in-wordpress.mjs';

// Issue 23's target is 120 KB; a prerendered list's first view receives boot.js alone (0.8 KB).
const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 2);
/** A ratchet at today's figure: the app a reader's first intent loads on the list (README, Performance). */
const appBudgetKb = Number(process.env.APP_BUDGET_KB ?? 143);
/** WordPress's block CSS one article links, gzipped (the block-heaviest seeded article: 12.5 KB in 18 sheets). */
const blockCssBudgetKb = Number(process.env.BLOCK_CSS_BUDGET_KB ?? 20);
/** Strings only the mock has: MSW's worker script name and the seeded reference article. */
const mockMarkers = ['mockServiceWorker', 'Recently, after meeting with Japanese politicians'];
const launchArgs = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Every script the list's first view receives until it is idle, and then every script the reader's
 * first intent (a pointer moving) loads until it is live and idle again: [path, gzipped body bytes].
 */
async function firstViewScripts(siteUrl) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: launchArgs, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const received = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      received.push(
        request.sizes().then(async ({ responseBodySize }) => {
          const response = await request.response();
          const encoding = response?.headers()['content-encoding'];
          if (encoding !== 'gzip') throw new Error(`${request.url()} was not served gzipped`);
          // A worker's script is fetched by the worker, whose body size Chromium does not report to the page:
          // its body, gzipped as the server sends it, counts instead.
          const received = responseBodySize || (response ? gzipSync(await response.body()).length : 0);
          return [new URL(request.url()).pathname, received];
        }),
      );
    });
    const untilIdle = async () => {
      // What waits for an idle moment (requestIdleCallback, after load) counts too, as it does for Lighthouse.
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 1000), { timeout: 5000 })));
      await page.waitForLoadState('networkidle');
    };
    await page.goto(siteUrl, { waitUntil: 'networkidle' });
    await untilIdle();
    const first = await Promise.all(received.splice(0));
    await page.mouse.move(2, 2);
    await page.locator('html[data-reader="live"]').waitFor({ state: 'attached' });
    await untilIdle();
    return { first, app: await Promise.all(received) };
  } finally {
    await browser.close();
  }
}

const jsFiles = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.js'));

let failed = false;
const out = join(mkdtempSync(join(tmpdir(), 'reader-size-')), 'dist');
const wordpress = await startStandIn();
const port = await freePort();
let server;
try {
  await runBuild({ out, env: { VITE_SITE_URL: `http://127.0.0.1:${port}`, VITE_WP_API_URL: wordpress.apiRoot } });
  server = await startServer({ dir: out, port });
  const { first, app } = await firstViewScripts(`${server.url}/`);
  for (const [scripts, title, budget, what] of [
    [first, 'JavaScript the first view of the article list receives until idle (build for a real WordPress), gzipped:', budgetKb, 'the list’s first view receives'],
    [app, 'Then the app, which the reader’s first intent loads, until live and idle:', appBudgetKb, 'the app receives on the list'],
  ]) {
    let total = 0;
    console.log(title);
    for (const [path, bytes] of scripts.sort((a, b) => b[1] - a[1])) {
      total += bytes / 1024;
      console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${path}`);
    }
    console.log(`  ${total.toFixed(1).padStart(7)} KB  total in ${scripts.length} files (budget ${budget} KB)`);
    if (total > budget) {
      console.error(`FAIL: ${what} ${total.toFixed(1)} KB of gzipped JavaScript, over the ${budget} KB budget.`);
      failed = true;
    }
  }

  const articles = await blockCssPerArticle();
  const heaviest = articles[0];
  console.log(`WordPress's block CSS an article links (the mock's, @wordpress/block-library), gzipped:`);
  for (const { slug, sheets, bytes } of articles.slice(0, 3)) console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${sheets} sheets  /news/${slug}/`);
  console.log(`  ${articles.filter((article) => article.sheets).length} of ${articles.length} articles link block CSS; the heaviest ${(heaviest.bytes / 1024).toFixed(1)} KB (budget ${blockCssBudgetKb} KB)`);
  if (heaviest.bytes / 1024 > blockCssBudgetKb) {
    console.error(`FAIL: /news/${heaviest.slug}/ links ${(heaviest.bytes / 1024).toFixed(1)} KB of gzipped block CSS, over the ${blockCssBudgetKb} KB budget.`);
    failed = true;
  }

  const leaks = [];
  for (const file of jsFiles(out)) {
    const text = readFileSync(join(out, file), 'utf8');
    for (const marker of mockMarkers) if (text.includes(marker)) leaks.push(`${file} contains "${marker}"`);
  }
  if (leaks.length) {
    console.error(`FAIL: the build for a real WordPress contains mock code:\n  ${leaks.join('\n  ')}`);
    failed = true;
  } else {
    console.log('The build for a real WordPress contains no mock code.');
  }
} finally {
  await server?.close();
  await wordpress.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
}
console.log(failed ? 'size budget: FAILED' : 'size budget: passed');
process.exit(failed ? 1 : 0);
