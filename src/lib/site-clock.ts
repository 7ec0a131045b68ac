import { queryOptions } from '@tanstack/react-query';

/** The site's clock, from WordPress's REST index: an IANA zone, or only an offset from UTC. */
export interface SiteClock {
  timeZone: string;
  gmtOffset: number;
}

export const siteClockQuery = queryOptions({
  queryKey: ['site', 'clock'],
  // The fetching code loads the first time the query runs: not on a prerendered page's path to its first paint.
  queryFn: async ({ signal }) => (await import('./site-clock-fetch')).fetchSiteClock(signal),
  staleTime: Infinity,
});
