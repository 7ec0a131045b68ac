import styles from './skeleton.module.css';

interface SkeletonProps {
  width?: string;
  height?: string;
  /** Fills its parent, for image slots whose size is reserved by the parent. */
  fill?: boolean;
  className?: string;
}

/** A grey placeholder shaped like the content it stands for; hidden from screen readers. */
export function Skeleton({ width = '100%', height = '1em', fill = false, className }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      className={[styles.skeleton, fill ? styles.fill : '', className].filter(Boolean).join(' ')}
      style={fill ? undefined : { width, height }}
    />
  );
}
