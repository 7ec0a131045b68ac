/**
 * The reader built for the test WordPress with the site's default settings,
 * once per `npm run test:wordpress`: the browser files that need nothing else
 * (reader, posts, blocks) serve the same build instead of making one each.
 * Each file runs in a process of its own, one after another
 * (fileParallelism: false), so the build is shared through a folder: the first
 * file to ask builds it, the next serve it on the port it was prerendered for.
 * The folder is named after this run's WordPress (WORDPRESS_WORK), so a run
 * never reads another's, and global-setup.ts removes it when the run ends.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { freePort, runBuild } from '../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';

/** Inside the project, so the prerendering step's server bundle finds node_modules. */
export function sharedReaderDir(): string {
  return join(process.cwd(), 'node_modules/.cache', `reader-wordpress-shared-${basename(process.env.WORDPRESS_WORK ?? 'none')}`);
}

/** The shared build's files (a test may read them, never change them). */
export function sharedReaderDist(): string {
  return join(sharedReaderDir(), 'dist');
}

async function build(): Promise<number> {
  const dir = sharedReaderDir();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  // localhost, not 127.0.0.1: the reader's origin differs from the site's, so CORS is in play.
  await runBuild({ out: sharedReaderDist(), env: { VITE_WP_API_URL: `${process.env.WORDPRESS_URL}/wp-json`, VITE_SITE_URL: `http://localhost:${port}` } });
  // Written last: a build that failed halfway is never served.
  writeFileSync(join(dir, 'port'), String(port));
  return port;
}

/**
 * Serves the shared build (building it first if no file has yet). `close`
 * stops this file's server and leaves the files for the next.
 */
export async function sharedWordPressReader(): Promise<RunningServer> {
  const portFile = join(sharedReaderDir(), 'port');
  if (existsSync(portFile)) {
    const port = Number(readFileSync(portFile, 'utf8'));
    try {
      return await startServer({ dir: sharedReaderDist(), port, host: 'localhost' });
    } catch {
      // Its port was taken meanwhile; the pages name their address, so build again for a free one.
    }
  }
  const port = await build();
  return startServer({ dir: sharedReaderDist(), port, host: 'localhost' });
}
