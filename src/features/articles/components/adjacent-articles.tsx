import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { HeadlineText } from '@/components/headline-text';
import { postQueries, type Article } from '../api/posts';
import { useArticlePrefetch } from './use-article-prefetch';
import styles from './adjacent-articles.module.css';

/** Links to the articles published just before and after this one. */
export function AdjacentArticles({ article }: { article: Article }) {
  const adjacent = useQuery(postQueries.adjacent(article.date));
  const prefetch = useArticlePrefetch();
  const { previous, next } = adjacent.data ?? { previous: null, next: null };
  if (!previous && !next) return null;
  return (
    <nav aria-label="More articles" className={styles.nav}>
      {previous && (
        <Link
          to={`/news/${previous.slug}`}
          className={styles.link}
          rel="prev"
          onMouseEnter={() => prefetch(previous.slug, previous)}
          onFocus={() => prefetch(previous.slug, previous)}
        >
          <span className={styles.label}>← Previous article</span>{' '}
          <span className={styles.title}>
            <HeadlineText text={previous.title} />
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
          <span className={styles.label}>Next article →</span>{' '}
          <span className={styles.title}>
            <HeadlineText text={next.title} />
          </span>
        </Link>
      )}
    </nav>
  );
}
