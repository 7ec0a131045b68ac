import { useMemo } from 'react';
import { siteUrl, usesMockApi } from '@/lib/config';
import { useLocale } from '@/lib/i18n/use-messages';
import { fallbackSiteName, useSiteName } from '@/lib/site-config';
import { siteOrigin, toReaderPath } from '@/lib/site-links';
import type { SiteContext } from './head-model';

/** The share picture for pages without one (`scripts/generate-share-images.mjs`). */
export const defaultImageFile = { path: '/og-default.jpg', width: 1200, height: 630 };
/** The publisher's logo in structured data (the same script). */
export const logoFile = { path: '/publisher-logo.png', width: 600, height: 60 };

/** The site as this build and configuration describe it. */
export function createSiteContext(siteName: string, languageTag = 'en-US'): SiteContext {
  return {
    siteUrl,
    siteName,
    locale: openGraphLocale(languageTag),
    wordpressOrigin: siteOrigin(),
    wordpressIsReader: usesMockApi,
    toReaderPath,
    defaultImage: { url: `${siteUrl}${defaultImageFile.path}`, width: defaultImageFile.width, height: defaultImageFile.height, alt: siteName },
    logo: { url: `${siteUrl}${logoFile.path}`, width: logoFile.width, height: logoFile.height },
  };
}

/** Open Graph writes `de_DE`; a bare language gets its usual region (`ar` → `ar_AR` is Facebook's, `en` → `en_US`). */
function openGraphLocale(tag: string): string {
  const [language = 'en', region] = tag.split('-');
  const regions: Record<string, string> = { en: 'US', de: 'DE', fr: 'FR', es: 'ES', pt: 'BR', zh: 'CN', ar: 'AR' };
  const country = region && /^[A-Z]{2}$/i.test(region) ? region.toUpperCase() : (regions[language] ?? language.toUpperCase());
  return `${language}_${country}`;
}

/**
 * The site context once the site's name is known (or known to be unreadable):
 * null while the configuration is on its way, so no head says a guessed name.
 */
export function useSiteContext(): SiteContext | null {
  const siteName = useSiteName();
  const { tag } = useLocale();
  return useMemo(() => (siteName === null ? null : createSiteContext(siteName || fallbackSiteName, tag)), [siteName, tag]);
}
