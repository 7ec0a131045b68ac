#!/usr/bin/env node
/**
 * The production build: the browser bundle, then a static HTML page for every
 * view the site has (prerendered with the app's own routes and data, from
 * what the build read of WordPress in bulk), then the files hosts and
 * crawlers look for. Everything is written to a staging folder and moved into
 * dist/ only when all of it succeeded, so a failed build never leaves a
 * half-built dist/.
 *
 * After a first build, a build is incremental: it asks WordPress only what
 * changed and renders again only the pages whose data changed (README, "Rebuild
 * only what changed").
 *
 *   node scripts/build.mjs                 # incremental when the last build's output and cache are there
 *   node scripts/build.mjs --full          # read all of WordPress and render every page
 *   node scripts/build.mjs --out <dir>     # somewhere other than dist/
 *   node scripts/build.mjs --live          # every page reads WordPress itself, as the browser would (slow; for checking)
 *
 * VITE_WP_API_URL: the WordPress REST root to read; without it the built-in mock.
 * VITE_SITE_URL:   the reader's public address (canonical links); without it the preview server's.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { libraryBlockCss, wordpressBlockCss, writeBlockStyles } from './blocks/block-css.mjs';
import { ensureBundle } from './build-bundle.mjs';
import { prerenderSite } from './prerender.mjs';

// Always the production React and libraries: a test runner that starts the build (Vitest sets
// NODE_ENV=test) would otherwise get their development builds, 3 times the JavaScript.
process.env.NODE_ENV = 'production';

const root = resolve(import.meta.dirname, '..');
const outArg = process.argv.indexOf('--out');
const dist = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const staging = `${dist}.staging`;
const live = process.argv.includes('--live');
const full = process.argv.includes('--full') || live;
/** What the next build needs to know of this one's output: what it read, and what each page was made from. Never deployed. */
const cacheRoot = join(root, '.prerender');
const cache = join(cacheRoot, `out-${createHash('sha1').update(dist).digest('hex').slice(0, 10)}`);

function fail(message) {
  console.error(`\nBuild failed: ${message}\nNothing was written to ${dist}.`);
  rmSync(staging, { recursive: true, force: true });
  process.exit(1);
}

const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

/** The last build of this output, when its pages and cache still belong together. */
function previousBuild() {
  const pages = readJson(join(cache, 'pages.json'));
  const snapshot = readJson(join(cache, 'snapshot.json'));
  const deployed = readJson(join(dist, 'build.json'));
  if (!pages || !snapshot || !deployed || deployed.code !== pages.code || deployed.content !== pages.content) return null;
  return { ...pages, snapshot };
}

/** Caches of outputs that are gone (a test's temporary folder) go too, and those of an older layout. */
function pruneCaches() {
  for (const name of existsSync(cacheRoot) ? readdirSync(cacheRoot).filter((entry) => entry !== 'bundles') : []) {
    const out = name.startsWith('out-') ? readJson(join(cacheRoot, name, 'out.json'))?.out : null;
    if (!name.startsWith('out-') || (out && !existsSync(out))) rmSync(join(cacheRoot, name), { recursive: true, force: true });
  }
}

if (!process.env.VITE_SITE_URL) {
  process.env.VITE_SITE_URL = 'http://localhost:4173';
  console.log('VITE_SITE_URL is not set: assuming the reader is published at http://localhost:4173 (the preview server).');
  console.log('Set it to the public address, e.g. VITE_SITE_URL=https://news.example.com, so canonical and shared links point there.');
}
const apiUrl = process.env.VITE_WP_API_URL?.trim();
console.log(apiUrl ? `Reading WordPress at ${apiUrl}` : 'Reading the built-in mock WordPress (VITE_WP_API_URL is not set).');

const started = performance.now();
pruneCaches();
rmSync(staging, { recursive: true, force: true });
// A replaced tree whose deletion did not finish (the machine stopped): gone now.
for (const name of (existsSync(dirname(dist)) ? readdirSync(dirname(dist)) : []).filter((entry) => entry.startsWith(`${basename(dist)}.previous`))) {
  rmSync(join(dirname(dist), name), { recursive: true, force: true });
}
const client = join(staging, 'client');
const bundleStarted = performance.now();
const bundle = await ensureBundle(root).catch((error) => fail(`the bundle could not be built: ${error instanceof Error ? error.message : error}`));
console.log(bundle.built ? `Bundle built in ${((performance.now() - bundleStarted) / 1000).toFixed(1)} s` : 'Bundle reused: the sources and settings are those of an earlier build');
const previous = full ? null : previousBuild();
// The same code as the last build: its pages are copied and only those whose data changed are rendered again.
const samePages = previous?.source === bundle.source;
cpSync(samePages ? dist : bundle.client, client, { recursive: true, preserveTimestamps: true });
rmSync(join(client, '.vite'), { recursive: true, force: true });
if (apiUrl) {
  // A build for a real WordPress ships nothing of the mock (and its pictures' folder is free for the site's own).
  for (const mockOnly of ['mockServiceWorker.js', 'media']) rmSync(join(client, mockOnly), { recursive: true, force: true });
}

let result;
try {
  const server = await import(pathToFileURL(join(bundle.server, 'entry-server.js')).href);
  result = await prerenderSite({
    server,
    outDir: client,
    template: readFileSync(join(bundle.client, 'index.html'), 'utf8'),
    manifest: JSON.parse(readFileSync(join(bundle.client, '.vite', 'manifest.json'), 'utf8')),
    previous,
    samePages,
    live,
    mediaCache: join(cache, 'media'),
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

// WordPress's own CSS for the blocks the pages use: the site's, or for the mock @wordpress/block-library's.
try {
  const blockStyles = await writeBlockStyles(client, apiUrl ? wordpressBlockCss(apiUrl) : libraryBlockCss());
  const kilobytes = blockStyles.reduce((sum, { bytes }) => sum + bytes, 0) / 1024;
  const linked = blockStyles.filter((sheet) => sheet.linked).length;
  console.log(`Block stylesheets: ${blockStyles.length} files, ${kilobytes.toFixed(1)} KB, ${linked} of them linked by the built pages (${apiUrl ? "the site's own" : `@wordpress/block-library`})`);
} catch (error) {
  fail(`WordPress's block stylesheets could not be read: ${error instanceof Error ? error.message : error}`);
}

// Swap in the finished build at once, then keep what the next build needs. The replaced tree is
// deleted by a process of its own, which outlives this one: on a large site that takes seconds, and the
// new build is ready to deploy before it is done.
const previousDist = `${dist}.previous-${process.pid}`;
if (existsSync(dist)) renameSync(dist, previousDist);
renameSync(client, dist);
if (existsSync(previousDist)) {
  const remove = `require('node:fs').rmSync(${JSON.stringify(previousDist)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', remove], { detached: true, stdio: 'ignore' }).unref();
}
rmSync(staging, { recursive: true, force: true });
mkdirSync(cache, { recursive: true });
if (result.cache) {
  writeFileSync(join(cache, 'snapshot.json'), JSON.stringify(result.cache.snapshot));
  writeFileSync(join(cache, 'pages.json'), JSON.stringify({ source: bundle.source, ...result.cache.pages }));
} else {
  rmSync(join(cache, 'pages.json'), { force: true });
}
writeFileSync(join(cache, 'out.json'), JSON.stringify({ out: dist }));
console.log(`${result.summary} in ${((performance.now() - started) / 1000).toFixed(1)} s → ${dist}`);
