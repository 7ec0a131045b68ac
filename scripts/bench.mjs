#!/usr/bin/env node
/**
 * A benchmark, not a test: Lighthouse 12 (mobile, simulated throttling) in
 * Debian's Chromium on the reader's list and reference article, side by side
 * with WordPress's own theme rendering the same posts, in one run.
 *
 * Where Debian's WordPress is installed, it starts the seeded site `npm run
 * test:wordpress` uses (scripts/wordpress/run.sh --serve, under the same
 * /tmp/wordpress.lock, Twenty Twenty-Three, gzip in front of PHP), builds the
 * reader for it (VITE_WP_API_URL) and serves that build with gzip as a host
 * would (scripts/serve.mjs). The runs alternate, reader then theme, so the
 * machine's load falls on both alike. It prints the medians of each side and
 * the ratios, reader ÷ theme.
 *
 * Without WordPress (or with BENCH_WORDPRESS=0) it measures the reader alone,
 * on the mock WordPress over HTTP (stand-in-wordpress.mjs).
 *
 *   npm run bench                      # 3 runs a page and side
 *   BENCH_RUNS=5 npm run bench
 *   BENCH_WORDPRESS=0 npm run bench    # the reader alone, on the stand-in
 *   BENCH_MOCK=1 npm run bench         # the reader alone, the build on the built-in mock
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runBuild } from './run-build.mjs';
import { startServer } from './serve.mjs';
import { startStandIn } from './stand-in-wordpress.mjs';
import { startSeededWordPress, wordpressInstalled } from './wordpress/seeded-site.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const slug = 'eu-japan-team-up-to-advance-semiconductors-cybersecurity-and-undersea-cables';
/** Each view: its path in the reader, and in the theme (WordPress's /%postname%/ permalinks). */
const pages = [
  { name: 'list', reader: '/', theme: '/' },
  { name: 'article', reader: `/news/${slug}`, theme: `/${slug}/` },
];

const mock = process.env.BENCH_MOCK === '1';
const withTheme = !mock && process.env.BENCH_WORDPRESS !== '0' && wordpressInstalled();
const port = await freePort();
const out = join(mkdtempSync(join(tmpdir(), 'reader-bench-')), 'dist');
let wordpress = null;
if (withTheme) {
  console.log('Starting the seeded WordPress (waits for /tmp/wordpress.lock while another one runs) …');
  const site = await startSeededWordPress();
  wordpress = { apiRoot: `${site.url}/wp-json`, themeUrl: site.url, close: site.close };
} else if (!mock) {
  wordpress = await startStandIn();
}

// Timed from here: waiting for the lock is not the benchmark's own time.
const started = Date.now();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const metrics = ['performance', 'fcp', 'lcp', 'tbt', 'cls', 'js', 'bytes'];

async function measure(chrome, url) {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const { audits, categories } = result.lhr;
  if (result.lhr.runtimeError) throw new Error(`Lighthouse could not measure ${url}: ${result.lhr.runtimeError.message}`);
  const scripts = audits['resource-summary'].details.items.find((item) => item.resourceType === 'script');
  return {
    performance: categories.performance.score * 100,
    fcp: audits['first-contentful-paint'].numericValue,
    lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    js: scripts?.transferSize ?? 0,
    bytes: audits['total-byte-weight'].numericValue,
  };
}

const show = {
  performance: (value) => value.toFixed(0),
  fcp: (value) => `${(value / 1000).toFixed(2)} s`,
  lcp: (value) => `${(value / 1000).toFixed(2)} s`,
  tbt: (value) => `${value.toFixed(0)} ms`,
  cls: (value) => value.toFixed(3),
  js: (value) => `${(value / 1024).toFixed(1)} KB`,
  bytes: (value) => `${(value / 1024).toFixed(1)} KB`,
};
const ratio = (reader, theme) => (theme === 0 ? (reader === 0 ? '1.00×' : '—') : `${(reader / theme).toFixed(2)}×`);

let server;
let chrome;
const samples = new Map(pages.map(({ name }) => [name, { reader: [], theme: [] }]));
try {
  console.log(`Building the reader ${mock ? 'on the built-in mock' : `for the WordPress at ${wordpress.apiRoot}`}, published at http://127.0.0.1:${port} …`);
  await runBuild({ out, env: { VITE_SITE_URL: `http://127.0.0.1:${port}`, VITE_WP_API_URL: wordpress?.apiRoot ?? '' } });
  server = await startServer({ dir: out, port });
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  // Interleaved: reader, theme, reader, theme … so a busy spell of the machine hits both sides.
  for (let run = 0; run < runs; run += 1) {
    for (const page of pages) {
      const sides = samples.get(page.name);
      sides.reader.push(await measure(chrome, `${server.url}${page.reader}`));
      if (withTheme) sides.theme.push(await measure(chrome, `${wordpress.themeUrl}${page.theme}`));
      process.stdout.write('.');
    }
  }
} finally {
  await chrome?.kill();
  await server?.close();
  await wordpress?.close();
  rmSync(join(out, '..'), { recursive: true, force: true });
}

const pick = (list) => Object.fromEntries(metrics.map((metric) => [metric, median(list.map((sample) => sample[metric]))]));
const header = ['view', 'site', 'perf', 'FCP', 'LCP', 'TBT', 'CLS', 'JS as received', 'total bytes'];
const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
for (const { name } of pages) {
  const { reader, theme } = samples.get(name);
  const ours = pick(reader);
  lines.push(`| ${name} | reader | ${metrics.map((metric) => show[metric](ours[metric])).join(' | ')} |`);
  if (!withTheme) continue;
  const theirs = pick(theme);
  lines.push(`| ${name} | WordPress theme | ${metrics.map((metric) => show[metric](theirs[metric])).join(' | ')} |`);
  lines.push(`| ${name} | reader ÷ theme | ${metrics.map((metric) => (metric === 'cls' ? `${show.cls(ours.cls)} vs ${show.cls(theirs.cls)}` : ratio(ours[metric], theirs[metric]))).join(' | ')} |`);
}

const what = withTheme
  ? 'the reader (build for the seeded WordPress) and WordPress 6.1 with Twenty Twenty-Three, same posts, both gzipped, runs interleaved'
  : mock
    ? 'the reader alone, built-in mock build'
    : 'the reader alone, build for the stand-in WordPress (no Debian WordPress here, or BENCH_WORDPRESS=0)';
console.log(`\n\nLighthouse 12, mobile, simulated throttling; ${what}; median of ${runs} runs; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${((Date.now() - started) / 60000).toFixed(1)} min:\n`);
console.log(lines.join('\n'));
