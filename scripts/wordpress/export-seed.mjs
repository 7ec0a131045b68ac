/**
 * Prints the mock's seed as JSON for scripts/wordpress/seed.php, so the real
 * WordPress holds the same posts, ids, dates, terms, pictures and comments.
 */
import { resolve } from 'node:path';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/src/mocks/seed/create-seed.ts', { logLevel: 'error', configFile: false, resolve: { alias: { '@': resolve('src') } } });
const seed = module.createSeed();
process.stdout.write(
  JSON.stringify({
    settings: seed.settings,
    users: seed.users,
    categories: seed.categories,
    tags: seed.tags,
    media: seed.media.map((media) => ({ ...media, file: resolve('public', media.source_url.replace(/^\//, '')) })),
    posts: seed.posts,
    comments: seed.comments,
    pages: seed.pages,
    menus: seed.menus,
    menuItems: seed.menuItems,
    navigations: seed.navigations,
  }),
);
