import { existsSync } from 'node:fs';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

let server: PreviewServer | undefined;

/**
 * Builds the reader on the built-in mock (no VITE_WP_API_URL) and serves it
 * with `vite preview`, as a reader would get it. Set E2E_BASE_URL to test a
 * server that is already running instead.
 */
export default async function setup(project: TestProject) {
  let baseUrl = process.env.E2E_BASE_URL;
  if (!baseUrl) {
    delete process.env.VITE_WP_API_URL;
    if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('dist/index.html')) {
      await build({ logLevel: 'warn', mode: 'production' });
    }
    server = await preview({ preview: { port: 4174, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
    baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://127.0.0.1:4174';
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
