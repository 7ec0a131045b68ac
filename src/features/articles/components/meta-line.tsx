import { Link } from 'react-router-dom';
import { isoDate } from '@/lib/dates';
import type { Term } from '../api/posts';
import styles from './meta-line.module.css';
import { commentCountLabel } from '@/lib/comment-count';
import { useMessages, usePostDate } from '@/lib/i18n/use-messages';

interface MetaLineProps {
  date: string;
  categories: Term[];
  /** Undefined while the count loads (the slot keeps its place); null when it cannot be known, and then left out. */
  commentCount?: number | null;
  /** Where the count links to, such as `#comments` on the article page. */
  commentsHref?: string;
}

/** Leads every part but the first, and goes with it to a new line, where the line's clip hides it (the CSS says how). */
const separator = (
  <span className={styles.separator} aria-hidden="true">
    {'| '}
  </span>
);

/**
 * `Jul 5, 2023 | Global Onsite Activity | 0 comments`, as the reference page prints it.
 * On a narrow screen each part stays whole and takes its separator with it to the next line,
 * where the separator is out of sight: no line begins or ends with "|". CSS alone does it, so a
 * prerendered line is right before (and without) the app.
 */
export function MetaLine({ date, categories, commentCount, commentsHref }: MetaLineProps) {
  const t = useMessages();
  const postDate = usePostDate();
  // null: WordPress will not say (a password-protected post), so the line has no count.
  const hasCount = commentCount !== null;
  const countText = commentCount === undefined || commentCount === null ? null : commentCountLabel(commentCount, t);
  return (
    <p className={styles.meta}>
      <span className={styles.part}>
        <time dateTime={isoDate(date)}>{postDate(date)}</time>
      </span>{' '}
      {categories.map((category, index) => (
        <span key={category.id}>
          <span className={styles.part}>
            {index === 0 && separator}
            <Link to={`/category/${category.slug}`}>
              <bdi>{category.name}</bdi>
            </Link>
            {index < categories.length - 1 && t('meta.comma')}
          </span>{' '}
        </span>
      ))}
      {!hasCount ? null : countText === null ? (
        <span className={`${styles.part} ${styles.pending}`}>
          {separator}
          <span className="visually-hidden">{t('meta.loadingCount')}</span>
          <span aria-hidden="true">{t('meta.pendingCount')}</span>
        </span>
      ) : commentsHref ? (
        <span className={styles.part}>
          {separator}
          <a href={commentsHref}>{countText}</a>
        </span>
      ) : (
        <span className={styles.part}>
          {separator}
          {countText}
        </span>
      )}
    </p>
  );
}
