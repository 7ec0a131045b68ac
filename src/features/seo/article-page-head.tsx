import type { YoastHead } from '@/lib/yoast-head';
import { articleHead, type ArticleFacts } from './article-head';
import { DocumentHead } from './document-head';
import { useSiteContext } from './site-context';
import { withYoast } from './yoast';

/** The head of an article: Yoast SEO's fields when the site has them, derived from the post otherwise. */
export function ArticleHead({ article }: { article: ArticleFacts & { yoastHead: YoastHead | null } }) {
  const site = useSiteContext();
  if (!site) return null;
  return <DocumentHead head={withYoast(articleHead(article, site), article.yoastHead, site)} />;
}
