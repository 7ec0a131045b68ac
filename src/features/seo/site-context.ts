import { useMemo } from 'react';
import { siteUrl, usesMockApi } from '@/lib/config';
import { fallbackSiteName, useSiteName } from '@/lib/site-config';
import { siteOrigin, toReaderPath } from '@/lib/site-links';
import type { SiteContext } from './head-model';

/** The share picture for pages without one (`scripts/generate-share-images.mjs`). */
export const defaultImageFile = { path: '/og-default.jpg', width: 1200, height: 630 };
/** The publisher's logo in structured data (the same script). */
export const logoFile = { path: '/publisher-logo.png', width: 600, height: 60 };

/** The site as this build and configuration describe it. */
export function createSiteContext(siteName: string): SiteContext {
  return {
    siteUrl,
    siteName,
    locale: 'en_US',
    wordpressOrigin: siteOrigin(),
    wordpressIsReader: usesMockApi,
    toReaderPath,
    defaultImage: { url: `${siteUrl}${defaultImageFile.path}`, width: defaultImageFile.width, height: defaultImageFile.height, alt: siteName },
    logo: { url: `${siteUrl}${logoFile.path}`, width: logoFile.width, height: logoFile.height },
  };
}

export function useSiteContext(): SiteContext {
  const siteName = useSiteName() ?? fallbackSiteName;
  return useMemo(() => createSiteContext(siteName), [siteName]);
}
