#!/usr/bin/env node
/**
 * The production build: the browser bundle, then a static HTML page for every
 * view the site has (prerendered with the app's own routes and data), then the
 * files hosts and crawlers look for. Everything is written to a staging folder
 * and moved into dist/ only when all of it succeeded, so a failed build never
 * leaves a half-built dist/.
 *
 *   node scripts/build.mjs                 # full build
 *   node scripts/build.mjs --incremental   # re-render what changed since the last build (see README)
 *   node scripts/build.mjs --out <dir>     # somewhere other than dist/
 *
 * VITE_WP_API_URL: the WordPress REST root to read; without it the built-in mock.
 * VITE_SITE_URL:   the reader's public address (canonical links); without it the preview server's.
 * PRERENDER_CONCURRENCY: pages rendered at once (default 6).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { prerenderSite } from './prerender.mjs';

// Always the production React and libraries: a test runner that starts the build (Vitest sets
// NODE_ENV=test) would otherwise get their development builds, 3 times the JavaScript.
process.env.NODE_ENV = 'production';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const staging = `${dist}.staging`;
/**
 * What the next incremental build needs: the server bundle, the page template,
 * the list of pages. Never deployed; kept in the project, where the server
 * bundle finds its packages.
 */
const cache = join(root, '.prerender', outArg > 0 ? createHash('sha1').update(dist).digest('hex').slice(0, 10) : 'dist');
const incremental = process.argv.includes('--incremental');

function fail(message) {
  console.error(`\nBuild failed: ${message}\nNothing was written to dist/.`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

if (!process.env.VITE_SITE_URL) {
  process.env.VITE_SITE_URL = 'http://localhost:4173';
  console.log('VITE_SITE_URL is not set: assuming the reader is published at http://localhost:4173 (the preview server).');
  console.log('Set it to the public address, e.g. VITE_SITE_URL=https://news.example.com, so canonical and shared links point there.');
}
const apiUrl = process.env.VITE_WP_API_URL?.trim();
console.log(apiUrl ? `Reading WordPress at ${apiUrl}` : 'Reading the built-in mock WordPress (VITE_WP_API_URL is not set).');

const started = performance.now();
rmSync(staging, { recursive: true, force: true });
const client = join(staging, 'client');
const serverBundle = join(cache, incremental ? 'server' : 'server.next');

if (incremental) {
  if (!existsSync(join(cache, 'pages.json')) || !existsSync(join(serverBundle, 'entry-server.js')) || !existsSync(dist)) {
    fail('--incremental needs a previous full build (dist/ and .prerender/).');
  }
  cpSync(dist, client, { recursive: true, preserveTimestamps: true });
} else {
  rmSync(cache, { recursive: true, force: true });
  mkdirSync(cache, { recursive: true });
  await build({ logLevel: 'warn', build: { outDir: client, emptyOutDir: true, manifest: true } });
  await build({
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.tsx', outDir: serverBundle, emptyOutDir: true, sourcemap: false, copyPublicDir: false, minify: false, chunkSizeWarningLimit: 100_000 },
  });
}

let summary;
try {
  const server = await import(pathToFileURL(join(serverBundle, 'entry-server.js')).href);
  summary = await prerenderSite({ server, outDir: client, cache, incremental, concurrency: Number(process.env.PRERENDER_CONCURRENCY ?? 6) });
} catch (error) {
  if (!incremental) rmSync(cache, { recursive: true, force: true });
  fail(error instanceof Error ? error.message : String(error));
}

if (apiUrl) {
  // A build for a real WordPress ships nothing of the mock.
  for (const mockOnly of ['mockServiceWorker.js', 'media']) rmSync(join(client, mockOnly), { recursive: true, force: true });
}

// Swap in the finished build at once.
const previous = `${dist}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(client, dist);
rmSync(previous, { recursive: true, force: true });
if (!incremental) renameSync(serverBundle, join(cache, 'server'));
rmSync(staging, { recursive: true, force: true });
console.log(`${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s → dist/`);
