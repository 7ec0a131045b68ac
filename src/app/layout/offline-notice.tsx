import { useOnline } from '@/lib/connection';
import styles from './offline-notice.module.css';

/**
 * Says so while the browser is offline. The live region is always there, so
 * screen readers hear the change both ways.
 */
export function OfflineNotice() {
  const online = useOnline();
  return (
    <div role="status" className={styles.region}>
      {!online && (
        <p className={styles.notice}>
          <strong>You are offline.</strong> What is already on screen stays readable; new pages open again when the connection is back.
        </p>
      )}
    </div>
  );
}
