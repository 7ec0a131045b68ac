#!/usr/bin/env node
/**
 * A benchmark, not a test: builds the reader, serves the build with gzip as a
 * host would (scripts/serve.mjs), and runs Lighthouse 12 (mobile, simulated
 * throttling) in Debian's Chromium several times on the home list, the
 * reference article and page 2. Prints the median of each figure.
 *
 * By default it measures the build readers of a real site get (VITE_WP_API_URL
 * set; no mock in the page), against the mock WordPress over HTTP on another
 * origin, as a WordPress would answer, gzip included.
 *
 *   npm run bench                      # 3 runs a page
 *   BENCH_RUNS=5 npm run bench
 *   BENCH_MOCK=1 npm run bench         # the build on the built-in mock (npm run build && npm run preview)
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runBuild } from './run-build.mjs';
import { startServer } from './serve.mjs';
import { startStandIn } from './stand-in-wordpress.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const pages = [
  ['home list', '/'],
  ['reference article', '/news/eu-japan-team-up-to-advance-semiconductors-cybersecurity-and-undersea-cables'],
  ['page 2', '/page/2/'],
];

const mock = process.env.BENCH_MOCK === '1';
const port = await freePort();
const out = join(mkdtempSync(join(tmpdir(), 'reader-bench-')), 'dist');
const wordpress = mock ? null : await startStandIn();
console.log(`Building ${mock ? 'on the built-in mock' : `for a WordPress at ${wordpress.apiRoot}`}, published at http://127.0.0.1:${port} …`);
await runBuild({ out, env: { VITE_SITE_URL: `http://127.0.0.1:${port}`, VITE_WP_API_URL: wordpress?.apiRoot ?? '' } });
const server = await startServer({ dir: out, port });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const rows = [];
try {
  for (const [name, path] of pages) {
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
      const { audits, categories } = result.lhr;
      const scripts = audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
      samples.push({
        performance: categories.performance.score * 100,
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        bytes: audits['total-byte-weight'].numericValue,
        js: scripts?.transferSize ?? 0,
      });
    }
    const pick = (key) => median(samples.map((sample) => sample[key]));
    rows.push({
      page: name,
      performance: pick('performance').toFixed(0),
      FCP: `${(pick('fcp') / 1000).toFixed(2)} s`,
      LCP: `${(pick('lcp') / 1000).toFixed(2)} s`,
      TBT: `${pick('tbt').toFixed(0)} ms`,
      CLS: pick('cls').toFixed(3),
      bytes: `${(pick('bytes') / 1024).toFixed(1)} KB`,
      'JS (gzip)': `${(pick('js') / 1024).toFixed(1)} KB`,
    });
  }
} finally {
  await chrome.kill();
  await server.close();
  await wordpress?.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
}

console.log(`\nLighthouse 12, mobile, simulated throttling, gzip, ${mock ? 'built-in mock build' : 'build for a real WordPress'}; median of ${runs} runs:\n`);
const columns = Object.keys(rows[0]);
console.log(`| ${columns.join(' | ')} |`);
console.log(`|${columns.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${columns.map((column) => row[column]).join(' | ')} |`);
