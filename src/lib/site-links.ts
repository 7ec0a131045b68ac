import { apiRoot, siteUrl } from './config';

/** The WordPress site's own origin: the page's origin on the mock, the API's host otherwise. */
export function siteOrigin(): string {
  return new URL(apiRoot()).origin;
}

const nonArticlePrefixes = ['wp-content', 'wp-admin', 'wp-json', 'wp-includes', 'feed', 'author', 'page'];

/**
 * The reader's path for a link to the WordPress site itself, or null for a
 * link that leaves it. Permalinks come in many shapes (`/slug/`,
 * `/2023/07/05/slug/`, `/news/slug/`); the last segment is the post's slug.
 */
export function toReaderPath(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href, siteOrigin());
  } catch {
    return null;
  }
  // The reader's own public address counts too, so the build and the browser agree whatever origin serves the page.
  const sameSite = url.origin === siteOrigin() || url.origin === new URL(siteUrl).origin;
  if (!sameSite || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const [first, second] = segments;
  if (!first) return `/${url.search}${url.hash}`;
  if (nonArticlePrefixes.includes(first)) return null;
  if (first === 'category' && segments.length >= 2) return `/category/${segments[segments.length - 1]}`;
  if (first === 'tag' && second) return `/tag/${second}`;
  if (first === 'search') return `/search${url.search}`;
  return `/news/${segments[segments.length - 1]}${url.hash}`;
}
