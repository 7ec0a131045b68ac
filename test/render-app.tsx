import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider, type RouteObject } from 'react-router-dom';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/routes';
import { LocaleProvider } from '@/lib/i18n/locale-provider';
import { siteLocaleQuery } from '@/lib/i18n/locale-queries';
import { seedLocale } from './locale';

/** The app's own query client, with retries off so a failure shows at once. */
export function createTestQueryClient(): QueryClient {
  const client = createQueryClient();
  const defaults = client.getDefaultOptions();
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } });
  return client;
}

/**
 * Renders the whole reader, routes and all, at `path`, on the mock WordPress.
 * Pass the app's own client (`createQueryClient()`) to see it retry as it does for readers.
 */
export function renderApp(path = '/', { queryClient = createTestQueryClient(), locale = 'en' } = {}) {
  return renderRoutes(createRoutes(queryClient), { path, queryClient, locale });
}

/** The site's language in the cache before the first render, as the app puts it there (prepareLocale). */
function withLocale(queryClient: QueryClient, locale: string) {
  if (!queryClient.getQueryData(siteLocaleQuery.queryKey)) seedLocale(queryClient, locale);
}

/** A route table of a test's own, with what the app gives every route. */
export function renderRoutes(routes: RouteObject[], { path = '/', queryClient = createTestQueryClient(), locale = 'en' } = {}) {
  withLocale(queryClient, locale);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}

/** One part of the reader inside what the app gives it: a fresh query client and a router at `path`. */
export function renderWithProviders(ui: ReactElement, { path = '/', user = userEvent.setup(), locale = 'en' } = {}) {
  const queryClient = createTestQueryClient();
  withLocale(queryClient, locale);
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return { ...view, user, queryClient };
}
