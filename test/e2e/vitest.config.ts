import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Browser tests: the production build served by `vite preview`, driven in the system Chromium. */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globals: true,
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One Chromium at a time by default: on a 2-core machine two files at once (E2E_WORKERS=2) finish
    // sooner, but a loaded machine then lets the mock's service worker miss a page's first requests.
    maxWorkers: Number(process.env.E2E_WORKERS) || 1,
  },
});
