import { Link } from 'react-router-dom';
import styles from './pagination.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

interface PaginationProps {
  page: number;
  /** 0 when unknown (the site's pagination headers were stripped): then Newer and Older links. */
  totalPages: number;
  /** Whether a page after this one exists; what the links go by when totalPages is unknown. */
  hasMore?: boolean;
  /** The link of a page number, keeping the rest of the view's URL. */
  hrefFor: (page: number) => string;
  label?: string;
}

/** Page numbers around the current one, with the first and last always shown. */
export function pageWindow(page: number, totalPages: number): (number | 'gap')[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= totalPages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const result: (number | 'gap')[] = [];
  for (const n of sorted) {
    const previous = result[result.length - 1];
    if (typeof previous === 'number' && n - previous === 2) result.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) result.push('gap');
    result.push(n);
  }
  return result;
}

export function Pagination({ page, totalPages, hasMore = false, hrefFor, label }: PaginationProps) {
  const t = useMessages();
  label ??= t('pagination.label');
  if (totalPages === 0 && (page > 1 || hasMore)) return <NewerOlder page={page} hasMore={hasMore} hrefFor={hrefFor} label={label} />;
  if (totalPages <= 1) return null;
  return (
    <nav aria-label={label} className={styles.pagination}>
      <ul className={styles.list}>
        {page > 1 && (
          <li className={styles.stepItem}>
            <Link className={styles.step} to={hrefFor(page - 1)} rel="prev" aria-label={t('pagination.previousPage')}>
              <span aria-hidden="true" className="directional">←</span> {t('pagination.previous')}
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                className={styles.number}
                to={hrefFor(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: item })}
              >
                {t('number', { value: item })}
              </Link>
            </li>
          ),
        )}
        {page < totalPages && (
          <li className={styles.stepItem}>
            <Link className={styles.step} to={hrefFor(page + 1)} rel="next" aria-label={t('pagination.nextPage')}>
              {t('pagination.next')} <span aria-hidden="true" className="directional">→</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}

/** Without a page count: a step to newer articles and, when this page was full, to older ones. */
function NewerOlder({ page, hasMore, hrefFor, label }: Required<Pick<PaginationProps, 'page' | 'hasMore' | 'hrefFor' | 'label'>>) {
  const t = useMessages();
  return (
    <nav aria-label={label} className={styles.pagination}>
      <ul className={styles.list}>
        {page > 1 && (
          <li>
            <Link className={styles.step} to={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true" className="directional">←</span> {t('pagination.newer')}
            </Link>
          </li>
        )}
        {hasMore && (
          <li>
            <Link className={styles.step} to={hrefFor(page + 1)} rel="next">
              {t('pagination.older')} <span aria-hidden="true" className="directional">→</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
