import { apiRoot } from './config';

/** Absolute URL of a `wp/v2` route, e.g. `wpUrl('/posts')`. */
export function wpUrl(route: string): string {
  return `${apiRoot()}/wp/v2${route}`;
}

/** A list response with WordPress's pagination headers read off. */
export interface Paged<T> {
  items: T[];
  /** 0 when the site's headers did not say. */
  total: number;
  totalPages: number;
  /** A page after this one exists: by the headers, or without them, because this page came back full. */
  hasMore: boolean;
}

/** WordPress caps `per_page` at 100. */
export const maxPerPage = 100;

/**
 * One form of a post slug. WordPress stores and sends a non-ASCII slug
 * percent-encoded (`%e6%96%b0%e9%97%bb`); the address bar and the router give
 * it decoded (`新闻`). Keys and requests use the decoded form, so an article
 * prefetched from a list is found again when its link is followed.
 */
export function canonicalSlug(slug: string): string {
  try {
    return decodeURIComponent(slug).normalize('NFC');
  } catch {
    return slug;
  }
}
