import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { formatPostDate, isoDate } from '@/lib/dates';
import { postQueries, type Article } from '../api/posts';
import { ArticleImage } from './article-image';
import { useArticlePrefetch } from './use-article-prefetch';
import styles from './related-articles.module.css';

/** Up to three other articles of the same category. */
export function RelatedArticles({ article }: { article: Article }) {
  const related = useQuery({ ...postQueries.related(article), enabled: article.categories.length > 0 });
  const prefetch = useArticlePrefetch();
  if (!related.data?.length) return null;
  const category = article.categories[0];
  return (
    <section aria-labelledby="related-heading" className={styles.related}>
      <h2 id="related-heading" className={styles.heading}>
        More from {category?.name ?? 'this category'}
      </h2>
      <ul className={styles.list}>
        {related.data.map((item) => (
          <li key={item.id} className={styles.item}>
            {item.image && <ArticleImage image={item.image} sizes="(min-width: 48rem) 14rem, 100vw" />}
            <Link
              to={`/news/${item.slug}`}
              className={styles.link}
              onMouseEnter={() => prefetch(item.slug, item)}
              onFocus={() => prefetch(item.slug, item)}
            >
              {item.title}
            </Link>
            <time dateTime={isoDate(item.date)} className={styles.date}>
              {formatPostDate(item.date)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
