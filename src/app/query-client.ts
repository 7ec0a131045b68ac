import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-error';

/** The reader's query client: refusals are not retried, transient failures are, twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.isRetryable),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
