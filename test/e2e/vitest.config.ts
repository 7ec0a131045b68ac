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
    // Two files at a time, each with its own Chromium: the suite waits on pages far more than it
    // computes, so even two cores finish it sooner. E2E_WORKERS=1 runs one file at a time.
    maxWorkers: Number(process.env.E2E_WORKERS) || 2,
  },
});
