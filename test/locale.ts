import { setupI18n, type Messages } from '@lingui/core';
import type { QueryClient } from '@tanstack/react-query';
import { messagesQuery, siteLocaleQuery } from '@/lib/i18n/locale-queries';
import { siteLocale, type SiteLocale } from '@/lib/i18n/locales';
import type { Translate } from '@/lib/i18n/use-messages';

// Every catalog, compiled as the build compiles it: a test renders in any language without waiting for one.
const catalogs = import.meta.glob<Messages>('../src/lib/i18n/catalogs/*.json', { eager: true, import: 'default' });

/**
 * Puts a site language and its messages in a test's cache, as a prerendered
 * page has them, so the first render is already in that language.
 */
export function seedLocale(queryClient: QueryClient, tag = 'en'): SiteLocale {
  const locale = siteLocale(tag);
  const messages = catalogs[`../src/lib/i18n/catalogs/${locale.catalog}.json`];
  if (!messages) throw new Error(`No catalog for ${tag}`);
  queryClient.setQueryData(siteLocaleQuery.queryKey, locale);
  queryClient.setQueryData(messagesQuery(locale.catalog).queryKey, messages);
  return locale;
}

/** The interface's words in a language, for tests of functions that take them (`describeError(error, t)`). */
export function translator(tag = 'en'): Translate {
  const locale = siteLocale(tag);
  const messages = catalogs[`../src/lib/i18n/catalogs/${locale.catalog}.json`] ?? {};
  const i18n = setupI18n({ locale: locale.tag, messages: { [locale.tag]: messages } });
  return (id, values) => i18n._(id, values);
}
