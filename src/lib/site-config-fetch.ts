import * as v from 'valibot';
import { currentOrigin, siteConfigUrl } from './config';
import { requestJson } from './http';
import { fallbackSiteName } from './site-name';

/**
 * The site configuration, fetched at start so a deployment can change it
 * without a rebuild. Each feature validates its own section (`contact`,
 * `newsletter`), so one bad entry there cannot take down the whole site.
 * Loaded when the query first runs (site-config.ts).
 */
export const siteConfigSchema = v.looseObject({
  siteName: v.optional(v.string(), fallbackSiteName),
  tagline: v.optional(v.string(), ''),
  /** The site's language (`de-DE`), when it should differ from the one WordPress's front page declares. */
  locale: v.optional(v.string(), ''),
  newsletter: v.optional(v.unknown()),
  contact: v.optional(v.unknown()),
  /** The menu in place of the site's own (features/menu/config-menu.ts). */
  menu: v.optional(v.unknown()),
});

export type SiteConfig = v.InferOutput<typeof siteConfigSchema>;

export async function fetchSiteConfig(signal?: AbortSignal): Promise<SiteConfig> {
  const { data } = await requestJson(new URL(siteConfigUrl, currentOrigin()).href, { schema: siteConfigSchema, signal });
  return data;
}
