import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { readActiveScenario } from '@/mocks/active-scenario';
import { translator } from '../../test/locale';
import { ApiError, describeError } from './api-error';

const t = translator();
import { requestJson } from './http';
import { wpUrl } from './wordpress';
import * as v from 'valibot';

describe('what a reader is told', () => {
  it('does not blame the reader’s connection for a failure the browser cannot see into', async () => {
    // A 502 from a gateway without CORS headers reaches the page as a bare network failure.
    server.use(http.get('*/wp-json/wp/v2/posts', () => HttpResponse.error()));
    const error = await requestJson(wpUrl('/posts'), { schema: v.unknown() }).catch((caught: unknown) => caught);
    const text = describeError(error, t);
    expect(text).not.toMatch(/Check your connection/);
    expect(text).toMatch(/the server may be down/);
  });

  it('ends a WordPress message that lacks a full stop with one', () => {
    expect(describeError(new ApiError('wordpress', 'Cookie check failed', { status: 403, code: 'rest_cookie_invalid_nonce' }), t)).toBe('Cookie check failed.');
    expect(describeError(new ApiError('wordpress', 'Invalid post ID.', { status: 404 }), t)).toBe('Invalid post ID.');
  });

  it('says the demo WordPress could not start, rather than that an answer was unreadable', () => {
    const error = new ApiError('network', 'The built-in mock WordPress is not running.', { code: 'mock_unavailable' });
    expect(describeError(error, t)).toMatch(/built-in demo WordPress could not start/);
    expect(error.isRetryable).toBe(false);
  });
});

describe('the mock with storage blocked', () => {
  it('still takes the scenario from the address, for this page only', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    });
    const location = new URL('http://localhost/?scenario=slow&latency=100') as unknown as Location;
    expect(readActiveScenario(location)).toEqual({ name: 'slow', options: { latencyMs: 100 }, requested: true });
  });
});
