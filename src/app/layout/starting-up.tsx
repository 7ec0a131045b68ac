import styles from './starting-up.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

/** Shown for the moment the first view's code loads: the page's frame, so nothing jumps when it arrives. */
export function StartingUp() {
  const t = useMessages();
  return (
    <div className={styles.frame} role="status" aria-live="polite">
      <div className={styles.header} />
      <span className="visually-hidden">{t('status.loadingNews')}</span>
    </div>
  );
}
