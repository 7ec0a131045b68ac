import type { YoastHead } from '@/lib/yoast-head';
import { articleHead, partUrl, type ArticleFacts } from './article-head';
import { DocumentHead } from './document-head';
import { useSiteContext } from './site-context';
import { withYoast } from './yoast';

/**
 * The head of an article: Yoast SEO's fields when the site has them, derived from the post otherwise.
 * Part N of a post split with `<!--nextpage-->` is its own page, as WordPress's rel=canonical says
 * (`/slug/N/`, wp_get_canonical_url).
 */
export function ArticleHead({ article, part = 1 }: { article: ArticleFacts & { yoastHead: YoastHead | null }; part?: number }) {
  const site = useSiteContext();
  if (!site) return null;
  const head = withYoast(articleHead(article, site), article.yoastHead, site);
  return <DocumentHead head={part > 1 && head.canonical ? { ...head, canonical: partUrl(head.canonical, part) } : head} />;
}
