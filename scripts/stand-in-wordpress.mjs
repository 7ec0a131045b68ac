#!/usr/bin/env node
/**
 * The mock WordPress over real HTTP on its own port, for building and serving
 * the reader as if for a real site (the benchmark does this):
 *
 *   node scripts/stand-in-wordpress.mjs --port 8080
 *   VITE_WP_API_URL=http://127.0.0.1:8080/wp-json npm run build
 */
import { createServer } from 'vite';

export async function startStandIn(options = {}) {
  // Vite runs the mock's TypeScript in Node, as the tests do.
  const vite = await createServer({ server: { middlewareMode: true, hmr: false, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true } });
  const { startStandInWordPress } = await vite.ssrLoadModule('/src/mocks/stand-in-wordpress.ts');
  const wordpress = await startStandInWordPress(options);
  return {
    apiRoot: wordpress.apiRoot,
    /** The mock's store, to change the site between two builds (the prerender benchmark edits a post). */
    db: (await vite.ssrLoadModule('/src/mocks/db.ts')).db,
    close: async () => {
      await wordpress.close();
      await vite.close();
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf('--port');
  const { apiRoot } = await startStandIn({ port: i > 0 ? Number(process.argv[i + 1]) : 8080 });
  console.log(`Stand-in WordPress at ${apiRoot}`);
}
