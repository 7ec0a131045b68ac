import type { Messages } from '@lingui/core';
import type { CatalogLocale } from './locales';

/**
 * One chunk per language, compiled from its ICU catalog at build time
 * (vite.config.ts), loaded only for the site's language. A prerendered page
 * carries its catalog in its state, so there neither this module nor a
 * catalog is loaded at all.
 */
const catalogs = import.meta.glob<Messages>('./catalogs/*.json', { import: 'default' });

export async function loadCatalog(locale: CatalogLocale): Promise<Messages> {
  const load = catalogs[`./catalogs/${locale}.json`];
  if (!load) throw new Error(`The reader has no catalog for "${locale}".`);
  return load();
}
