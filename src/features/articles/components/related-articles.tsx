import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { TitleText } from '@/components/title-text';
import { isoDate } from '@/lib/dates';
import { useMessages, usePostDate } from '@/lib/i18n/use-messages';
import { postQueries, type Article } from '../api/posts';
import { ArticleImage } from './article-image';
import { ImagePlaceholder } from './image-placeholder';
import { useArticlePrefetch } from './use-article-prefetch';
import styles from './related-articles.module.css';

/** Up to three other articles of the same category, not those already offered as previous and next. */
export function RelatedArticles({ article }: { article: Article }) {
  const related = useQuery({ ...postQueries.related(article), enabled: article.categories.length > 0 });
  const adjacent = useQuery(postQueries.adjacent(article.date));
  const prefetch = useArticlePrefetch();
  const t = useMessages();
  const postDate = usePostDate();
  const offered = new Set([adjacent.data?.previous?.id, adjacent.data?.next?.id]);
  const items = related.data?.filter((item) => !offered.has(item.id)).slice(0, 3) ?? [];
  if (items.length === 0) return null;
  const category = article.categories[0];
  return (
    <section aria-labelledby="related-heading" className={styles.related}>
      <h2 id="related-heading" className={styles.heading}>
        {category ? t('related.headingNamed', { category: category.name }) : t('related.heading')}
      </h2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id} className={styles.item}>
            {/* Without a picture, the placeholder keeps the titles of a row level. */}
            {item.image ? (
              <ArticleImage image={item.image} sizes="(min-width: 40rem) 14rem, 7rem" className={styles.picture} />
            ) : (
              <ImagePlaceholder className={styles.picture} />
            )}
            <Link
              lang={item.lang}
              dir="auto"
              to={`/news/${item.slug}`}
              className={styles.link}
              onMouseEnter={() => prefetch(item.slug, item)}
              onFocus={() => prefetch(item.slug, item)}
            >
              <TitleText text={item.title} runs={item.titleRuns} />
            </Link>
            <time dateTime={isoDate(item.date)} className={styles.date}>
              {postDate(item.date)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
