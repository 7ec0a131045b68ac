/** The `page` search parameter: a whole number from 1, or null when it is anything else. */
export function readPageParam(searchParams: URLSearchParams): number | null {
  const raw = searchParams.get('page');
  if (raw === null) return 1;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

/** A list URL with a page number; page 1 has none, so each view has one canonical address. */
export function withPage(path: string, page: number, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (page > 1) params.set('page', String(page));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
