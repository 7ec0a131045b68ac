import type { FeaturedImage } from '../api/posts';
import styles from './article-image.module.css';

interface ArticleImageProps {
  image: FeaturedImage;
  /** The `sizes` attribute: how wide the slot is at each viewport. */
  sizes: string;
  /** Above the fold: load at once and first; otherwise lazily. */
  priority?: boolean;
  className?: string;
}

/** A WordPress image in a reserved 16:9 slot, picking the best of its generated sizes. */
export function ArticleImage({ image, sizes, priority = false, className }: ArticleImageProps) {
  const srcSet = image.sources.map((source) => `${source.url} ${source.width}w`).join(', ');
  const fallback = image.sources.find((source) => source.width >= 768) ?? image;
  return (
    <div className={[styles.frame, className].filter(Boolean).join(' ')}>
      <img
        className={styles.image}
        src={fallback.url}
        srcSet={srcSet || undefined}
        sizes={srcSet ? sizes : undefined}
        width={image.width || undefined}
        height={image.height || undefined}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
      />
    </div>
  );
}
