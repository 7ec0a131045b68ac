import DOMPurify from 'dompurify';
import { siteUrl } from './config';
import { domWindow } from './dom';
import { siteOrigin, toReaderPath } from './site-links';

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
  instance.addHook('afterSanitizeAttributes', (node) => {
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
 * Article and comment HTML from WordPress made safe to render: no scripts,
 * event handlers, `javascript:` URLs, forms or unknown embeds. Kept: figures
 * and captions, headings, lists, tables, quotes, images, `lang` and `dir`.
 */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: ['style', 'formaction', 'action'],
    ADD_TAGS: ['iframe'],
    ADD_ATTR: ['target', 'allow', 'allowfullscreen', 'loading', 'decoding', 'sandbox', 'referrerpolicy'],
    ALLOW_DATA_ATTR: false,
  });
}
