import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { TitleText } from '@/components/title-text';
import { QuietNotice } from '@/components/quiet-notice';
import { siteUrl } from '@/lib/config';
import { useFragmentOnLoad } from '@/lib/use-fragment-on-load';
import { postQueries, type Article } from '@/features/articles/api/posts';
import { ArticleBody } from '@/features/articles/components/article-body';
import { ArticleImage } from '@/features/articles/components/article-image';
import { ArticleSkeleton } from '@/features/articles/components/article-skeleton';
import type { UnlockedArticle } from '@/features/articles/api/use-unlock-article';
import { PasswordGate } from '@/features/articles/components/password-gate';
import { AdjacentArticles } from '@/features/articles/components/adjacent-articles';
import { MetaLine } from '@/features/articles/components/meta-line';
import { RelatedArticles } from '@/features/articles/components/related-articles';
import { PostPartLinks } from '@/features/articles/components/post-part-links';
import { partNumber, postParts } from '@/lib/post-parts';
import { commentQueries } from '@/features/comments/api/comments';
import { CommentsSection } from '@/features/comments/components/comments-section';
import { PingList } from '@/features/comments/components/ping-list';
import { ArticleHead } from '@/features/seo/article-page-head';
import { ShareBar } from '@/features/share/components/share-bar';
import { NotFoundView } from './not-found';
import { ReadFailedView } from './read-failed';
import styles from './article.module.css';
import { useMessages } from '@/lib/i18n/use-messages';
import { contentLanguage } from '@/lib/i18n/locales';

/** The body already shows this picture (as on the reference page): no second copy on top. */
function bodyShowsImage(article: Article): boolean {
  if (!article.image) return false;
  const stem = article.image.url.split('/').pop()?.replace(/(-\d+x\d+|-\d+)?\.\w+$/, '');
  return Boolean(stem && article.contentHtml.includes(stem));
}

export function Component() {
  const { slug = '', part } = useParams();
  const article = useQuery(postQueries.detail(slug));
  const t = useMessages();

  if (article.isPending) return <ArticleSkeleton />;
  // A failed refresh of an article on screen keeps it (ArticleView says so quietly); only a first read that failed is an error.
  if (article.isError && article.data === undefined) {
    return <ReadFailedView title={t('article.loadFailed')} read={article} />;
  }
  if (!article.data) return <NotFoundView what="article" />;
  // A part number the post does not have (`/news/<slug>/9`) is no page of it. A locked post shows its gate on any part.
  const current = article.data.protected && !article.data.contentHtml ? 1 : partNumber(part, postParts(article.data.contentHtml).length);
  if (current === null) return <NotFoundView />;
  return <ArticleView key={article.data.id} article={article.data} refreshFailed={article.isError} part={current} />;
}

function ArticleView({ article, refreshFailed, part }: { article: Article; refreshFailed: boolean; part: number }) {
  // A password-protected post shows its text and comments once the reader gives the password.
  const [unlocked, setUnlocked] = useState<UnlockedArticle | null>(null);
  const locked = article.protected && !unlocked;
  const comments = useQuery({ ...commentQueries.list(article.id, unlocked?.password), enabled: !locked });
  // Read by the build with its credentials (a protected post's never): null where not known.
  const pings = useQuery({ ...commentQueries.pings(article.id), enabled: !article.protected });
  const pingCount = pings.data?.length ?? 0;
  useFragmentOnLoad(locked || !comments.isPending);
  const showHero = article.image && !bodyShowsImage(article);
  const minutes = unlocked?.readingMinutes ?? article.readingMinutes;
  const t = useMessages();
  const language = contentLanguage(article.lang);
  // A post split with <!--nextpage-->: this address shows one part, with links to the others.
  const parts = postParts(unlocked?.contentHtml ?? article.contentHtml);
  const shown = Math.min(part, parts.length);

  return (
    <div className={styles.layout}>
      <ArticleHead article={article} part={shown} />
      <article className={styles.article} aria-labelledby="article-title">
        <header className={styles.header}>
          <h1 id="article-title" className={styles.title} dir="auto" {...language}>
            <TitleText text={article.title} runs={article.titleRuns} />
          </h1>
          {refreshFailed && <QuietNotice>{t('article.refreshFailed')}</QuietNotice>}
          <MetaLine date={article.date} categories={article.categories} commentCount={locked || (comments.isError && comments.data === undefined) ? null : comments.data && comments.data.length + pingCount} commentsHref="#comments" />
          {(article.author || minutes !== null) && (
            <p className={styles.byline}>
              {article.author && minutes !== null
                ? t('article.byAndReadingTime', { author: article.author, minutes })
                : article.author
                  ? t('article.by', { author: article.author })
                  : t('article.readingTime', { minutes: minutes ?? 0 })}
            </p>
          )}
        </header>
        {showHero && article.image && (
          <figure className={styles.hero}>
            <ArticleImage image={article.image} priority sizes="(min-width: 48rem) 42rem, 100vw" />
            {article.image.caption && <figcaption {...language}>{article.image.caption}</figcaption>}
          </figure>
        )}
        {locked ? <PasswordGate postId={article.id} onUnlock={setUnlocked} /> : <div {...language}><ArticleBody html={parts[shown - 1] ?? ''} /></div>}
        {!locked && <PostPartLinks slug={article.slug} count={parts.length} current={shown} />}
        {article.tags.length > 0 && (
          <div className={styles.tags}>
            <h2 className="visually-hidden">{t('article.tags')}</h2>
            <ul>
              {article.tags.map((tag) => (
                <li key={tag.id}>
                  <Link to={`/tag/${tag.slug}`}>#{tag.name}</Link>
                </li>
              ))}
            </ul>
          </div>
        )}
        <ShareBar url={`${siteUrl}/news/${article.slug}`} title={article.title} imageUrl={article.image?.url} />
      </article>
      {!locked && <CommentsSection postId={article.id} postTitle={article.title} commentsOpen={article.commentsOpen} password={unlocked?.password} />}
      {pings.data && <PingList pings={pings.data} />}
      <AdjacentArticles article={article} />
      <RelatedArticles article={article} />
    </div>
  );
}
