import * as v from 'valibot';
import { queryOptions } from '@tanstack/react-query';
import { requestJson } from './http';
import { siteConfigUrl } from './config';

/**
 * The site configuration, fetched at start so a deployment can change it
 * without a rebuild. Each feature validates its own section (`contact`,
 * `newsletter`), so one bad entry there cannot take down the whole site.
 */
const siteConfigSchema = v.looseObject({
  siteName: v.optional(v.string(), 'News'),
  tagline: v.optional(v.string(), ''),
  newsletter: v.optional(v.unknown()),
  contact: v.optional(v.unknown()),
});

export type SiteConfig = v.InferOutput<typeof siteConfigSchema>;

export const siteConfigQuery = queryOptions({
  queryKey: ['site-config'],
  queryFn: async ({ signal }) => {
    const { data } = await requestJson(new URL(siteConfigUrl, window.location.origin).href, { schema: siteConfigSchema, signal });
    return data;
  },
  staleTime: Infinity,
});
