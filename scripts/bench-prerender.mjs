#!/usr/bin/env node
/**
 * A benchmark, not a test: how long `npm run build` takes as the site grows,
 * and how long the build after one edited post takes.
 *
 * 1. Full builds of the built-in mock at 250, 1,000 and 5,000 articles
 *    (VITE_MOCK_ARTICLES), each into a new folder.
 * 2. The mock over HTTP (the stand-in WordPress) at 1,000 articles: a full
 *    build, one post edited, the incremental build after it.
 * 3. When Debian's WordPress is installed: the test WordPress of
 *    `npm run test:wordpress` seeded with 1,000 posts (WORDPRESS_POSTS), a full
 *    build and the incremental build after one post is edited in it (under
 *    /tmp/wordpress.lock, as that suite runs).
 *
 *   npm run bench:prerender
 *   BENCH_SIZES=250,1000 BENCH_WORDPRESS=0 npm run bench:prerender
 *   BENCH_SIZES= BENCH_WORDPRESS=0 npm run bench:prerender   # only the edit on the stand-in
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, runBuild } from './run-build.mjs';
import { startStandIn } from './stand-in-wordpress.mjs';

const root = resolve(import.meta.dirname, '..');
const sizes = (process.env.BENCH_SIZES ?? '250,1000,5000').split(',').filter(Boolean).map(Number);
const siteUrl = 'http://localhost:4173';
const rows = [];

async function timedBuild(label, out, env, args = []) {
  const started = performance.now();
  const log = await runBuild({ out, env: { VITE_SITE_URL: siteUrl, CI: 'true', ...env }, args });
  const seconds = (performance.now() - started) / 1000;
  const summary = log.match(/Prerendered (\d+) pages, kept (\d+) unchanged \((\d+) articles/);
  const row = { label, articles: Number(summary?.[3] ?? 0), rendered: Number(summary?.[1] ?? 0), kept: Number(summary?.[2] ?? 0), bundle: /Bundle built/.test(log) ? 'built' : 'reused', seconds };
  rows.push(row);
  console.log(`${label}: ${row.articles} articles, ${row.rendered} pages rendered, ${row.kept} kept, bundle ${row.bundle}, ${seconds.toFixed(1)} s`);
  return log;
}

const scratch = () => join(mkdtempSync(join(tmpdir(), 'reader-bench-')), 'dist');
const cleanUp = (out) => rmSync(join(out, '..'), { recursive: true, force: true });

// 1. The built-in mock, full builds.
for (const size of sizes) {
  const out = scratch();
  await timedBuild(`mock, full`, out, { VITE_MOCK_ARTICLES: String(size), VITE_WP_API_URL: '' }, ['--full']);
  cleanUp(out);
}

// 2. The mock over HTTP: one edited post.
{
  process.env.VITE_MOCK_ARTICLES = '1000';
  const standIn = await startStandIn({ port: await freePort() });
  const out = scratch();
  const env = { VITE_WP_API_URL: standIn.apiRoot, VITE_MOCK_ARTICLES: '' };
  try {
    await timedBuild('stand-in over HTTP, full', out, env, ['--full']);
    const post = standIn.db.posts.find((candidate) => candidate.status === 'publish' && !candidate.password);
    const now = new Date().toISOString().slice(0, 19);
    Object.assign(post, { title: `${post.title} (edited)`, modified: now, modified_gmt: now });
    await timedBuild('stand-in over HTTP, one post edited', out, env);
  } finally {
    cleanUp(out);
    await standIn.close();
  }
}

// 3. A real WordPress of 1,000 posts.
const haveWordPress = existsSync('/usr/share/wordpress/wp-load.php') && existsSync('/usr/sbin/mariadbd');
if (process.env.BENCH_WORDPRESS !== '0' && haveWordPress) {
  const port = await freePort();
  console.log('Seeding a real WordPress with 1,000 posts (a few minutes)…');
  const site = spawn('flock', ['/tmp/wordpress.lock', 'scripts/wordpress/run.sh', '--serve'], {
    cwd: root,
    env: { ...process.env, WORDPRESS_POSTS: '1000', WORDPRESS_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const url = await new Promise((found, failed) => {
    let output = '';
    site.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/WORDPRESS_URL=(\S+)/);
      if (match) found(match[1]);
    });
    site.on('exit', (code) => failed(new Error(`The test WordPress stopped (exit ${code}):\n${output}`)));
  });
  const out = scratch();
  const env = { VITE_WP_API_URL: `${url}/wp-json` };
  try {
    await timedBuild('real WordPress, full', out, env, ['--full']);
    const [post] = JSON.parse(execFileSync('curl', ['-s', `${url}/wp-json/wp/v2/posts?per_page=1&page=7&_fields=id,title`], { encoding: 'utf8' }));
    execFileSync('php', ['scripts/wordpress/publish.php', 'do', JSON.stringify([{ op: 'update_post', ref: post.id, title: `${post.title.rendered} (edited)` }])], { cwd: root });
    await timedBuild('real WordPress, one post edited', out, env);
  } finally {
    cleanUp(out);
    // run.sh stops its PHP server and MariaDB when it is told to stop.
    process.kill(-site.pid, 'SIGTERM');
  }
} else {
  console.log('No real WordPress here (Debian’s wordpress and mariadb-server), or BENCH_WORDPRESS=0: skipped.');
}

console.log(`\n${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}:\n`);
console.log('| build | articles | pages rendered | pages kept | bundle | time |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.label} | ${row.articles} | ${row.rendered} | ${row.kept} | ${row.bundle} | ${row.seconds.toFixed(1)} s |`);
