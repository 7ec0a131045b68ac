import type { ReactNode } from 'react';
import styles from './quiet-notice.module.css';

/**
 * A line beside content that is still shown but could not be brought up to
 * date: the content stays, and this says why it may be older than it could be.
 */
export function QuietNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className={styles.notice}>
      {children}
    </p>
  );
}
