import coreBlockStyles from './core-block-styles.json';

/**
 * Which of WordPress's own block stylesheets a piece of post content needs.
 * WordPress marks a block's outermost element with `wp-block-<name>`
 * (`wp-block-columns`, `wp-block-social-links`); its parts use BEM names
 * (`wp-block-cover__background`), which belong to the same stylesheet. A few
 * blocks carry no such class: a paragraph's drop cap and its background
 * padding are in the paragraph's stylesheet, a heading's in the heading's.
 *
 * The build writes the stylesheet of every block WordPress styles into
 * `/wp-blocks/`, from the site's WordPress (or, for the mock, from
 * `@wordpress/block-library`): scripts/blocks/. `common` is WordPress's shared block CSS with the site's
 * presets (palette, font sizes, layout), needed by any block content.
 */
export const blockStylesFolder = '/wp-blocks/';

/**
 * The blocks WordPress has a front-end stylesheet for (the pinned
 * `@wordpress/block-library` release's, scripts/blocks/block-library.mjs; a
 * test keeps the two the same). The build writes every one of them, so a post
 * published after the build, rendered in the browser, finds the sheet of any
 * block it uses; a plugin's block, whose CSS is the plugin's, links none.
 */
const coreBlocks: ReadonlySet<string> = new Set(coreBlockStyles);

const classAttribute = /\sclass\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
// A name, not the start of a BEM part (`wp-block-cover__inner-container`) nor a longer name.
const blockClass = /(?:^|\s)wp-block-([a-z][a-z0-9-]*[a-z0-9])(?=\s|$)/g;

/**
 * Not stylesheets of their own: child blocks and variations WordPress styles in
 * their parent's (`wp-block-embed-youtube`), and the layout classes its layout
 * support adds (`wp-block-gallery-is-layout-flex`).
 */
const styledByParent = /^(?:column|social-link|embed-.+|.+-is-layout-.+)$/;

/** The stylesheets (`common` first, then blocks by name) the HTML's blocks need; none for plain HTML. */
export function blockStyleNames(html: string): string[] {
  const names = new Set<string>();
  let presets = false;
  for (const match of html.matchAll(classAttribute)) {
    const classes = match[1] ?? match[2] ?? '';
    for (const [, name] of classes.matchAll(blockClass)) if (name && !styledByParent.test(name) && coreBlocks.has(name)) names.add(name);
    if (/(?:^|\s)(?:has-|is-layout-|align(?:left|right|center|wide|full)(?:\s|$))/.test(classes)) presets = true;
  }
  for (const match of html.matchAll(/<(p|h[1-6])\b[^>]*\sclass\s*=\s*["'][^"']*\b(?:has-drop-cap|has-background)\b/gi)) {
    names.add(match[1]?.toLowerCase() === 'p' ? 'paragraph' : 'heading');
  }
  if (!names.size && !presets) return [];
  return ['common', ...[...names].sort()];
}

/** The address of one of those stylesheets, in the site's reading direction (WordPress's `-rtl` files mirror it). */
export function blockStyleHref(name: string, rightToLeft: boolean): string {
  return `${blockStylesFolder}${name}${rightToLeft ? '-rtl' : ''}.css`;
}

/** The stylesheet's name and direction from its file name; null for anything else. */
export function parseBlockStyleFile(file: string): { name: string; rightToLeft: boolean } | null {
  const match = /^([a-z][a-z0-9-]*?)(-rtl)?\.css$/.exec(file);
  return match?.[1] ? { name: match[1], rightToLeft: Boolean(match[2]) } : null;
}
