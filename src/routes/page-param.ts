import { listPagePath } from '@/lib/list-paths';

/** The `page` search parameter of search results: a whole number from 1, or null when it is anything else. */
export function readPageParam(searchParams: URLSearchParams): number | null {
  const raw = searchParams.get('page');
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** A search URL with a page number; page 1 has none, so each view has one canonical address. */
export function withPage(path: string, page: number, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

const pagedLists = /^\/(?:(?:category|tag)\/[^/]+\/?)?$/;

/**
 * Where a list address that is not canonical now lives: an old `?page=N` link
 * (`/?page=2` → `/page/2/`) and `/page/1/` (→ `/`). Null when it is canonical.
 */
export function canonicalListPath(url: URL): string | null {
  const explicitFirst = url.pathname.match(/^(.*?)\/page\/1\/?$/);
  if (explicitFirst && pagedLists.test(explicitFirst[1] || '/')) return `${explicitFirst[1] || '/'}${url.hash}`;
  const page = url.searchParams.get('page');
  if (page === null || !pagedLists.test(url.pathname)) return null;
  const params = new URLSearchParams(url.searchParams);
  params.delete('page');
  const rest = params.toString();
  const n = /^[1-9]\d{0,5}$/.test(page) ? Number(page) : 1;
  return `${listPagePath(url.pathname, n)}${rest ? `?${rest}` : ''}${url.hash}`;
}
