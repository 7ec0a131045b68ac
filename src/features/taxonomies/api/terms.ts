import { queryOptions } from '@tanstack/react-query';

export type { TaxonomyTerm } from './terms-fetch';

export type Taxonomy = 'categories' | 'tags';

/** The fetching code, loaded the first time a query runs: not on a prerendered page's path to its first paint. */
const fetching = () => import('./terms-fetch');

export const termQueries = {
  all: (taxonomy: Taxonomy) => [taxonomy] as const,
  list: (taxonomy: Taxonomy) =>
    queryOptions({
      queryKey: [...termQueries.all(taxonomy), 'list'] as const,
      queryFn: async ({ signal }) => (await fetching()).fetchTerms(taxonomy, signal),
      staleTime: 5 * 60_000,
    }),
  bySlug: (taxonomy: Taxonomy, slug: string) =>
    queryOptions({
      queryKey: [...termQueries.all(taxonomy), 'detail', slug] as const,
      queryFn: async ({ signal }) => (await fetching()).fetchTermBySlug(taxonomy, slug, signal),
      staleTime: 5 * 60_000,
    }),
};
