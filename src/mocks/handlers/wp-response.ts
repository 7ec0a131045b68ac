import { HttpResponse } from 'msw';

/** WordPress's error body: `{ code, message, data: { status } }`. */
export function wpError(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json({ code, message, data: { status, ...extra } }, { status });
}

export function invalidParam(param: string, reason: string) {
  return wpError(400, 'rest_invalid_param', `Invalid parameter(s): ${param}`, {
    params: { [param]: reason },
    details: {},
  });
}

/** Reads `name` as WordPress does: `a=1,2`, `a[]=1&a[]=2` and repeats all give a list. */
export function listParam(url: URL, name: string): string[] {
  return [...url.searchParams.getAll(name), ...url.searchParams.getAll(`${name}[]`)]
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

export function intListParam(url: URL, name: string): number[] | 'invalid' {
  const values = listParam(url, name);
  const numbers = values.map((value) => Number(value));
  return numbers.every((n) => Number.isInteger(n) && n >= 0) ? numbers : 'invalid';
}

export type PageRequest = { page: number; perPage: number } | { error: Response };

/** `page` and `per_page` with WordPress's bounds: per_page 1..100 (default 10), page ≥ 1. */
export function readPageRequest(url: URL): PageRequest {
  const perPageRaw = url.searchParams.get('per_page');
  const pageRaw = url.searchParams.get('page');
  const perPage = perPageRaw === null ? 10 : Number(perPageRaw);
  const page = pageRaw === null ? 1 : Number(pageRaw);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return { error: invalidParam('per_page', 'per_page must be between 1 (inclusive) and 100 (inclusive)') };
  }
  if (!Number.isInteger(page) || page < 1) {
    return { error: invalidParam('page', 'page must be greater than or equal to 1') };
  }
  return { page, perPage };
}

/**
 * One page of a collection with `X-WP-Total`, `X-WP-TotalPages` and `Link`,
 * or WordPress's error for a page past the last one.
 */
export function pagedResponse<T>(
  url: URL,
  items: readonly T[],
  { page, perPage }: { page: number; perPage: number },
  serialize: (item: T) => unknown,
  /** Null where WordPress answers a page past the last with an empty one (the comments route). */
  invalidPageCode: string | null,
): Response {
  const total = items.length;
  const totalPages = Math.ceil(total / perPage);
  if (page > totalPages && total > 0 && invalidPageCode !== null) {
    return wpError(400, invalidPageCode, 'The page number requested is larger than the number of pages available.');
  }
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const headers = new Headers({ 'X-WP-Total': String(total), 'X-WP-TotalPages': String(totalPages) });
  const links: string[] = [];
  const pageUrl = (n: number) => {
    const next = new URL(url);
    next.searchParams.set('page', String(n));
    return next.href;
  };
  if (page > 1 && page - 1 <= totalPages) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < totalPages) links.push(`<${pageUrl(page + 1)}>; rel="next"`);
  if (links.length) headers.set('Link', links.join(', '));
  return HttpResponse.json(slice.map(serialize), { headers });
}

/** WordPress's `_fields`: keep only the named top-level fields. */
export function pickFields(url: URL, value: Record<string, unknown>): Record<string, unknown> {
  const fields = listParam(url, '_fields');
  if (fields.length === 0) return value;
  const roots = new Set(fields.map((field) => field.split('.')[0]));
  return Object.fromEntries(Object.entries(value).filter(([key]) => roots.has(key)));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
