import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';
import { liveRefresh } from '@/lib/page-data';

/** How often a view that shows data and failed to refresh it tries again, quietly. */
export const quietRetryMs = 30_000;

/** The reader's query client: refusals are not retried, transient failures are, twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Static first, what the build or WordPress answered stands until the next build: a view
        // reads WordPress only when it has no answer yet, or asks itself (the comment thread).
        staleTime: liveRefresh ? 60_000 : Infinity,
        gcTime: 10 * 60_000,
        // A timeout only once more: three slow tries would keep a skeleton up for most of a minute.
        retry: (failureCount, error) => failureCount < (isApiError(error) && error.kind === 'timeout' ? 1 : 2) && (!isApiError(error) || error.isRetryable),
        refetchOnWindowFocus: false,
        // Try even when the browser says it is offline: the default would pause
        // the request and leave a skeleton up for as long as the network is gone.
        // A failure says "you are offline" instead, and refetching on reconnect
        // fills the view in when the connection is back (with networkMode
        // 'always' that is off unless asked for).
        networkMode: 'always',
        refetchOnReconnect: true,
        // A refresh that failed under data on screen keeps the data and tries again now and then,
        // so a view fills in by itself once WordPress is back.
        refetchInterval: (query) => (query.state.status === 'error' && query.state.data !== undefined ? quietRetryMs : false),
      },
      // A comment or sign-up sent offline fails at once with the text kept,
      // rather than waiting unseen and posting later.
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
