import { DocumentHead } from './document-head';
import { listHead, plainHead, type ListFacts } from './list-head';
import { useMessages } from '@/lib/i18n/use-messages';
import { useSiteContext } from './site-context';

// The article's head lives in its own module (article-page-head.tsx), so list pages do not load it.

/** The head of one page of a list; with no `basePath` (search results) it asks not to be indexed. */
export function ListHead(list: ListFacts) {
  const site = useSiteContext();
  const t = useMessages();
  if (!site) return null;
  return <DocumentHead head={listHead({ ...list, pagedTitle: t('head.pagedTitle', { title: list.title, page: list.page }) }, site)} />;
}

/** The head of a view that has nothing to index: not found, an empty search. */
export function PlainHead({ title, description }: { title: string; description: string }) {
  const site = useSiteContext();
  if (!site) return null;
  return <DocumentHead head={plainHead(title, description, site)} />;
}
