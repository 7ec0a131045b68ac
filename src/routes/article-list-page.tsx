import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@/components/button';
import { Pagination } from '@/components/pagination';
import { QuietNotice } from '@/components/quiet-notice';
import { StatusMessage } from '@/components/status-message';
import { describeError } from '@/lib/api-error';
import { postQueries, type ArticleListFilter } from '@/features/articles/api/posts';
import { ArticleList, ArticleListSkeleton } from '@/features/articles/components/article-list';
import { commentQueries } from '@/features/comments/api/comments';
import { countablePostIds } from './loaders';
import { ListHead } from '@/features/seo/page-heads';
import styles from './article-list-page.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

interface ArticleListPageProps {
  filter: ArticleListFilter;
  heading: ReactNode;
  /** Plain text for the tab title and meta description. */
  title: string;
  description: string;
  hrefFor: (page: number) => string;
  /** The list's address on page 1, for its canonical and prev/next links; none for search results, which are not indexed. */
  basePath?: string;
  /** Said when the view has no articles at all. */
  emptyMessage: ReactNode;
  emptyTitle?: string;
  /** Shown above the list, such as the search form. */
  intro?: ReactNode;
  /** Search terms to mark in the results. */
  highlight?: readonly string[];
}

/** One page of a list view: latest, a category, a tag or a search. */
export function ArticleListPage({ filter, heading, title, description, hrefFor, basePath, emptyMessage, emptyTitle, intro, highlight }: ArticleListPageProps) {
  const t = useMessages();
  const posts = useQuery(postQueries.list(filter));
  const ids = posts.data ? countablePostIds(posts.data.items) : [];
  const counts = useQuery({ ...commentQueries.counts(ids), enabled: ids.length > 0 });
  const shownCounts = ids.length === 0 || counts.isError ? {} : counts.data;

  let content: ReactNode;
  if (posts.isPending) {
    content = <ArticleListSkeleton />;
  } else if (posts.isError && posts.data === undefined) {
    const pastEnd = posts.error.code === 'rest_post_invalid_page_number';
    content = pastEnd ? (
      <StatusMessage
        tone="empty"
        title={t('list.noPage', { page: filter.page })}
        actions={
          <Link to={hrefFor(1)} className={styles.actionLink}>
            {t('list.firstPage')}
          </Link>
        }
      >
        <p>{t('list.fewerPages')}</p>
      </StatusMessage>
    ) : (
      <StatusMessage
        tone="error"
        title={t('list.loadFailed')}
        actions={
          <Button onClick={() => void posts.refetch()} busy={posts.isFetching} disabled={posts.isFetching}>
            {posts.isFetching ? t('action.tryingAgain') : t('action.tryAgain')}
          </Button>
        }
      >
        <p>{describeError(posts.error, t)}</p>
      </StatusMessage>
    );
  } else if (posts.data.items.length === 0) {
    content = (
      <StatusMessage tone="empty" title={emptyTitle ?? t('list.emptyTitle')}>
        {emptyMessage}
      </StatusMessage>
    );
  } else {
    content = (
      <>
        {posts.isError && <QuietNotice>{t('list.refreshFailed')}</QuietNotice>}
        <ArticleList articles={posts.data.items} commentCounts={shownCounts} highlight={highlight} featured={posts.data.featured} />
        <Pagination page={filter.page} totalPages={posts.data.totalPages} hasMore={posts.data.hasMore} hrefFor={hrefFor} label={t('list.pagination')} />
      </>
    );
  }

  return (
    <div className={styles.page}>
      <ListHead title={title} description={description} basePath={basePath ?? null} page={filter.page} totalPages={posts.data?.totalPages} />
      <header className={styles.header}>
        <h1 className={styles.heading}>{heading}</h1>
        {posts.data && posts.data.total > 0 && (
          <p className={styles.summary}>
            {posts.data.totalPages > 1
              ? t('list.summaryPaged', { total: posts.data.total, page: filter.page, pages: posts.data.totalPages })
              : t('list.summary', { total: posts.data.total })}
          </p>
        )}
        {intro}
      </header>
      {content}
    </div>
  );
}
