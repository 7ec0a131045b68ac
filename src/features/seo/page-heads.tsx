import type { YoastHead } from '@/lib/yoast-head';
import { articleHead, type ArticleFacts } from './article-head';
import { DocumentHead } from './document-head';
import { listHead, plainHead, type ListFacts } from './list-head';
import { useSiteContext } from './site-context';
import { withYoast } from './yoast';

/** The head of an article: Yoast SEO's fields when the site has them, derived from the post otherwise. */
export function ArticleHead({ article }: { article: ArticleFacts & { yoastHead: YoastHead | null } }) {
  const site = useSiteContext();
  if (!site) return null;
  return <DocumentHead head={withYoast(articleHead(article, site), article.yoastHead, site)} />;
}

/** The head of one page of a list; with no `basePath` (search results) it asks not to be indexed. */
export function ListHead(list: ListFacts) {
  const site = useSiteContext();
  if (!site) return null;
  return <DocumentHead head={listHead(list, site)} />;
}

/** The head of a view that has nothing to index: not found, an empty search. */
export function PlainHead({ title, description }: { title: string; description: string }) {
  const site = useSiteContext();
  if (!site) return null;
  return <DocumentHead head={plainHead(title, description, site)} />;
}
