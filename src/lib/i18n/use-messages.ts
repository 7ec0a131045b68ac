import { use } from 'react';
import { formatDateTime, formatPostDate, zoneLabel } from '@/lib/dates';
import type english from './catalogs/en.json';
import { remembered } from './format-memo';
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
  const { i18n, locale, formats } = useLocaleValue();
  const rightToLeft = locale.dir === 'rtl';
  return (id, values) => {
    const given = values && rightToLeft ? isolated(values) : values;
    // A number means a plural or a formatted figure, and so Intl: asked once per message and values.
    if (!given || !Object.values(given).some((value) => typeof value === 'number')) return i18n._(id, given);
    return remembered(formats, `m ${id} ${JSON.stringify(given)}`, () => i18n._(id, given));
  };
}

/** A post's date as the list and the meta line print it (`Jul 5, 2023`), in the site's language. */
export function usePostDate(): (value: string) => string {
  const { locale, formats } = useLocaleValue();
  return (value) => remembered(formats, `d ${locale.tag} ${value}`, () => formatPostDate(value, locale.tag));
}

/** A comment's date and time on the site's clock, with the site's zone named when known (dates.ts). */
export function useDateTime(): (value: string, gmt: string, clock: Parameters<typeof zoneLabel>[0]) => string {
  const { locale, formats } = useLocaleValue();
  return (value, gmt, clock) =>
    remembered(formats, `t ${locale.tag} ${value} ${gmt} ${clock ? `${clock.timeZone} ${clock.gmtOffset}` : ''}`, () =>
      formatDateTime(value, zoneLabel(clock, gmt, locale.tag), locale.tag),
    );
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
