import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'react-router-dom';
import { HeadlineText } from '@/components/headline-text';
import { QuietNotice } from '@/components/quiet-notice';
import { useMessages } from '@/lib/i18n/use-messages';
import { pageQueries, type SitePage } from '@/features/pages/api/site-pages';
import { ArticleBody } from '@/features/articles/components/article-body';
import { ArticleSkeleton } from '@/features/articles/components/article-skeleton';
import { PasswordGate } from '@/features/articles/components/password-gate';
import type { UnlockedArticle } from '@/features/articles/api/use-unlock-article';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { SitePageHead } from '@/features/seo/site-page-head';
import { NotFoundView } from './not-found';
import { ReadFailedView } from './read-failed';
import styles from './site-page.module.css';

/**
 * Any address no other view claims: a WordPress page when the site has one
 * there (its `link`), the not-found view otherwise.
 */
export function Component() {
  const { pathname } = useLocation();
  const page = useQuery(pageQueries.detail(pathname));
  const t = useMessages();

  if (page.isPending) return <ArticleSkeleton />;
  if (page.isError && page.data === undefined) {
    return <ReadFailedView title={t('sitePage.loadFailed')} read={page} />;
  }
  if (!page.data) return <NotFoundView />;
  return <SitePageView key={page.data.id} page={page.data} refreshFailed={page.isError} />;
}

/**
 * A page's template: its title and text, and comments only where the page takes them; no byline, date or share bar.
 * A password-protected page asks for its password as a post does, and shows its text and comments once given.
 */
function SitePageView({ page, refreshFailed }: { page: SitePage; refreshFailed: boolean }) {
  const t = useMessages();
  const [unlocked, setUnlocked] = useState<UnlockedArticle | null>(null);
  const locked = page.protected && !unlocked;
  return (
    <div className={styles.layout}>
      <SitePageHead title={page.title} description={page.excerpt} path={page.path} />
      <article className={styles.page} aria-labelledby="page-title">
        <h1 id="page-title" className={styles.title} dir="auto">
          <HeadlineText text={page.title} />
        </h1>
        {refreshFailed && <QuietNotice>{t('sitePage.refreshFailed')}</QuietNotice>}
        {locked ? <PasswordGate postId={page.id} kind="pages" onUnlock={setUnlocked} /> : <ArticleBody html={unlocked?.contentHtml ?? page.contentHtml} />}
      </article>
      {page.commentsOpen && !locked && <CommentsSection postId={page.id} postTitle={page.title} commentsOpen password={unlocked?.password} />}
    </div>
  );
}
