import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { siteConfigQuery, useSiteName } from '@/lib/site-config';
import styles from './site-footer.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

export function SiteFooter({ children }: { children?: ReactNode }) {
  const site = useQuery(siteConfigQuery);
  const name = useSiteName();
  const t = useMessages();
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        {children}
        <div className={styles.bottom}>
          {/* The name is left out, not guessed, until the configuration says it. */}
          {name && <p className={styles.name}>{name}</p>}
          {site.data?.tagline && <p className={styles.tagline}>{site.data.tagline}</p>}
          <nav aria-label={t('footer.navigation')}>
            <ul className={styles.links}>
              <li>
                <Link to="/">{t('nav.latest')}</Link>
              </li>
              <li>
                <Link to="/search">{t('nav.search')}</Link>
              </li>
            </ul>
          </nav>
          <p className={styles.copy}>{t('footer.copyright', { year: new Date().getFullYear(), name: name ?? '' })}</p>
        </div>
      </div>
    </footer>
  );
}
