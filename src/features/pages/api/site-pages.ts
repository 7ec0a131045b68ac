import { queryOptions } from '@tanstack/react-query';
import { canonicalPagePath } from '@/lib/page-paths';

export type { SitePage } from './page-schema';

/** The fetching code, loaded the first time a query runs: not on a prerendered page's path to its first paint. */
const fetching = () => import('./site-pages-fetch');

export const pageQueries = {
  all: () => ['pages'] as const,
  detail: (path: string) =>
    queryOptions({
      queryKey: [...pageQueries.all(), 'detail', canonicalPagePath(path)] as const,
      queryFn: async ({ signal }) => (await fetching()).fetchPageByPath(path, signal),
    }),
};
