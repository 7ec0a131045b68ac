import { useEffect, useState } from 'react';
import styles from './slow-notice.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

/** How long a wait is ordinary; past it the reader is told the server is slow. */
export const slowAfterMs = 8_000;

/**
 * Says, while a view is still waiting, that the server is slow to answer, so a
 * skeleton never stands for long without a word. Rendered inside a loading
 * state: it counts from when that state appeared.
 */
export function SlowNotice() {
  const t = useMessages();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setSlow(true), slowAfterMs);
    return () => window.clearTimeout(timer);
  }, []);
  if (!slow) return null;
  return <p className={styles.notice}>{t('status.slow')}</p>;
}
