import { queryOptions, useQuery } from '@tanstack/react-query';
import { fallbackSiteName } from './site-name';

export { fallbackSiteName } from './site-name';
export type { SiteConfig } from './site-config-fetch';

export const siteConfigQuery = queryOptions({
  queryKey: ['site-config'],
  // The fetching code loads the first time the query runs: not on a prerendered page's path to its first paint.
  queryFn: async ({ signal }) => (await import('./site-config-fetch')).fetchSiteConfig(signal),
  staleTime: Infinity,
});

/**
 * The site's name, or null while the configuration is on its way: a placeholder
 * then, rather than a generic name that changes a moment later.
 */
export function useSiteName(): string | null {
  const site = useQuery(siteConfigQuery);
  return site.data?.siteName ?? (site.isError ? fallbackSiteName : null);
}
