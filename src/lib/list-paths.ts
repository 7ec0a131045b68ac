/**
 * Addresses of paged lists, as WordPress makes them: page 1 is the list's own
 * address, later pages add `/page/N/` (`/page/2/`, `/category/news/page/3/`).
 */
export function listPagePath(base: string, page: number): string {
  if (page <= 1) return base;
  return `${base.replace(/\/+$/, '')}/page/${page}/`;
}

/** The page number in a list's path: 1 without one, null for anything that is not a page number. */
export function readPageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}
