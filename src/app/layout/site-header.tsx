import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router-dom';
import { useSiteName } from '@/lib/site-config';
import { termQueries } from '@/features/taxonomies/api/terms';
import { SearchForm } from '@/features/search/components/search-form';
import styles from './site-header.module.css';

/**
 * The site's name and navigation. On narrow screens the navigation folds into
 * a "Select Page" disclosure, as on the WordPress theme this reproduces.
 */
export function SiteHeader() {
  const categories = useQuery(termQueries.list('categories'));
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const location = useLocation();

  // A followed link closes the menu.
  const [lastLocation, setLastLocation] = useState(location.key);
  if (lastLocation !== location.key) {
    setLastLocation(location.key);
    setOpen(false);
  }

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      // A tap on the backdrop closes the menu on its click, so the same tap cannot reach a link under it.
      if (target instanceof Element && target.closest('[data-menu-backdrop]')) return;
      if (!panelRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const siteName = useSiteName();
  const onSearchPage = location.pathname === '/search';

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
              <span className="visually-hidden">Home</span>
            </>
          )}
        </Link>
        {/* Search one tap away on a phone; wide screens show the search box itself. */}
        {!onSearchPage && (
          <Link to="/search" className={styles.searchButton} aria-label="Search">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="22" height="22">
              <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M15.5 15.5L20 20" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </Link>
        )}
        <button
          ref={buttonRef}
          type="button"
          className={styles.menuButton}
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((value) => !value)}
        >
          <span>Select Page</span>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className={open ? styles.chevronOpen : styles.chevron}>
            <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
        <div ref={panelRef} id={menuId} className={`${styles.panel} ${open ? styles.panelOpen : ''}`}>
          {/* First in reading order: on wide screens it shares the brand's row, above the sections. */}
          {/* The results page has its own search box with the query in it: one box, not two. */}
          {!onSearchPage && (
            <div className={styles.search}>
              <SearchForm compact label="Search articles" />
            </div>
          )}
          <nav aria-label="Main">
            <ul className={styles.navList}>
              <li>
                <NavLink to="/" end className={styles.navLink}>
                  Latest news
                </NavLink>
              </li>
              {categories.data?.map((category) => (
                <li key={category.id}>
                  <NavLink to={`/category/${category.slug}`} className={styles.navLink}>
                    {category.name}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
      {/* Dims the page under the open menu; a tap on it closes the menu (as does Escape). */}
      {open && <div className={styles.backdrop} aria-hidden="true" data-menu-backdrop onClick={() => setOpen(false)} />}
    </header>
  );
}
