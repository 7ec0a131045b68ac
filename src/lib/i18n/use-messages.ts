import { use } from 'react';
import type english from './catalogs/en.json';
import { LocaleContext, type LocaleValue } from './locale-provider';
import type { SiteLocale } from './locales';

/** Every message the interface has: the keys of the English catalog. */
export type MessageId = keyof typeof english;

export type MessageValues = Record<string, string | number>;

export type Translate = (id: MessageId, values?: MessageValues) => string;

function useLocaleValue(): LocaleValue {
  const value = use(LocaleContext);
  if (!value) throw new Error('The interface needs a LocaleProvider above it (src/app/app.tsx).');
  return value;
}

/** The interface's words in the site's language: `t('nav.latest')`, `t('comments.count', { count })`. */
export function useMessages(): Translate {
  const { i18n, locale } = useLocaleValue();
  const rightToLeft = locale.dir === 'rtl';
  return (id, values) => i18n._(id, values && rightToLeft ? isolated(values) : values);
}

/**
 * A name, title or address put into right-to-left text is often Latin; set
 * apart with Unicode isolates (FSI … PDI, as <bdi> does for markup), its own
 * direction cannot reorder the punctuation and words around it.
 */
function isolated(values: MessageValues): MessageValues {
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? `\u2068${value}\u2069` : value]));
}

/** The site's language: its tag for Intl, its catalog, its direction. */
export function useLocale(): SiteLocale {
  return useLocaleValue().locale;
}
