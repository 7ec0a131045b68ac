import { NavLink } from 'react-router-dom';
import type { MenuEntry } from '@/features/menu/menu-links';
import { useMessages } from '@/lib/i18n/use-messages';
import styles from './site-menu.module.css';

/**
 * The site's menu items. An item with sub-items has a disclosure beside its
 * link (a native `<details>`: it opens and closes by keyboard and touch before
 * the page's code has arrived, and tells assistive technology its state).
 */
export function MenuEntries({ entries }: { entries: readonly MenuEntry[] }) {
  const t = useMessages();
  return entries.map((entry) => (
    <li key={entry.id} className={styles.item}>
      {!entry.href ? (
        // A block navigation's sub-menu may have a label and no link of its own.
        <span className={styles.navLink}>{entry.label}</span>
      ) : entry.external ? (
        <a href={entry.href} className={styles.navLink}>
          {entry.label}
        </a>
      ) : (
        <NavLink to={entry.href} end className={styles.navLink}>
          {entry.label}
        </NavLink>
      )}
      {entry.children.length > 0 && (
        <details className={styles.submenu} data-submenu>
          <summary className={styles.submenuToggle} aria-label={t('menu.subItems', { title: entry.label })}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
              <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </summary>
          <ul className={styles.subList}>
            <MenuEntries entries={entry.children} />
          </ul>
        </details>
      )}
    </li>
  ));
}
