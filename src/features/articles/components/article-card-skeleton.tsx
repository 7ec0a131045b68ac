import { Skeleton } from '@/components/skeleton';
import cardStyles from './article-card.module.css';
import imageStyles from './article-image.module.css';

/** The card's shape while the list loads, so nothing moves when it arrives. */
export function ArticleCardSkeleton() {
  return (
    <div className={cardStyles.card}>
      <div className={imageStyles.frame}>
        <Skeleton fill />
      </div>
      <div className={cardStyles.body}>
        <Skeleton height="1.6em" width="85%" />
        <Skeleton height="1em" width="45%" />
        <Skeleton height="1em" />
        <Skeleton height="1em" width="92%" />
        <Skeleton height="1em" width="60%" />
      </div>
    </div>
  );
}
