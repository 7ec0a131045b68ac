/**
 * The site's global styles as far as post content needs them: theme.json's
 * presets (palette, gradients, font sizes, spacing, content and wide widths as
 * `--wp--preset--*` / `--wp--style--*` properties, and the `.has-*` classes that
 * use them), the layout rules (`.is-layout-flex` …) and the button element's
 * look. A real site's come from its front page (`<style
 * id="global-styles-inline-css">`), with everything that styles the theme's
 * own page (body, headings, links, `.wp-site-blocks`) left out, so they cannot
 * restyle the reader. A site without them, and the mock, get WordPress's
 * defaults, written here from the values of core's theme.json.
 */
import { transform } from 'lightningcss';

/** WordPress's default palette, gradients, font sizes and spacing scale (core theme.json, WordPress 6). */
const defaults = {
  color: {
    black: '#000000',
    'cyan-bluish-gray': '#abb8c3',
    white: '#ffffff',
    'pale-pink': '#f78da7',
    'vivid-red': '#cf2e2e',
    'luminous-vivid-orange': '#ff6900',
    'luminous-vivid-amber': '#fcb900',
    'light-green-cyan': '#7bdcb5',
    'vivid-green-cyan': '#00d084',
    'pale-cyan-blue': '#8ed1fc',
    'vivid-cyan-blue': '#0693e3',
    'vivid-purple': '#9b51e0',
  },
  gradient: {
    'vivid-cyan-blue-to-vivid-purple': 'linear-gradient(135deg,#0693e3 0%,#9b51e0 100%)',
    'light-green-cyan-to-vivid-green-cyan': 'linear-gradient(135deg,#7adcb4 0%,#00d082 100%)',
    'luminous-vivid-amber-to-luminous-vivid-orange': 'linear-gradient(135deg,#fcb900 0%,#ff6900 100%)',
    'luminous-vivid-orange-to-vivid-red': 'linear-gradient(135deg,#ff6900 0%,#cf2e2e 100%)',
    'very-light-gray-to-cyan-bluish-gray': 'linear-gradient(135deg,#eeeeee 0%,#a9b8c3 100%)',
    'cool-to-warm-spectrum': 'linear-gradient(135deg,#4aeadc 0%,#9778d1 20%,#cf2aba 40%,#ee2c82 60%,#fb6962 80%,#fef84c 100%)',
    'blush-light-purple': 'linear-gradient(135deg,#ffceec 0%,#9896f0 100%)',
    'blush-bordeaux': 'linear-gradient(135deg,#fecda5 0%,#fe2d2d 50%,#6b003e 100%)',
    'luminous-dusk': 'linear-gradient(135deg,#ffcb70 0%,#c751c0 50%,#4158d0 100%)',
    'pale-ocean': 'linear-gradient(135deg,#fff5cb 0%,#b6e3d4 50%,#33a7b5 100%)',
    'electric-grass': 'linear-gradient(135deg,#caf880 0%,#71ce7e 100%)',
    midnight: 'linear-gradient(135deg,#020381 0%,#2874fc 100%)',
  },
  'font-size': { small: '13px', medium: '20px', large: '36px', 'x-large': '42px' },
  spacing: { 20: '0.44rem', 30: '0.67rem', 40: '1rem', 50: '1.5rem', 60: '2.25rem', 70: '3.38rem', 80: '5.06rem' },
};

/** WordPress's global styles with only its defaults, as a site without a theme.json of its own prints them. */
export function defaultGlobalStyles() {
  const properties = Object.entries(defaults).flatMap(([kind, values]) => Object.entries(values).map(([slug, value]) => `--wp--preset--${kind}--${slug}:${value};`));
  const classes = [
    ...Object.keys(defaults.color).flatMap((slug) => [
      `.has-${slug}-color{color:var(--wp--preset--color--${slug}) !important}`,
      `.has-${slug}-background-color{background-color:var(--wp--preset--color--${slug}) !important}`,
      `.has-${slug}-border-color{border-color:var(--wp--preset--color--${slug}) !important}`,
    ]),
    ...Object.keys(defaults.gradient).map((slug) => `.has-${slug}-gradient-background{background:var(--wp--preset--gradient--${slug}) !important}`),
    ...Object.keys(defaults['font-size']).map((slug) => `.has-${slug}-font-size{font-size:var(--wp--preset--font-size--${slug}) !important}`),
  ];
  // The layouts blocks declare with is-layout-* (WordPress's layout definitions) and the button element.
  const layout = [
    ':where(.is-layout-flex){gap:0.5em}',
    ':where(.is-layout-grid){gap:0.5em}',
    '.is-layout-flow>.alignleft{float:left;margin-inline-start:0;margin-inline-end:2em}',
    '.is-layout-flow>.alignright{float:right;margin-inline-start:2em;margin-inline-end:0}',
    '.is-layout-flow>.aligncenter{margin-left:auto !important;margin-right:auto !important}',
    '.is-layout-constrained>.alignleft{float:left;margin-inline-start:0;margin-inline-end:2em}',
    '.is-layout-constrained>.alignright{float:right;margin-inline-start:2em;margin-inline-end:0}',
    '.is-layout-constrained>.aligncenter{margin-left:auto !important;margin-right:auto !important}',
    'body .is-layout-flex{display:flex}',
    '.is-layout-flex{flex-wrap:wrap;align-items:center}',
    '.is-layout-flex>:is(*,div){margin:0}',
    'body .is-layout-grid{display:grid}',
    '.is-layout-grid>:is(*,div){margin:0}',
    ':where(.wp-block-columns.is-layout-flex){gap:2em}',
    ':where(.wp-block-columns.is-layout-grid){gap:2em}',
    ':root :where(.wp-element-button,.wp-block-button__link){background-color:#32373c;border-width:0;color:#fff;font-family:inherit;font-size:inherit;line-height:inherit;padding:calc(0.667em + 2px) calc(1.333em + 2px);text-decoration:none}',
  ];
  return `:root{${properties.join('')}}${classes.join('')}${layout.join('')}`;
}

/** The `<style id="global-styles-inline-css">` of a WordPress page, or null. */
export function globalStylesOf(html) {
  return /<style\b[^>]*\bid=["']global-styles-inline-css["'][^>]*>([\s\S]*?)<\/style>/i.exec(html)?.[1] ?? null;
}

// Classes whose rules are about block content; a rule that names none of them styles the theme's page.
const contentClass = /\.(?:has-|is-layout-|wp-block-|wp-element-button(?![\w-])|align(?:left|right|center|wide|full)(?![\w-])|items-justified-|is-content-justification-)/;
const rootOrBody = /^(?::root|body)(?:,(?::root|body))*$/;

/** The top-level `selector{body}` rules of minified CSS; at-rules (media queries, fonts) come back with a selector starting with `@`. */
function topLevelRules(css) {
  const rules = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  let quote = null;
  for (let index = 0; index < css.length; index++) {
    const char = css[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{' && depth++ === 0) open = index;
    else if (char === '}' && --depth === 0) {
      rules.push({ selector: css.slice(start, open).trim(), body: css.slice(open + 1, index) });
      start = index + 1;
    }
  }
  return rules;
}

/** A site's global styles with only what post content needs; minified. */
export function contentGlobalStyles(css) {
  const kept = [];
  for (const { selector, body } of topLevelRules(minifyCss(css, 'global-styles.css'))) {
    if (selector.startsWith('@')) continue;
    if (rootOrBody.test(selector)) {
      // The presets (--wp--preset--*, --wp--style--*): the rest of :root and body is the theme's page.
      const presets = body.split(';').filter((declaration) => declaration.trim().startsWith('--wp--'));
      if (presets.length) kept.push(`:root{${presets.join(';')}}`);
    } else if (contentClass.test(selector.replace(/:not\([^)]*\)/g, ''))) {
      kept.push(`${selector}{${body}}`);
    }
  }
  return kept.join('');
}

/** Minified CSS. */
export function minifyCss(css, filename = 'style.css') {
  return transform({ filename, code: Buffer.from(css), minify: true, errorRecovery: true }).code.toString();
}

/** The page's dark background (src/app/styles/tokens.css, --color-bg's dark value). */
const darkBackground = '#10151c';

function luminance(hex) {
  const channels = hex.match(/[0-9a-f]{2}/gi).map((pair) => parseInt(pair, 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a, b) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};

/**
 * Text in a palette colour too dark to read on the reader's dark background
 * (black, a deep purple), where the block gives no background of its own:
 * in the dark scheme it takes the page's text colour instead. The palette is
 * read from the presets themselves, so a site's own colours are judged too.
 */
export function darkSchemeFallbacks(css) {
  const rules = [];
  for (const [, slug, value] of css.matchAll(/--wp--preset--color--([a-z0-9-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)) {
    const hex = value.length === 4 ? `#${[...value.slice(1)].map((c) => c + c).join('')}` : value;
    if (contrast(hex, darkBackground) >= 4.5) continue;
    rules.push(`.has-${slug}-color:not(.has-background){color:light-dark(var(--wp--preset--color--${slug}),var(--color-text)) !important}`);
  }
  return [...new Set(rules)].join('');
}
