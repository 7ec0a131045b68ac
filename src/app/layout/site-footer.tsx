import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { siteConfigQuery, useSiteName } from '@/lib/site-config';
import styles from './site-footer.module.css';

export function SiteFooter({ children }: { children?: ReactNode }) {
  const site = useQuery(siteConfigQuery);
  const name = useSiteName();
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        {children}
        <div className={styles.bottom}>
          {/* The name is left out, not guessed, until the configuration says it. */}
          {name && <p className={styles.name}>{name}</p>}
          {site.data?.tagline && <p className={styles.tagline}>{site.data.tagline}</p>}
          <nav aria-label="Footer">
            <ul className={styles.links}>
              <li>
                <Link to="/">Latest news</Link>
              </li>
              <li>
                <Link to="/search">Search</Link>
              </li>
            </ul>
          </nav>
          <p className={styles.copy}>
            © {new Date().getFullYear()} {name}
          </p>
        </div>
      </div>
    </footer>
  );
}
