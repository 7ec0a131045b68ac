import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort, runBuild } from '../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { mockBuildCredentials } from '../build-credentials';

let server: RunningServer | undefined;

/**
 * Builds the reader on the built-in mock (no VITE_WP_API_URL), prerendered for
 * the address it is then served at, and serves it as a static host would
 * (scripts/serve.mjs). Set E2E_BASE_URL to test a server that is already
 * running instead, or E2E_SKIP_BUILD=1 to serve the last build in dist/ at the
 * address it was built for.
 */
export default async function setup(project: TestProject) {
  let baseUrl = process.env.E2E_BASE_URL;
  if (!baseUrl) {
    const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html') && process.env.E2E_PORT;
    const port = Number(process.env.E2E_PORT) || (await freePort());
    if (!reuse) {
      // With the mock's Application Password, as a site that has a menu builds (site-pages.e2e.ts checks none of it ships).
      const credentials = { WORDPRESS_USER: mockBuildCredentials.user, WORDPRESS_APP_PASSWORD: mockBuildCredentials.password };
      await runBuild({ env: { VITE_WP_API_URL: '', VITE_SITE_URL: `http://127.0.0.1:${port}`, ...credentials } });
    }
    server = await startServer({ dir: 'dist', port });
    baseUrl = server.url;
  }
  project.provide('baseUrl', baseUrl);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
