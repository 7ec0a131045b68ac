import { Link } from 'react-router-dom';
import { formatPostDate, isoDate } from '@/lib/dates';
import type { Term } from '../api/posts';
import styles from './meta-line.module.css';
import { commentCountLabel } from '@/lib/people-and-counts';

interface MetaLineProps {
  date: string;
  categories: Term[];
  /** Unknown while the count loads; the slot keeps its place. */
  commentCount?: number;
  /** Where the count links to, such as `#comments` on the article page. */
  commentsHref?: string;
}

const separator = (
  <span className={styles.separator} aria-hidden="true">
    {' |'}
  </span>
);

/**
 * `Jul 5, 2023 | Global Onsite Activity | 0 comments`, as the reference page prints it.
 * Each part stays whole on a narrow screen, with its separator at the end of the line
 * rather than at the start of the next.
 */
export function MetaLine({ date, categories, commentCount, commentsHref }: MetaLineProps) {
  const countText = commentCount === undefined ? null : commentCountLabel(commentCount);
  return (
    <p className={styles.meta}>
      <span className={styles.part}>
        <time dateTime={isoDate(date)}>{formatPostDate(date)}</time>
        {separator}
      </span>{' '}
      {categories.map((category, index) => (
        <span key={category.id}>
          <span className={styles.part}>
            <Link to={`/category/${category.slug}`}>{category.name}</Link>
            {index < categories.length - 1 ? ',' : separator}
          </span>{' '}
        </span>
      ))}
      {countText === null ? (
        <span className={`${styles.part} ${styles.pending}`}>
          <span className="visually-hidden">Loading comment count</span>
          <span aria-hidden="true">– comments</span>
        </span>
      ) : commentsHref ? (
        <a className={styles.part} href={commentsHref}>
          {countText}
        </a>
      ) : (
        <span className={styles.part}>{countText}</span>
      )}
    </p>
  );
}
