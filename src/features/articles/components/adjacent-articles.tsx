import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { TitleText } from '@/components/title-text';
import { postQueries, type Article } from '../api/posts';
import { useArticlePrefetch } from './use-article-prefetch';
import styles from './adjacent-articles.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

/** Links to the articles published just before and after this one. */
export function AdjacentArticles({ article }: { article: Article }) {
  const adjacent = useQuery(postQueries.adjacent(article.date));
  const prefetch = useArticlePrefetch();
  const t = useMessages();
  const { previous, next } = adjacent.data ?? { previous: null, next: null };
  if (!previous && !next) return null;
  return (
    <nav aria-label={t('adjacent.label')} className={styles.nav}>
      {previous && (
        <Link
          to={`/news/${previous.slug}`}
          className={styles.link}
          rel="prev"
          onMouseEnter={() => prefetch(previous.slug, previous)}
          onFocus={() => prefetch(previous.slug, previous)}
        >
          <span className={styles.label}>
            <span aria-hidden="true" className="directional">←</span> {t('adjacent.previous')}
          </span>{' '}
          <span className={styles.title} lang={previous.lang} dir="auto">
            <TitleText text={previous.title} runs={previous.titleRuns} />
          </span>
        </Link>
      )}
      {next && (
        <Link
          to={`/news/${next.slug}`}
          className={`${styles.link} ${styles.next}`}
          rel="next"
          onMouseEnter={() => prefetch(next.slug, next)}
          onFocus={() => prefetch(next.slug, next)}
        >
          <span className={styles.label}>
            {t('adjacent.next')} <span aria-hidden="true" className="directional">→</span>
          </span>{' '}
          <span className={styles.title} lang={next.lang} dir="auto">
            <TitleText text={next.title} runs={next.titleRuns} />
          </span>
        </Link>
      )}
    </nav>
  );
}
