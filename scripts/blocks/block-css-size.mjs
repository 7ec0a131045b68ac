/**
 * What block CSS each article of the mock links (src/lib/block-styles.ts), gzipped
 * as a host serves it: for `npm run size`. Computed from the seed and the pinned
 * @wordpress/block-library, with no build.
 */
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';
import { libraryBlockCss } from './block-css.mjs';

export async function blockCssPerArticle() {
  const options = { logLevel: 'error', configFile: false, resolve: { alias: { '@': resolve('src') } } };
  const [{ module: seed }, { module: blocks }] = await Promise.all([
    runnerImport('/src/mocks/seed/create-seed.ts', options),
    runnerImport('/src/lib/block-styles.ts', options),
  ]);
  const cssFor = libraryBlockCss();
  const sizes = new Map();
  const gzipped = async (name) => {
    if (!sizes.has(name)) sizes.set(name, gzipSync((await cssFor(name, false)) ?? '').length);
    return sizes.get(name);
  };
  const articles = [];
  for (const post of seed.createSeed().posts.filter((post) => post.status === 'publish')) {
    const names = blocks.blockStyleNames(post.content);
    let bytes = 0;
    for (const name of names) bytes += await gzipped(name);
    articles.push({ slug: post.slug, sheets: names.length, bytes });
  }
  return articles.sort((a, b) => b.bytes - a.bytes);
}
