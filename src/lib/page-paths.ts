import { canonicalSlug } from './wordpress';

/**
 * A WordPress page lives where its `link` says: `/about-us/our-history/`,
 * `/%e4%b8%8a%e6%b5%b7/`. The reader serves it at the same path, written one
 * way (each segment decoded, NFC, then percent-encoded as a browser encodes
 * it, no trailing slash), so a link, the address bar and the build's file agree.
 */
export function canonicalPagePath(pathname: string): string {
  const segments = pathname
    .split('/')
    .filter(Boolean)
    .map((segment) => encodeURIComponent(canonicalSlug(segment)));
  return `/${segments.join('/')}`;
}

/** The reader's path of a page, from its WordPress `link`; null for a link that is no URL. */
export function pagePathFromLink(link: string): string | null {
  try {
    return canonicalPagePath(new URL(link).pathname);
  } catch {
    return null;
  }
}

/** The slug WordPress is asked for: the path's last segment, decoded. */
export function pageSlugOf(path: string): string {
  return canonicalSlug(path.split('/').filter(Boolean).pop() ?? '');
}
