import { contrastRatio } from './contrast';

/**
 * The part of a `style` attribute from WordPress that block layout needs and
 * that cannot reach outside its own box: the block editor writes custom
 * colours, spacers' heights, columns' widths, a cover's minimum height and
 * its focal point inline. Anything that positions an element over the page
 * (position, inset, z-index, transforms, negative margins), loads something
 * (`url()`, `image-set()`, `@import`) or escapes the syntax (`\`, comments,
 * `expression`) is dropped, declaration by declaration.
 */
const allowedProperty =
  /^(?:color|background-color|background|background-image|border(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?(?:-(?:color|width|style))?|border-(?:top-|bottom-)?(?:left-|right-)?radius|border-radius|font-size|font-style|font-weight|font-family|line-height|letter-spacing|text-align|text-decoration|text-transform|writing-mode|padding(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?|margin(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?|gap|row-gap|column-gap|width|max-width|min-width|height|min-height|max-height|flex-basis|flex-grow|flex-shrink|aspect-ratio|object-fit|object-position|background-position|background-size|background-repeat|grid-template-columns|grid-column|grid-row|column-count|justify-content|align-items|align-self|vertical-align|--wp--[a-z0-9-]+)$/;

// Loads a resource, runs something in old browsers, or leaves the declaration's syntax.
const unsafeValue = /url\s*\(|image-set|image\s*\(|element\s*\(|expression|javascript:|@import|[\\<>{}]|\/\*/i;
const backgroundValue = /^(?:(?:linear|radial|conic|repeating-linear|repeating-radial)-gradient\(.*\)|#[0-9a-f]{3,8}|(?:rgb|rgba|hsl|hsla)\([^)]*\)|[a-z-]+|var\(--wp--[a-z0-9-]+\))$/i;

/** The page's background in the dark scheme (tokens.css, --color-bg). */
const darkBackground = '#10151c';

/**
 * A custom text colour too dark to read on the dark page, on an element
 * without a background of its own: in the dark scheme it gives way to the
 * page's text colour (the palette's colours get the same from the build).
 */
export function readableInDark(style: string, hasBackground: boolean): string {
  if (hasBackground) return style;
  return style.replace(/(^|;)color:(#[0-9a-f]{3}(?:[0-9a-f]{3})?)(?=;|$)/i, (whole, start: string, hex: string) =>
    contrastRatio(hex, darkBackground) < 4.5 ? `${start}color:light-dark(${hex},var(--color-text))` : whole,
  );
}

export function safeInlineStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (!value || !allowedProperty.test(property) || unsafeValue.test(value)) continue;
    if (property.startsWith('margin') && /(^|[\s(,])-\s*[\d.]/.test(value)) continue;
    if ((property === 'background' || property === 'background-image') && !backgroundValue.test(value.replace(/\s*!important$/i, ''))) continue;
    kept.push(`${property}:${value}`);
  }
  return kept.join(';');
}
