import styles from './starting-up.module.css';

/** Shown for the moment the first view's code loads: the page's frame, so nothing jumps when it arrives. */
export function StartingUp() {
  return (
    <div className={styles.frame} role="status" aria-live="polite">
      <div className={styles.header} />
      <span className="visually-hidden">Loading the news…</span>
    </div>
  );
}
