#!/usr/bin/env node
/**
 * A benchmark, not a test: how the full build (bundle + prerendering every
 * page) grows with the size of the site. Builds mock sites of 250, 500 and
 * 1,000 articles (VITE_MOCK_ARTICLES) and prints the time and page count of each.
 *
 *   npm run bench:prerender
 *   BENCH_SIZES=1000,2000 npm run bench:prerender
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from './run-build.mjs';

const sizes = (process.env.BENCH_SIZES ?? '250,500,1000').split(',').map(Number);
const rows = [];
for (const size of sizes) {
  const out = join(mkdtempSync(join(tmpdir(), 'reader-scale-')), 'dist');
  const started = performance.now();
  const log = await runBuild({ out, env: { VITE_MOCK_ARTICLES: String(size), VITE_WP_API_URL: '', VITE_SITE_URL: 'http://localhost:4173' } });
  const seconds = (performance.now() - started) / 1000;
  const articles = readdirSync(join(out, 'news')).length;
  const summary = log.match(/Prerendered (\d+) pages/);
  rows.push({ articles, pages: Number(summary?.[1] ?? 0), seconds });
  console.log(`${articles} articles: ${summary?.[0] ?? '?'} in ${seconds.toFixed(1)} s`);
  rmSync(join(out, '..'), { recursive: true, force: true });
}
console.log(`\nFull build (bundle + prerender) on ${cpus().length} cores, Node ${process.version}:\n`);
console.log('| articles | pages | build time | pages per second |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.articles} | ${row.pages} | ${row.seconds.toFixed(1)} s | ${(row.pages / row.seconds).toFixed(1)} |`);
