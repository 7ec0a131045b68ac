import type { QueryClient } from '@tanstack/react-query';
import * as v from 'valibot';
import { apiRoot, currentOrigin } from '../config';
import { requestJson } from '../http';
import { siteConfigQuery } from '../site-config';
import { siteLocale, type SiteLocale } from './locales';

const indexSchema = v.looseObject({ home: v.optional(v.string(), '') });

/** `<html lang="de-DE" …>` at the start of a page. */
export function readHtmlLang(html: string): string | null {
  return /<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z0-9_-]+)/i.exec(html)?.[1] ?? null;
}

/** The language this page was built in (its `<html lang>`), the best a browser can do without the site. */
function pageLanguage(): string | null {
  return typeof document === 'undefined' ? null : document.documentElement.getAttribute('lang');
}

/**
 * WordPress's REST API does not say the site's language to visitors (its
 * settings route needs a login), but its front page does: the theme prints
 * `<html lang>` from the site's language setting. The build reads it there;
 * a browser can read it only from a site of its own origin (CORS), so elsewhere
 * it keeps the language the build wrote into the page.
 */
async function wordpressLanguage(signal?: AbortSignal): Promise<string | null> {
  try {
    const { data } = await requestJson(`${apiRoot()}/`, { schema: indexSchema, signal, query: { _fields: 'home' } });
    const home = new URL(data.home || '/', currentOrigin());
    if (typeof window !== 'undefined' && home.origin !== window.location.origin) return pageLanguage();
    const response = await fetch(home, { signal, headers: { Accept: 'text/html' } });
    if (!response.ok) return pageLanguage();
    return readHtmlLang(await response.text()) ?? pageLanguage();
  } catch (error) {
    if (signal?.aborted) throw error;
    return pageLanguage();
  }
}

/** The site's language: `locale` in site-config.json when set, else WordPress's own. */
export async function fetchSiteLocale(client: QueryClient, signal?: AbortSignal): Promise<SiteLocale> {
  const config = await client.ensureQueryData(siteConfigQuery).catch(() => null);
  const override = typeof config?.locale === 'string' ? config.locale.trim() : '';
  return siteLocale(override || (await wordpressLanguage(signal)));
}
