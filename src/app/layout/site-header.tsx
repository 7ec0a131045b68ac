import { Link, useLocation } from 'react-router-dom';
import { useSiteName } from '@/lib/site-config';
import { SiteMenu } from './site-menu';
import styles from './site-header.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * The site's name and navigation. On narrow screens the navigation folds into
 * a "Select Page" menu, as on the WordPress theme this reproduces.
 */
export function SiteHeader() {
  const siteName = useSiteName();
  const t = useMessages();
  const onSearchPage = useLocation().pathname === '/search';

  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link to="/" className={styles.brand}>
          {/* A round emblem with a letter and a wave: nothing like the menu's lines, so nobody taps it for a menu. */}
          <svg aria-hidden="true" viewBox="0 0 32 32" width="32" height="32" className={styles.logo}>
            <circle cx="16" cy="16" r="16" fill="currentColor" />
            <path d="M11 8.5h10v2.6h-7.1v3.3h6.3V17h-6.3v3.4H21V23H11z" fill="var(--color-bg)" />
            <path d="M6 26.2c2.2-1.4 4.4-1.4 6.6 0s4.4 1.4 6.6 0 4.4-1.4 6.6 0" fill="none" stroke="var(--color-bg)" strokeWidth="1.6" strokeLinecap="round" />
          </svg>
          {siteName ?? (
            <>
              <span className={styles.namePending} aria-hidden="true" />
              <span className="visually-hidden">{t('nav.home')}</span>
            </>
          )}
        </Link>
        {/* Search one tap away on a phone; wide screens show the search box itself. */}
        {!onSearchPage && (
          <Link to="/search" className={styles.searchButton} aria-label={t('nav.search')}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M15.5 15.5L20 20" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </Link>
        )}
        <SiteMenu />
      </div>
    </header>
  );
}
