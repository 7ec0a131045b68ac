/**
 * The block stylesheets the built pages link to (`/wp-blocks/<name>.css`,
 * src/lib/block-styles.ts), written beside them: each page links only the
 * stylesheets of the blocks in its own content. The build writes one for
 * every block WordPress styles (src/lib/core-block-styles.json), in the site's
 * reading direction, not only those its pages link to: a post published
 * after the build is rendered in the browser, and links the sheets of its own
 * blocks.
 *
 * From a real WordPress they are the site's own: `/wp-includes/blocks/<name>/
 * style.min.css` (or `style-rtl.min.css`), the files WordPress itself loads
 * when it loads block assets separately, and `common.css` is WordPress's
 * shared block CSS with the site's global styles (its theme.json presets),
 * read from its front page. For the mock they come from the pinned
 * `@wordpress/block-library` release, with WordPress's default presets.
 */
import { mkdirSync, readdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockLibraryStyles } from './block-library.mjs';
import { contentGlobalStyles, darkSchemeFallbacks, defaultGlobalStyles, globalStylesOf, minifyCss } from './global-styles.mjs';

export const blockStylesDir = 'wp-blocks';
const fileName = /^([a-z][a-z0-9-]*?)(-rtl)?\.css$/;

/** The mock's block CSS: the pinned @wordpress/block-library release and WordPress's default presets. */
export function libraryBlockCss() {
  return async (name, rightToLeft) => {
    const styles = blockLibraryStyles();
    const suffix = rightToLeft ? '-rtl' : '';
    if (name === 'common') {
      const presets = contentGlobalStyles(defaultGlobalStyles());
      return minifyCss(readFileSync(join(styles, `common${suffix}.css`), 'utf8')) + presets + darkSchemeFallbacks(presets);
    }
    const file = join(styles, name, `style${suffix}.css`);
    return existsSync(file) ? minifyCss(readFileSync(file, 'utf8')) : null;
  };
}

/** A real WordPress's own block CSS and global styles, read from the site (its address from the REST index's `home`). */
export function wordpressBlockCss(apiUrl) {
  let site;
  const siteHome = async () => {
    const index = await getText(`${apiUrl.replace(/\/$/, '')}/?_fields=home`);
    const home = new URL(JSON.parse(index).home || '/', apiUrl);
    // A front page that cannot be read (or a site with no global styles) gets WordPress's defaults.
    const frontPage = await getText(home.href).catch(() => null);
    const globalStyles = frontPage && globalStylesOf(frontPage);
    const presets = contentGlobalStyles(globalStyles ?? defaultGlobalStyles());
    return { home: home.href.replace(/\/$/, ''), presets: presets + darkSchemeFallbacks(presets) };
  };
  return async (name, rightToLeft) => {
    site ??= siteHome();
    const { home, presets } = await site;
    const suffix = rightToLeft ? '-rtl' : '';
    if (name === 'common') return ((await getText(`${home}/wp-includes/css/dist/block-library/common${suffix}.min.css`, true)) ?? '') + presets;
    const css = await getText(`${home}/wp-includes/blocks/${name}/style${suffix}.min.css`, true);
    return css === null ? null : minifyCss(css);
  };
}

/** A text over HTTP; null for a 404 when `missingIsNull`, an error for anything else that fails. */
async function getText(url, missingIsNull = false) {
  const response = await fetch(url, { headers: { Accept: 'text/css,text/html,application/json;q=0.9,*/*;q=0.8' }, signal: AbortSignal.timeout(15_000) });
  // Read to the end whatever the status, so the connection is left clean for the next request.
  const text = await response.text();
  if (missingIsNull && response.status === 404) return null;
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return text;
}

/** Every `/wp-blocks/<file>` the HTML pages under `dir` link to. */
function linkedFiles(dir) {
  const files = new Set();
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!file.endsWith('.html')) continue;
    for (const match of readFileSync(join(dir, file), 'utf8').matchAll(/href="\/wp-blocks\/([a-z0-9-]+\.css)"/g)) files.add(match[1]);
  }
  return [...files].sort();
}

const coreBlockStyles = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'src', 'lib', 'core-block-styles.json'), 'utf8'));

/** The site's reading direction, as the built pages declare it on `<html>`. */
function rightToLeft(outDir) {
  const shell = join(outDir, 'index.html');
  return existsSync(shell) && /<html\b[^>]*\sdir="rtl"/i.test(readFileSync(shell, 'utf8'));
}

/**
 * Writes the block stylesheets any page may link to: every block WordPress
 * styles, in the site's direction, and whatever else the pages in `outDir`
 * link to. A block the site has no stylesheet for (an older WordPress's, or
 * one with no front-end CSS) gets an empty file, so no page links to a
 * missing one. Returns the files and how many of them the built pages link to.
 */
export async function writeBlockStyles(outDir, cssFor) {
  const folder = join(outDir, blockStylesDir);
  mkdirSync(folder, { recursive: true });
  const linked = linkedFiles(outDir);
  const suffix = rightToLeft(outDir) ? '-rtl' : '';
  const files = [...new Set([...linked, ...['common', ...coreBlockStyles].map((name) => `${name}${suffix}.css`)])].sort();
  const written = [];
  // A few at a time: a real WordPress serves each from its own wp-includes.
  const queue = [...files];
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const [, name, rtl] = fileName.exec(file) ?? [];
      if (!name) continue;
      const css = (await cssFor(name, Boolean(rtl))) ?? `/* WordPress has no front-end stylesheet for the block "${name}". */\n`;
      writeFileSync(join(folder, file), css);
      written.push({ file, bytes: Buffer.byteLength(css), linked: linked.includes(file) });
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  return written.sort((a, b) => a.file.localeCompare(b.file));
}
