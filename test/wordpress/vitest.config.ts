import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The suites that need a real WordPress: `npm run test:wordpress` starts one
 * (scripts/wordpress/run.sh) and passes its address in WORDPRESS_URL.
 */
export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('../../src', import.meta.url)) } },
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/wordpress/**/*.{contract,browser}.ts'],
    environment: 'node',
    globals: true,
    globalSetup: ['test/wordpress/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The contract suite switches the site's comment plugin on and off; one file at a time.
    fileParallelism: false,
    sequence: { shuffle: false },
  },
});
