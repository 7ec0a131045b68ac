import * as v from 'valibot';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { requestJson } from './http';
import { currentOrigin, siteConfigUrl } from './config';

/** Said when the configuration has no name or cannot be read at all. */
export const fallbackSiteName = 'News';

/**
 * The site configuration, fetched at start so a deployment can change it
 * without a rebuild. Each feature validates its own section (`contact`,
 * `newsletter`), so one bad entry there cannot take down the whole site.
 */
const siteConfigSchema = v.looseObject({
  siteName: v.optional(v.string(), fallbackSiteName),
  tagline: v.optional(v.string(), ''),
  newsletter: v.optional(v.unknown()),
  contact: v.optional(v.unknown()),
});

export type SiteConfig = v.InferOutput<typeof siteConfigSchema>;

export const siteConfigQuery = queryOptions({
  queryKey: ['site-config'],
  queryFn: async ({ signal }) => {
    const { data } = await requestJson(new URL(siteConfigUrl, currentOrigin()).href, { schema: siteConfigSchema, signal });
    return data;
  },
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
