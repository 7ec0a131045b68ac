import { socialServices, type SocialService } from '../seed/social-services';
import { escapeHtml } from './wp-response';

/**
 * WordPress renders each social icon (core/social-link) on the server: the
 * saved post holds only `<!-- wp:social-link {"url","service"} /-->` inside
 * the list's `<ul>`, and `content.rendered` holds the link, its icon and its
 * name for screen readers. The mock does the same, with the list's settings
 * (open in a new tab, show labels) passed down as WordPress passes them.
 */
export function renderSocialLinks(content: string): string {
  return content.replace(/<!-- wp:social-links (\{.*?\} )?-->([\s\S]*?)<!-- \/wp:social-links -->/g, (_block, listAttrs: string | undefined, inner: string) => {
    const list = readAttrs(listAttrs);
    const rendered = inner.replace(/<!-- wp:social-link (\{.*?\}) \/-->/g, (_link, attrs: string) => renderLink(readAttrs(attrs), list));
    return `<!-- wp:social-links ${listAttrs ?? ''}-->${rendered}<!-- /wp:social-links -->`;
  });
}

function readAttrs(json: string | undefined): Record<string, unknown> {
  try {
    return json ? (JSON.parse(json) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function renderLink(attrs: Record<string, unknown>, list: Record<string, unknown>): string {
  const service = String(attrs.service ?? '');
  const known = service in socialServices ? socialServices[service as SocialService] : null;
  let url = typeof attrs.url === 'string' ? attrs.url.trim() : '';
  // No address, no link.
  if (!url) return '';
  if (/^[^\s@:/]+@[^\s@]+\.[^\s@]+$/.test(url)) url = `mailto:${url}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//')) url = `https://${url}`;
  const label = typeof attrs.label === 'string' && attrs.label ? attrs.label : (known?.name ?? 'Icon');
  const newTab = list.openInNewTab === true ? ' rel="noopener nofollow" target="_blank"' : '';
  const icon = known
    ? `<svg width="24" height="24" viewBox="0 0 24 24" version="1.1" xmlns="http://www.w3.org/2000/svg" aria-hidden="true" focusable="false"><path d="${known.path}"></path></svg>`
    : '';
  return (
    `<li class="wp-social-link wp-social-link-${escapeHtml(service)} wp-block-social-link"><a href="${escapeHtml(url)}"${newTab} class="wp-block-social-link-anchor">${icon}` +
    `<span class="wp-block-social-link-label${list.showLabels === true ? '' : ' screen-reader-text'}">${escapeHtml(label)}</span></a></li>`
  );
}
