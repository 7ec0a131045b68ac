import { SlowNotice } from '@/components/slow-notice';
import type { Article } from '../api/posts';
import { ArticleCard } from './article-card';
import { ArticleCardSkeleton } from './article-card-skeleton';
import styles from './article-list.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

interface ArticleListProps {
  articles: Article[];
  /** Undefined while the counts load; a post missing from them, or null, goes without a count. */
  commentCounts?: Record<number, number | null>;
  /** Search terms to mark in each card. */
  highlight?: readonly string[];
  /** How many articles, from the first, are sticky posts shown first as featured. */
  featured?: number;
}

export function ArticleList({ articles, commentCounts, highlight, featured = 0 }: ArticleListProps) {
  // The first picture is the view's largest paint on a phone: it loads at once and first, even when the
  // cards before it (a featured post, say) have none. Lazy loading would wait for layout to find it.
  const firstPicture = articles.findIndex((article) => article.image);
  return (
    <ol className={styles.list}>
      {articles.map((article, index) => (
        <li key={article.id}>
          <ArticleCard
            article={article}
            commentCount={commentCounts === undefined ? undefined : (commentCounts[article.id] ?? null)}
            priority={index === firstPicture}
            highlight={highlight}
            featured={index < featured}
          />
        </li>
      ))}
    </ol>
  );
}

export function ArticleListSkeleton({ count = 4 }: { count?: number }) {
  const t = useMessages();
  return (
    <div className={styles.list} role="status" aria-live="polite">
      <span className="visually-hidden">{t('status.loadingArticles')}</span>
      <SlowNotice />
      {Array.from({ length: count }, (_, index) => (
        <ArticleCardSkeleton key={index} />
      ))}
    </div>
  );
}
