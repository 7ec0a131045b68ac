/**
 * The block stylesheets a build writes (scripts/blocks/block-css.mjs): every
 * one a page can link, so an article published after the build, rendered in
 * the browser from 200.html, finds the sheets of the blocks it uses.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { blockLibraryNames } from '../scripts/blocks/block-library.mjs';
import { libraryBlockCss, writeBlockStyles } from '../scripts/blocks/block-css.mjs';
import { blockStyleHref, blockStyleNames } from '@/lib/block-styles';
import coreBlockStyles from '@/lib/core-block-styles.json';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reader-block-css-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A built site: its shell in the site's direction and a page linking what its content needs. */
function builtSite(direction: 'ltr' | 'rtl', pageHtml: string) {
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en" dir="${direction}"><head></head><body></body></html>`);
  mkdirSync(join(dir, 'news', 'built'), { recursive: true });
  const links = blockStyleNames(pageHtml).map((name) => `<link rel="stylesheet" href="${blockStyleHref(name, direction === 'rtl')}">`);
  writeFileSync(join(dir, 'news', 'built', 'index.html'), `<html dir="${direction}"><head>${links.join('')}</head><body>${pageHtml}</body></html>`);
}

it('names every block the pinned @wordpress/block-library release styles, and no other', () => {
  expect(coreBlockStyles).toEqual(blockLibraryNames().sort());
});

it('writes every block’s stylesheet, not only the built pages’: a later post’s verse block finds its own', async () => {
  builtSite('ltr', '<div class="wp-block-columns"><div class="wp-block-column"><p>a</p></div></div>');
  const written = await writeBlockStyles(dir, libraryBlockCss());
  const files = readdirSync(join(dir, 'wp-blocks')).sort();
  expect(files).toEqual(['common.css', ...coreBlockStyles.map((name) => `${name}.css`)].sort());
  expect(written.filter((sheet) => sheet.linked).map((sheet) => sheet.file)).toEqual(['columns.css', 'common.css']);
  // A post published later, with a block no built page uses:
  const later = blockStyleNames('<pre class="wp-block-verse">Roses are red</pre>');
  expect(later).toEqual(['common', 'verse']);
  for (const name of later) expect(files).toContain(blockStyleHref(name, false).replace('/wp-blocks/', ''));
  expect(readFileSync(join(dir, 'wp-blocks', 'verse.css'), 'utf8')).toContain('.wp-block-verse');
});

it('writes them in the site’s reading direction', async () => {
  builtSite('rtl', '<p class="has-drop-cap">Once</p>');
  await writeBlockStyles(dir, libraryBlockCss());
  const files = readdirSync(join(dir, 'wp-blocks'));
  expect(files).toContain('verse-rtl.css');
  expect(files.filter((file) => !file.endsWith('-rtl.css'))).toEqual([]);
});

it('links no stylesheet for a plugin’s block, whose CSS is the plugin’s, so none is missing', () => {
  expect(blockStyleNames('<div class="wp-block-jetpack-slideshow"><p>x</p></div>')).toEqual([]);
  expect(blockStyleNames('<div class="wp-block-jetpack-slideshow wp-block-group">x</div>')).toEqual(['common', 'group']);
});

it('writes an empty sheet where the site has none for a block (an older WordPress)', async () => {
  builtSite('ltr', '<p>plain</p>');
  const library = libraryBlockCss();
  await writeBlockStyles(dir, (name, rtl) => (name === 'accordion' ? Promise.resolve(null) : library(name, rtl)));
  expect(readFileSync(join(dir, 'wp-blocks', 'accordion.css'), 'utf8')).toMatch(/^\/\* WordPress has no front-end stylesheet for the block "accordion"\. \*\/\n$/);
});
