import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { CatalogLocale, SiteLocale } from './locales';

/** The site's language: site-config.json's `locale`, else WordPress's own (site-locale-fetch.ts). */
export const siteLocaleQuery = queryOptions({
  queryKey: ['site', 'locale'],
  // The fetching code loads the first time the query runs: not on a prerendered page's path to its first paint.
  queryFn: async ({ signal, client }) => (await import('./site-locale-fetch')).fetchSiteLocale(client, signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

/** The interface's messages in one language, compiled. */
export const messagesQuery = (locale: CatalogLocale) =>
  queryOptions({
    queryKey: ['site', 'messages', locale],
    queryFn: async () => (await import('./catalog-loader')).loadCatalog(locale),
    staleTime: Infinity,
    gcTime: Infinity,
  });

/**
 * The site's language and its messages, in the cache before the first render,
 * so the reader renders (and hydrates) in one language from the start.
 * On a prerendered page both are already there.
 */
export async function prepareLocale(queryClient: QueryClient): Promise<SiteLocale> {
  const locale = await queryClient.ensureQueryData(siteLocaleQuery);
  await queryClient.ensureQueryData(messagesQuery(locale.catalog));
  return locale;
}
