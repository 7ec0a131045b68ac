import { delay, http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { wpError } from '@/mocks/handlers/wp-response';
import { server } from '@/mocks/node';
import { translator } from '../../test/locale';
import { ApiError, describeError } from './api-error';

const t = translator();
import { readPagination, readRetryAfter, requestJson, withQuery } from './http';

const url = 'http://localhost:3000/wp-json/test/v1/thing';
const schema = v.object({ name: v.string() });

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('requestJson', () => {
  it('returns the validated body and headers', async () => {
    server.use(http.get(url, () => HttpResponse.json({ name: 'ok', extra: 1 }, { headers: { 'X-WP-Total': '7' } })));
    const { data, headers } = await requestJson(url, { schema });
    expect(data).toEqual({ name: 'ok' });
    expect(headers.get('X-WP-Total')).toBe('7');
  });

  it('turns a WordPress error body into an ApiError with its code, message and status', async () => {
    server.use(http.get(url, () => wpError(401, 'rest_forbidden', 'Sorry, you are not allowed to do that.')));
    const error = await failure(requestJson(url, { schema }));
    expect(error).toMatchObject({ kind: 'wordpress', code: 'rest_forbidden', status: 401 });
    expect(describeError(error, t)).toBe('Sorry, you are not allowed to do that.');
  });

  it('keeps the administrator wording of a WordPress fault away from readers', async () => {
    server.use(http.get(url, () => wpError(500, 'internal_server_error', '<p>There has been a critical error on this website.</p>')));
    const error = await failure(requestJson(url, { schema }));
    expect(error).toMatchObject({ kind: 'wordpress', code: 'internal_server_error', status: 500 });
    expect(describeError(error, t)).toBe('The news server had a problem (error 500). Please try again.');
  });

  it('explains a server error page that is not JSON', async () => {
    server.use(http.get(url, () => new HttpResponse('<h1>Bad gateway</h1>', { status: 502, headers: { 'Content-Type': 'text/html' } })));
    const error = await failure(requestJson(url, { schema }));
    expect(error).toMatchObject({ kind: 'http', status: 502 });
    expect(error.isRetryable).toBe(true);
    expect(describeError(error, t)).toMatch(/problem \(error 502\)/);
  });

  it('rejects malformed JSON in a successful answer', async () => {
    server.use(http.get(url, () => new HttpResponse('{"name": "trunc', { headers: { 'Content-Type': 'application/json' } })));
    const error = await failure(requestJson(url, { schema }));
    expect(error.kind).toBe('invalid-response');
    expect(describeError(error, t)).toMatch(/could not read/);
  });

  it('rejects JSON of the wrong shape instead of letting it flow inward', async () => {
    server.use(http.get(url, () => HttpResponse.json({ name: 42 })));
    const error = await failure(requestJson(url, { schema }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toMatch(/name/);
  });

  it('reports a network failure', async () => {
    server.use(http.get(url, () => HttpResponse.error()));
    const error = await failure(requestJson(url, { schema }));
    expect(error.kind).toBe('network');
    expect(describeError(error, t)).toMatch(/could not reach/);
  });

  it('gives up on a slow server with a timeout error', async () => {
    server.use(
      http.get(url, async () => {
        await delay(2_000);
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const error = await failure(requestJson(url, { schema, timeoutMs: 20 }));
    expect(error.kind).toBe('timeout');
    expect(describeError(error, t)).toMatch(/too long/);
  });

  it('lets a cancellation by the caller through as an abort, not as a failure', async () => {
    server.use(
      http.get(url, async () => {
        await delay(2_000);
        return HttpResponse.json({ name: 'late' });
      }),
    );
    const controller = new AbortController();
    const pending = requestJson(url, { schema, signal: controller.signal });
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    expect(error).not.toBeInstanceOf(ApiError);
    expect((error as Error).name).toBe('AbortError');
  });
});

describe('withQuery', () => {
  it('writes lists the way WordPress reads them and skips empty values', () => {
    expect(withQuery(url, { categories: [2, 3], search: 'a b&c', page: undefined, slug: '' })).toBe(`${url}?categories=2%2C3&search=a+b%26c`);
  });
});

describe('readPagination', () => {
  it('reads the totals and treats missing or garbled headers as zero and unknown', () => {
    expect(readPagination(new Headers({ 'X-WP-Total': '41', 'X-WP-TotalPages': '5' }))).toEqual({ total: 41, totalPages: 5, known: true });
    expect(readPagination(new Headers({ 'X-WP-Total': 'lots' }))).toEqual({ total: 0, totalPages: 0, known: false });
  });
});

describe('readRetryAfter', () => {
  it('reads seconds and HTTP dates, and nothing from what is neither', () => {
    const now = Date.parse('2026-12-06T15:00:00Z');
    expect(readRetryAfter('120', now)).toBe(120_000);
    expect(readRetryAfter('Sun, 06 Dec 2026 15:00:30 GMT', now)).toBe(30_000);
    expect(readRetryAfter('Sun, 06 Dec 2026 14:00:00 GMT', now)).toBe(0);
    expect(readRetryAfter('soon', now)).toBeNull();
    expect(readRetryAfter(null, now)).toBeNull();
  });

  it('is carried by the error of a 429 or 503', async () => {
    server.use(http.get(url, () => HttpResponse.json({ code: 'too_many', message: 'Slow down', data: { status: 429 } }, { status: 429, headers: { 'Retry-After': '7' } })));
    expect(await failure(requestJson(url, { schema }))).toMatchObject({ kind: 'wordpress', status: 429, retryAfterMs: 7000 });
    server.use(http.get(url, () => new HttpResponse('Busy', { status: 503, headers: { 'Retry-After': '9' } })));
    expect(await failure(requestJson(url, { schema }))).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 9000 });
    server.use(http.get(url, () => new HttpResponse('Busy', { status: 503 })));
    expect(await failure(requestJson(url, { schema }))).toMatchObject({ status: 503, retryAfterMs: null });
  });
});
