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
    // Two files at a time, each with its own Chromium: the suite waits on pages more than it computes,
    // so even two cores finish it sooner. The mock holds a page's requests until its worker controls
    // the page (src/mocks/browser.ts), which a loaded machine can delay. E2E_WORKERS=1: one at a time.
    maxWorkers: Number(process.env.E2E_WORKERS) || 2,
  },
});
