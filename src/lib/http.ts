import * as v from 'valibot';
import { ApiError } from './api-error';
import { apiRoot, requestTimeoutMs, usesMockApi } from './config';
import { mockFailed, mockSettled } from './mock-status';

export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined | null;

export interface RequestOptions<TSchema extends v.GenericSchema> {
  schema: TSchema;
  query?: Record<string, QueryValue>;
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Headers of the request besides `Accept` (the build's `Authorization`; the browser sends none). */
  headers?: Record<string, string>;
}

export interface JsonResponse<T> {
  data: T;
  headers: Headers;
  status: number;
}

const wordpressErrorSchema = v.object({
  code: v.string(),
  message: v.string(),
  data: v.optional(
    v.nullable(
      v.looseObject({
        status: v.optional(v.number()),
        // `{ param: reason }` for an invalid parameter, `[param]` for a missing one.
        params: v.optional(v.union([v.record(v.string(), v.unknown()), v.array(v.string())])),
      }),
    ),
  ),
});

function paramNames(params: Record<string, unknown> | string[] | undefined): string[] {
  if (!params) return [];
  return Array.isArray(params) ? params : Object.keys(params);
}

/** Appends WordPress-style query parameters; arrays become comma lists (`categories=2,3`). */
export function withQuery(url: string, query: Record<string, QueryValue> = {}): string {
  const target = new URL(url);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) target.searchParams.set(key, value.join(','));
    } else {
      target.searchParams.set(key, String(value));
    }
  }
  return target.href;
}

/**
 * Fetches JSON and validates it where it enters. Every failure comes out as
 * an ApiError; an abort by the caller (React Query cancelling) is rethrown
 * untouched so it is not mistaken for a failure.
 */
export async function requestJson<TSchema extends v.GenericSchema>(
  url: string,
  options: RequestOptions<TSchema>,
): Promise<JsonResponse<v.InferOutput<TSchema>>> {
  await mockSettled();
  if (usesMockApi && mockFailed() && url.startsWith(apiRoot())) {
    throw new ApiError('network', 'The built-in mock WordPress is not running.', { code: 'mock_unavailable' });
  }
  // A timer of our own rather than AbortSignal.timeout, so the page's clock (and a test's) governs it.
  const timer = new AbortController();
  const timeoutHandle = setTimeout(() => timer.abort(new DOMException('The request timed out.', 'TimeoutError')), options.timeoutMs ?? requestTimeoutMs);
  const timeout = timer.signal;
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers: { Accept: 'application/json', ...options.headers },
    signal,
  };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }

  let response: Response;
  let text: string;
  try {
    response = await fetch(withQuery(url, options.query), init);
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw new ApiError('timeout', 'The request timed out.', { cause: error });
    throw new ApiError('network', 'The network request failed.', { cause: error });
  } finally {
    clearTimeout(timeoutHandle);
  }

  let json: unknown;
  let parsed = false;
  try {
    json = text === '' ? undefined : JSON.parse(text);
    parsed = true;
  } catch {
    // handled below: an error status explains itself, a success with bad JSON is invalid
  }

  if (!response.ok) {
    const wpError = parsed ? v.safeParse(wordpressErrorSchema, json) : undefined;
    const retryAfterMs = readRetryAfter(response.headers.get('Retry-After'));
    if (wpError?.success) {
      throw new ApiError('wordpress', wpError.output.message, {
        status: wpError.output.data?.status ?? response.status,
        code: wpError.output.code,
        params: paramNames(wpError.output.data?.params),
        retryAfterMs,
      });
    }
    throw new ApiError('http', `HTTP ${response.status}`, { status: response.status, code: `http_${response.status}`, retryAfterMs });
  }

  if (!parsed) {
    throw new ApiError('invalid-response', 'The response was not valid JSON.', { status: response.status });
  }
  const result = v.safeParse(options.schema, json);
  if (!result.success) {
    throw new ApiError('invalid-response', `Unexpected response: ${v.summarize(result.issues)}`, {
      status: response.status,
      cause: result.issues,
    });
  }
  return { data: result.output, headers: response.headers, status: response.status };
}

/** `Retry-After` in ms: a number of seconds or an HTTP date (RFC 9110); null when absent or unreadable. */
export function readRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Reads WordPress's pagination headers; a missing or garbled header counts as
 * unknown (0, and `known: false`): proxies and caching plugins strip them.
 */
export function readPagination(headers: Headers): { total: number; totalPages: number; known: boolean } {
  const total = Number.parseInt(headers.get('X-WP-Total') ?? '', 10);
  const totalPages = Number.parseInt(headers.get('X-WP-TotalPages') ?? '', 10);
  const known = Number.isFinite(totalPages) && totalPages >= 0;
  return {
    total: Number.isFinite(total) && total >= 0 ? total : 0,
    totalPages: known ? totalPages : 0,
    known,
  };
}
