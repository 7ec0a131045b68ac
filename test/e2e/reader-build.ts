/**
 * The production build for a WordPress over HTTP (VITE_WP_API_URL), served
 * from another origin (localhost, where the site is 127.0.0.1) by
 * scripts/serve.mjs: what the browser suites that need a real API read.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runBuild } from '../../scripts/run-build.mjs';
import { startServer } from '../../scripts/serve.mjs';

export interface ServedReader {
  /** The reader's address of a path. */
  url: (path: string) => string;
  close: () => Promise<void>;
}

/**
 * `parent`: where the build goes; a folder inside the project when the
 * prerender's server bundle must find node_modules from there.
 */
export async function buildAndServe({ apiRoot, env = {}, parent = tmpdir() }: { apiRoot: string; env?: Record<string, string>; parent?: string }): Promise<ServedReader> {
  const dir = mkdtempSync(join(parent, 'reader-build-'));
  const port = await freePort();
  await runBuild({ out: join(dir, 'dist'), env: { VITE_WP_API_URL: apiRoot, VITE_SITE_URL: `http://localhost:${port}`, ...env } });
  const server = await startServer({ dir: join(dir, 'dist'), port, host: 'localhost' });
  return {
    url: (path) => `http://localhost:${port}${path}`,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
