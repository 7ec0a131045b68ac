import { useOnline } from '@/lib/connection';
import styles from './offline-notice.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * Says so while the browser is offline. The live region is always there, so
 * screen readers hear the change both ways.
 */
export function OfflineNotice() {
  const online = useOnline();
  const t = useMessages();
  return (
    <div role="status" className={styles.region}>
      {!online && (
        <p className={styles.notice}>
          <strong>{t('offline.lead')}</strong> {t('offline.body')}
        </p>
      )}
    </div>
  );
}
