import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { whenNearViewport } from '@/lib/near-viewport';
import { TitleText } from '@/components/title-text';
import { Highlight } from '@/components/highlight';
import type { Article } from '../api/posts';
import { ArticleImage } from './article-image';
import { ImagePlaceholder } from './image-placeholder';
import { MetaLine } from './meta-line';
import { useArticlePrefetch } from './use-article-prefetch';
import styles from './article-card.module.css';
import { useLocale, useMessages } from '@/lib/i18n/use-messages';

interface ArticleCardProps {
  article: Article;
  /** Undefined while it loads, null when the site does not tell. */
  commentCount?: number | null;
  /** The first cards are above the fold: their images load first. */
  priority?: boolean;
  headingLevel?: 2 | 3;
  /** Search terms to mark in the title and excerpt. */
  highlight?: readonly string[];
  /** A sticky post the home list shows first: labelled, in its heading, for eyes and screen readers alike. */
  featured?: boolean;
}

export function ArticleCard({ article, commentCount, priority = false, headingLevel = 2, highlight, featured = false }: ArticleCardProps) {
  const prefetch = useArticlePrefetch();
  const t = useMessages();
  const { tag } = useLocale();
  const Heading = `h${headingLevel}` as const;
  const href = `/news/${article.slug}`;
  const warm = () => prefetch(article.slug, article);
  const card = useRef<HTMLElement>(null);
  // A card about to be seen may be opened: its article's data is fetched before the tap (the code on intent).
  useEffect(() => {
    const element = card.current;
    if (!element) return;
    return whenNearViewport(element, () => prefetch(article.slug, article, 'data'));
  }, [prefetch, article]);
  return (
    <article ref={card} className={featured ? `${styles.card} ${styles.featuredCard}` : styles.card}>
      {/* The title link is the one the keyboard reaches; the picture is a second way in for the pointer.
          Without a picture, a placeholder of the same size keeps the list's rhythm. */}
      <Link to={href} className={styles.imageLink} tabIndex={-1} aria-hidden="true" onMouseEnter={warm}>
        {article.image ? (
          <ArticleImage image={article.image} priority={priority} sizes="(min-width: 60rem) 18rem, (min-width: 40rem) 40vw, 100vw" />
        ) : (
          <ImagePlaceholder />
        )}
      </Link>
      {/* data-keep-clear: the contact greeting does not cover it (use-keep-clear.ts). */}
      <div className={styles.body} data-keep-clear>
        {/* The post's own language (a multilingual plugin's) on its words only: the date and count are the site's. */}
        <Heading className={styles.title} dir="auto" lang={article.lang}>
          {featured && (
            // The site's word, inside a heading that may carry the post's own language; heard as "Featured: <title>".
            <>
              <span className={styles.featured} lang={article.lang ? tag : undefined}>
                {t('article.featured')}
                <span className="visually-hidden">:</span>
              </span>{' '}
            </>
          )}
          <Link to={href} onMouseEnter={warm} onFocus={warm}>
            {highlight?.length ? <Highlight text={article.title} terms={highlight} /> : <TitleText text={article.title} runs={article.titleRuns} />}
          </Link>
        </Heading>
        <MetaLine date={article.date} categories={article.categories} commentCount={commentCount} />
        {article.protected && !article.excerpt && <p className={styles.excerpt}>{t('article.protectedExcerpt')}</p>}
        {article.excerpt && (
          <p className={styles.excerpt} dir="auto" lang={article.lang}>
            <Highlight text={article.excerpt} terms={highlight} />
          </p>
        )}
      </div>
    </article>
  );
}
