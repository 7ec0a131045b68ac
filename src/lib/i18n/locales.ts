/**
 * The languages the reader's interface is written in, and how a site's
 * language (WordPress's `de_DE`, a page's `lang="pt-BR"`) maps to one of them.
 */
export const catalogLocales = ['en', 'de', 'fr', 'es', 'pt', 'zh', 'ar'] as const;

export type CatalogLocale = (typeof catalogLocales)[number];

export interface SiteLocale {
  /** The site's own language tag (`de-DE`): `<html lang>`, and what Intl formats dates and numbers in. */
  tag: string;
  /** The interface catalog closest to it; English when the reader has none for the language. */
  catalog: CatalogLocale;
  dir: 'ltr' | 'rtl';
}

/** Languages written right to left (their primary subtag). */
const rightToLeft = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

export const defaultLocaleTag = 'en';

/** `de_DE` → `de-DE`; anything that is not a language tag → null. */
export function canonicalTag(raw: string | null | undefined): string | null {
  const candidate = (raw ?? '').trim().replace(/_/g, '-');
  if (!candidate) return null;
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? null;
  } catch {
    return null;
  }
}

export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

export function isRightToLeft(tag: string): boolean {
  const script = /-(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)\b/i.exec(tag)?.[1];
  if (script) return true;
  if (/-(Latn|Cyrl)\b/i.test(tag)) return false;
  return rightToLeft.has(primaryLanguage(tag));
}

function isCatalogLocale(value: string): value is CatalogLocale {
  return (catalogLocales as readonly string[]).includes(value);
}

/** The reader's locale for a site language; English when it is missing or not a language tag. */
export function siteLocale(raw: string | null | undefined): SiteLocale {
  const tag = canonicalTag(raw) ?? defaultLocaleTag;
  const language = primaryLanguage(tag);
  return { tag, catalog: isCatalogLocale(language) ? language : 'en', dir: isRightToLeft(tag) ? 'rtl' : 'ltr' };
}

/**
 * `lang` and `dir` for content in its own language (a post a multilingual
 * plugin marks `en` on an Arabic site): nothing when the language is not known.
 */
export function contentLanguage(lang: string | undefined): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const tag = canonicalTag(lang);
  return tag ? { lang: tag, dir: isRightToLeft(tag) ? 'rtl' : 'ltr' } : {};
}
