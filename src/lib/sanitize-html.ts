import DOMPurify, { type Config } from 'dompurify';
import { domWindow } from './dom';
import { embedFor } from './embeds';
import { readableInDark, safeInlineStyle } from './inline-style';
import { siteOrigin, toReaderPath } from './site-links';
import { policyFor, trustedTypesPolicies } from './trusted-types';

const forbiddenTags = ['script', 'style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'object', 'embed', 'link', 'meta', 'base', 'frame', 'frameset', 'template', 'noscript'];

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier() {
  if (purifier) return purifier;
  const window = domWindow();
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeElement', (node, data) => {
    if (!(node instanceof window.Element)) return;
    // An embed (WordPress's wrapper, or a bare player iframe) becomes a link to the content, which
    // ArticleBody turns into a button that loads the player: nothing of the provider loads before.
    if (data.tagName === 'div' && node.classList.contains('wp-block-embed__wrapper')) {
      const figure = node.closest('.wp-block-embed');
      const slug = [...(figure?.classList ?? [])].find((name) => name.startsWith('is-provider-'))?.slice('is-provider-'.length);
      const address = node.querySelector('iframe')?.getAttribute('src') ?? node.querySelector('a')?.getAttribute('href') ?? node.textContent ?? '';
      const facade = embedFacade(node.ownerDocument, address.trim(), slug);
      if (facade) node.replaceChildren(facade);
    } else if (data.tagName === 'iframe') {
      const facade = embedFacade(node.ownerDocument, node.getAttribute('src') ?? '');
      if (facade) node.replaceWith(facade);
      else node.remove();
    }
  });
  instance.addHook('uponSanitizeAttribute', (node, data) => {
    // Custom colours, spacers' heights, columns' widths: kept, with nothing that reaches outside the block.
    if (data.attrName === 'style') data.attrValue = readableInDark(safeInlineStyle(data.attrValue), node.classList.contains('has-background'));
  });
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.getAttribute('style') === '') node.removeAttribute('style');
    if (node.tagName === 'A' && node.hasAttribute('href')) {
      const href = node.getAttribute('href') ?? '';
      if (href.startsWith('#')) return;
      const readerPath = toReaderPath(href);
      if (readerPath) {
        node.setAttribute('href', readerPath);
        node.removeAttribute('target');
      } else {
        // Leaving the site: a new tab that cannot reach back into this one.
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
    if (node.tagName === 'IMG') {
      // WordPress's root-relative media paths belong to WordPress, not to the reader's own address.
      const src = node.getAttribute('src');
      if (src?.startsWith('/') && !src.startsWith('//')) node.setAttribute('src', `${siteOrigin()}${src}`);
      const srcset = node.getAttribute('srcset');
      if (srcset) node.setAttribute('srcset', srcset.replace(/(^|,\s*)\/(?!\/)/g, `$1${siteOrigin()}/`));
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
    }
  });
  purifier = instance;
  return instance;
}

/** A link to an embed's content that names its player (checked again before it is framed). */
function embedFacade(doc: Document, address: string, slug?: string): HTMLAnchorElement | null {
  const embed = embedFor(address, slug);
  if (!embed) return null;
  const link = doc.createElement('a');
  link.className = 'wp-block-embed__facade';
  link.href = address;
  link.textContent = address;
  link.setAttribute('data-embed-player', embed.player);
  link.setAttribute('data-embed-provider', embed.provider);
  return link;
}

/**
 * DOMPurify's Trusted Types policy, under a name of ours. It passes what it is
 * given as it is: DOMPurify gives it the raw HTML only to parse in an inert
 * document, and its own sanitised output to return. No other code holds it.
 */
function sanitizerPolicy() {
  return policyFor(domWindow(), trustedTypesPolicies.sanitizedHtml, {
    createHTML: (html) => html,
    // DOMPurify insists on this hook; it forbids every element that takes a script URL.
    createScriptURL: () => '',
  });
}

/**
 * Article and comment HTML from WordPress made safe to render: no scripts,
 * event handlers, `javascript:` URLs, forms or frames (a known embed becomes
 * a link to its content, which ArticleBody can turn into its player). Kept: figures
 * and captions, headings, lists, tables, quotes, images, `lang` and `dir`.
 * In a browser with Trusted Types the result is TrustedHTML, which a page under
 * `require-trusted-types-for 'script'` accepts; elsewhere it is a string.
 */
export function sanitizeHtml(html: string): string | TrustedHTML {
  return getPurifier().sanitize(html, {
    RETURN_TRUSTED_TYPE: true,
    TRUSTED_TYPES_POLICY: sanitizerPolicy() as unknown as NonNullable<Config['TRUSTED_TYPES_POLICY']>,
    // SVG too: WordPress draws social icons (and some plugins' blocks) inline; DOMPurify keeps only its safe SVG.
    USE_PROFILES: { html: true, svg: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: ['formaction', 'action'],
    // Iframes only reach the hook, which makes a player's a link and drops the rest.
    ADD_TAGS: ['iframe'],
    ADD_ATTR: ['target', 'loading', 'decoding', 'data-embed-player', 'data-embed-provider'],
    ALLOW_DATA_ATTR: false,
  });
}
