import * as v from 'valibot';
import { isApiError } from '@/lib/api-error';
import { readPagination, requestJson, type QueryValue } from '@/lib/http';
import { maxPerPage, wpUrl } from '@/lib/wordpress';

/**
 * The build's way of reading WordPress: whole collections, 100 items a
 * request, a few requests in flight, and a server that is busy for a moment
 * (429, 5xx, a dropped connection, a timeout) asked again after a pause that
 * doubles each time, or after the time it asked for (`Retry-After`) when that
 * is longer. A refusal (4xx), a server still down after the last try or one
 * that asks for a wait longer than a build should sit idle fails the build
 * with WordPress's own words.
 */

/** Requests in flight at once, whatever the build is reading: a shared WordPress host is not a benchmark target. */
export const requestsInFlight = 4;
const attempts = 5;
const firstPauseMs = 500;
const requestTimeoutMs = 30_000;
/** The longest `Retry-After` a build waits out; a longer one (a host's rate limit for the hour) fails it at once. */
export const longestWaitMs = 120_000;

export type WpRecord = Record<string, unknown> & { id: number };
const recordSchema = v.array(v.looseObject({ id: v.number() }));

let inFlight = 0;
const waiting: (() => void)[] = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight >= requestsInFlight) await new Promise<void>((resume) => waiting.push(resume));
  inFlight += 1;
  try {
    return await work();
  } finally {
    inFlight -= 1;
    waiting.shift()?.();
  }
}

const pause = (ms: number) => new Promise((resume) => setTimeout(resume, ms));

/** Counts what the build asked, for its summary and the benchmark. */
export const requestCount = { value: 0 };

async function getPage(route: string, query: Record<string, QueryValue>, headers?: Record<string, string>) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      requestCount.value += 1;
      return await slot(() => requestJson(wpUrl(route), { schema: recordSchema, query, timeoutMs: requestTimeoutMs, headers }));
    } catch (error) {
      if (!isApiError(error) || !error.isRetryable || attempt >= attempts) {
        const status = isApiError(error) && error.status ? ` (HTTP ${error.status})` : '';
        throw new Error(`WordPress did not answer ${route}${status}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
      if (error.retryAfterMs !== null && error.retryAfterMs > longestWaitMs) {
        const seconds = Math.ceil(error.retryAfterMs / 1000);
        throw new Error(`WordPress asked the build to wait ${seconds} s before asking ${route} again (HTTP ${error.status}, Retry-After); build again later.`, { cause: error });
      }
      await pause(Math.max(firstPauseMs * 2 ** (attempt - 1), error.retryAfterMs ?? 0));
    }
  }
}

/** Every item of a collection, each page of 100 asked for once, in page order; `headers` go with each request. */
export async function readCollection(route: string, query: Record<string, QueryValue>, headers?: Record<string, string>): Promise<WpRecord[]> {
  const first = await getPage(route, { ...query, per_page: maxPerPage, page: 1 }, headers);
  const { totalPages, known } = readPagination(first.headers);
  if (!known && first.data.length === maxPerPage) {
    throw new Error(`WordPress did not say how many pages ${route} has (X-WP-TotalPages): a proxy or plugin strips it.`);
  }
  const rest = Array.from({ length: Math.max(0, totalPages - 1) }, (_, index) =>
    getPage(route, { ...query, per_page: maxPerPage, page: index + 2 }, headers).then((answer) => answer.data),
  );
  return [first.data, ...(await Promise.all(rest))].flat() as WpRecord[];
}

/** The items with these ids, 100 a request (`include`). */
export async function readByIds(route: string, ids: readonly number[], query: Record<string, QueryValue>): Promise<WpRecord[]> {
  const batches: number[][] = [];
  for (let start = 0; start < ids.length; start += maxPerPage) batches.push(ids.slice(start, start + maxPerPage));
  const answers = await Promise.all(batches.map((batch) => getPage(route, { ...query, include: batch, per_page: maxPerPage })));
  return answers.flatMap((answer) => answer.data) as WpRecord[];
}
