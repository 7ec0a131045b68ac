import { pageWindow } from '@/components/pagination';
import { useMessages } from '@/lib/i18n/use-messages';
import styles from '@/components/pagination.module.css';
import threadStyles from './comments.module.css';

interface CommentPagesNavProps {
  page: number;
  pages: number;
  onChange: (page: number) => void;
}

/** The thread's pages, numbered from the oldest comments, as WordPress numbers them; buttons, since they change the thread in place. */
export function CommentPagesNav({ page, pages, onChange }: CommentPagesNavProps) {
  const t = useMessages();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('comments.pages')} className={styles.pagination}>
      <ul className={styles.list}>
        {page > 1 && (
          <li className={styles.stepItem}>
            <button type="button" className={`${styles.step} ${threadStyles.pageButton}`} onClick={() => onChange(page - 1)}>
              <span aria-hidden="true" className="directional">←</span> {t('comments.older')}
            </button>
          </li>
        )}
        {pageWindow(page, pages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} className={styles.gap} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <button
                type="button"
                className={`${styles.number} ${threadStyles.pageButton}`}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: item })}
                onClick={() => onChange(item)}
              >
                {t('number', { value: item })}
              </button>
            </li>
          ),
        )}
        {page < pages && (
          <li className={styles.stepItem}>
            <button type="button" className={`${styles.step} ${threadStyles.pageButton}`} onClick={() => onChange(page + 1)}>
              {t('comments.newer')} <span aria-hidden="true" className="directional">→</span>
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
