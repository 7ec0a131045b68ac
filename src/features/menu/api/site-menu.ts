import { queryOptions } from '@tanstack/react-query';
import { siteMenuKey } from './site-menu-schema';

export type { SiteMenu } from './site-menu-schema';

/** The fetching code, loaded the first time the query runs: not on a prerendered page's path to its first paint. */
const fetching = () => import('./site-menu-fetch');

/** The site's menu, as the build read it: it changes with a new build, never while a tab is open. */
export const siteMenuQuery = queryOptions({
  queryKey: siteMenuKey,
  queryFn: async ({ signal }) => (await fetching()).fetchSiteMenu(signal),
  staleTime: Infinity,
});
