import { setupI18n, type I18n } from '@lingui/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { FormatMemo } from './format-memo';
import { messagesQuery, siteLocaleQuery } from './locale-queries';
import type { SiteLocale } from './locales';

export interface LocaleValue {
  locale: SiteLocale;
  i18n: I18n;
  /** Dates and counted messages already formatted (format-memo.ts). */
  formats: FormatMemo;
}

/**
 * Lingui's core does the formatting; its React package is left out: the
 * language never changes while a page is open, so there is nothing to
 * subscribe to, and its bytes are better spent elsewhere on the first view.
 */
export const LocaleContext = createContext<LocaleValue | null>(null);

/** `<html lang dir>` follow the site's language after hydration too, for pages the build did not write. */
function useDocumentLanguage({ tag, dir }: SiteLocale) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = tag;
    root.dir = dir;
  }, [tag, dir]);
}

/**
 * The interface in the site's language. Both the language and its messages are
 * in the cache before the reader first renders (prepareLocale), so this never
 * suspends there; a story or test without them waits for them.
 */
export function LocaleProvider({ children, formats: given }: { children: ReactNode; formats?: FormatMemo }) {
  const { data: locale } = useSuspenseQuery(siteLocaleQuery);
  const { data: messages } = useSuspenseQuery(messagesQuery(locale.catalog));
  const [formats] = useState(() => given ?? new Map<string, string>());
  const value = useMemo(
    () => ({ locale, i18n: setupI18n({ locale: locale.tag, messages: { [locale.tag]: messages } }), formats }),
    [locale, messages, formats],
  );
  useDocumentLanguage(locale);
  return <LocaleContext value={value}>{children}</LocaleContext>;
}

