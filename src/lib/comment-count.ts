import type { Translate } from './i18n/use-messages';

/** `0 comments`, `1 comment`, `12 comments`, as the reference page's meta line says it; in the site's language. */
export function commentCountLabel(count: number, t: Translate): string {
  return t('comments.count', { count });
}
