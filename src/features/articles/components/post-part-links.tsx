import { Link } from 'react-router-dom';
import { useMessages } from '@/lib/i18n/use-messages';
import styles from './post-part-links.module.css';

/** "Pages: 1 2 3" under a post split with `<!--nextpage-->`, as WordPress themes show it; the part on screen is not a link. */
export function PostPartLinks({ slug, count, current }: { slug: string; count: number; current: number }) {
  const t = useMessages();
  if (count < 2) return null;
  const href = (part: number) => (part === 1 ? `/news/${slug}` : `/news/${slug}/${part}`);
  return (
    <nav className={styles.parts} aria-label={t('article.partsNavigation')}>
      <span aria-hidden="true">{t('article.parts')}</span>
      <ul>
        {Array.from({ length: count }, (_, index) => index + 1).map((part) => (
          <li key={part}>
            {part === current ? (
              <span aria-current="page" className={styles.current}>
                {part}
              </span>
            ) : (
              <Link to={href(part)} className={styles.link}>
                {part}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
