import DOMPurify, { type Config } from 'dompurify';
import { siteUrl } from './config';
import { domWindow } from './dom';
import { safeInlineStyle } from './inline-style';
import { siteOrigin, toReaderPath } from './site-links';
import { policyFor, trustedTypesPolicies } from './trusted-types';

/** Embeds we trust enough to show, sandboxed; every other iframe is dropped. */
const embedHosts = ['www.youtube-nocookie.com', 'www.youtube.com', 'player.vimeo.com'];

const forbiddenTags = ['script', 'style', 'form', 'input', 'button', 'select', 'option', 'textarea', 'object', 'embed', 'link', 'meta', 'base', 'frame', 'frameset', 'template', 'noscript'];

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier() {
  if (purifier) return purifier;
  const window = domWindow();
  const instance = DOMPurify(window);
  instance.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe' || !(node instanceof window.Element)) return;
    let allowed = false;
    try {
      // Resolved against the public address, not the page, so the build and the browser agree.
      const src = new URL(node.getAttribute('src') ?? '', siteUrl);
      allowed = src.protocol === 'https:' && embedHosts.includes(src.hostname);
    } catch {
      allowed = false;
    }
    if (!allowed) node.parentNode?.removeChild(node);
  });
  instance.addHook('uponSanitizeAttribute', (_node, data) => {
    // Custom colours, spacers' heights, columns' widths: kept, with nothing that reaches outside the block.
    if (data.attrName === 'style') data.attrValue = safeInlineStyle(data.attrValue);
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
    if (node.tagName === 'IFRAME') {
      node.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      if (!node.getAttribute('title')) node.setAttribute('title', 'Embedded video');
    }
  });
  purifier = instance;
  return instance;
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
 * event handlers, `javascript:` URLs, forms or unknown embeds. Kept: figures
 * and captions, headings, lists, tables, quotes, images, `lang` and `dir`.
 * In a browser with Trusted Types the result is TrustedHTML, which a page under
 * `require-trusted-types-for 'script'` accepts; elsewhere it is a string.
 */
export function sanitizeHtml(html: string): string | TrustedHTML {
  return getPurifier().sanitize(html, {
    RETURN_TRUSTED_TYPE: true,
    TRUSTED_TYPES_POLICY: sanitizerPolicy() as unknown as NonNullable<Config['TRUSTED_TYPES_POLICY']>,
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: ['formaction', 'action'],
    ADD_TAGS: ['iframe'],
    ADD_ATTR: ['target', 'allow', 'allowfullscreen', 'loading', 'decoding', 'sandbox', 'referrerpolicy'],
    ALLOW_DATA_ATTR: false,
  });
}
