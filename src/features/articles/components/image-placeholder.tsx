import styles from './article-image.module.css';

/**
 * Stands in for a missing featured image, in the same 16:9 slot, so a list
 * keeps its rhythm. Decorative: the title beside it says what the article is.
 */
export function ImagePlaceholder({ className }: { className?: string }) {
  return (
    <div className={[styles.frame, styles.placeholder, className].filter(Boolean).join(' ')} aria-hidden="true" data-image-placeholder>
      <svg viewBox="0 0 48 48" width="40" height="40" className={styles.placeholderMark}>
        <path d="M8 10h26v28H12a4 4 0 0 1-4-4V10zm26 8h6v16a4 4 0 0 1-4 4h-2V18z" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
        <path d="M13 16h16M13 22h16M13 28h10" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      </svg>
    </div>
  );
}
