import { Link } from 'react-router-dom';
import { formatPostDate, isoDate } from '@/lib/dates';
import type { Term } from '../api/posts';
import styles from './meta-line.module.css';

interface MetaLineProps {
  date: string;
  categories: Term[];
  /** Unknown while the count loads; the slot keeps its place. */
  commentCount?: number;
  /** Where the count links to, such as `#comments` on the article page. */
  commentsHref?: string;
}

export function commentCountLabel(count: number): string {
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}

/** `Jul 5, 2023 | Global Onsite Activity | 0 comments`, as the reference page prints it. */
export function MetaLine({ date, categories, commentCount, commentsHref }: MetaLineProps) {
  const countText = commentCount === undefined ? null : commentCountLabel(commentCount);
  return (
    <p className={styles.meta}>
      <time dateTime={isoDate(date)}>{formatPostDate(date)}</time>
      {categories.length > 0 && (
        <>
          <span className={styles.separator} aria-hidden="true">
            {' | '}
          </span>
          <span className={styles.categories}>
            {categories.map((category, index) => (
              <span key={category.id}>
                {index > 0 && ', '}
                <Link to={`/category/${category.slug}`}>{category.name}</Link>
              </span>
            ))}
          </span>
        </>
      )}
      <span className={styles.separator} aria-hidden="true">
        {' | '}
      </span>
      {countText === null ? (
        <span className={styles.pending}>
          <span className="visually-hidden">Loading comment count</span>
          <span aria-hidden="true">– comments</span>
        </span>
      ) : commentsHref ? (
        <a href={commentsHref}>{countText}</a>
      ) : (
        <span>{countText}</span>
      )}
    </p>
  );
}
