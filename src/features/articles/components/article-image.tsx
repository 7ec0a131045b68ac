import { preload } from 'react-dom';
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

/**
 * A WordPress image in a reserved 16:9 slot, picking the best of its generated sizes, as WebP where
 * every size has one (the build makes them for the pictures it copies; WordPress's Modern Image
 * Formats plugin lists its own the same way), the JPEG or PNG otherwise.
 */
export function ArticleImage({ image, sizes, priority = false, className }: ArticleImageProps) {
  const srcSet = image.sources.map((source) => `${source.url} ${source.width}w`).join(', ');
  const webpSet = image.sources.length && image.sources.every((source) => source.webp) ? image.sources.map((source) => `${source.webp} ${source.width}w`).join(', ') : '';
  const fallback = image.sources.find((source) => source.width >= 768) ?? image;
  // React preloads an eager picture with a high priority itself, but not one inside <picture>: this is that preload, for the WebP.
  if (priority && webpSet) preload(fallback.webp ?? fallback.url, { as: 'image', type: 'image/webp', imageSrcSet: webpSet, imageSizes: sizes, fetchPriority: 'high' });
  const img = (
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
  );
  return (
    <div className={[styles.frame, className].filter(Boolean).join(' ')}>
      {webpSet ? (
        <picture className={styles.picture}>
          <source type="image/webp" srcSet={webpSet} sizes={sizes} />
          {img}
        </picture>
      ) : (
        img
      )}
    </div>
  );
}
