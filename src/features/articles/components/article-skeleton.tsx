import { Skeleton } from '@/components/skeleton';
import { SlowNotice } from '@/components/slow-notice';
import imageStyles from './article-image.module.css';
import styles from './article-skeleton.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

/** The article page's shape while it loads. */
export function ArticleSkeleton() {
  const t = useMessages();
  return (
    <div className={styles.skeleton} role="status" aria-live="polite">
      <span className="visually-hidden">{t('status.loadingArticle')}</span>
      <SlowNotice />
      <Skeleton height="2.2em" width="90%" />
      <Skeleton height="2.2em" width="60%" />
      <Skeleton height="1em" width="40%" />
      <div className={imageStyles.frame}>
        <Skeleton fill />
      </div>
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} height="1.1em" width={index % 3 === 2 ? '70%' : '100%'} />
      ))}
    </div>
  );
}
