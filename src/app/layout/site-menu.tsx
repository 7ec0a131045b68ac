import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, type ToggleEvent } from 'react';
import { Link, useLocation, useMatch } from 'react-router-dom';
import { termQueries } from '@/features/taxonomies/api/terms';
import { siteMenuQuery } from '@/features/menu/api/site-menu';
import type { MenuEntry } from '@/features/menu/menu-links';
import { SearchForm } from '@/features/search/components/search-form';
import { MenuEntries } from './menu-entries';
import styles from './site-menu.module.css';
import { useSubmenus } from './use-submenus';
import { useMessages } from '@/lib/i18n/use-messages';

/**
 * Where anchor positioning is missing, the stylesheet's fallback top assumes the
 * bar is at the top of the window; a strip above the header (the mock's scenario
 * strip) moves it down. The menu is placed under the bar as it is when it opens.
 * (jsdom has a CSS object without supports(), and no layout to place anything by.)
 */
function placeUnderBar(event: ToggleEvent<HTMLDivElement>) {
  const panel = event.currentTarget;
  const bar = panel.parentElement;
  if (event.newState !== 'open' || !bar || typeof CSS === 'undefined' || typeof CSS.supports !== 'function') return;
  if (!CSS.supports('top', 'anchor(--bar bottom)')) panel.style.setProperty('--menu-top', `${bar.getBoundingClientRect().bottom}px`);
}

/** Where the menu folds into its button: the same width as in site-menu.module.css and site-header.module.css. */
const narrowScreen = '(max-width: 60rem)';

/**
 * The site's navigation: the search box and the sections. Wide screens show it
 * in the header bar. Narrow ones fold it into the "Select Page" menu, a popover
 * the browser opens and closes by itself: a tap on the button, a tap outside
 * and Escape work in a prerendered page before its code has arrived, and the
 * browser tells assistive technology whether the menu is expanded (so the
 * button carries no aria-expanded of its own, which could say otherwise).
 */
export function SiteMenu() {
  const t = useMessages();
  const categories = useQuery(termQueries.list('categories'));
  // site-config.json's menu, else WordPress's (site-menu-fetch.ts); without one (or until it comes), the pages and the sections.
  const { data: menu } = useQuery(siteMenuQuery);
  const sections: MenuEntry[] = (categories.data ?? []).map((category) => ({ id: `category-${category.id}`, label: category.name, href: `/category/${category.slug}`, external: false, children: [] }));
  // "Latest news" comes first in every menu; a menu's own link home would say it twice.
  const entries = [...(menu?.entries ?? []), ...(menu && menu.source !== 'pages' ? [] : sections)].filter((entry) => entry.href !== '/');
  const panelId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  useSubmenus(panelRef, location.key);
  const onSearchPage = location.pathname === '/search';
  // The list's later pages (/page/N/, the latest-page route) are Latest news too.
  const onFirstPage = useMatch('/');
  const onLaterPage = useMatch('/page/:page');
  const onLatestNews = Boolean(onFirstPage ?? onLaterPage);

  // A followed link or a search closes the menu.
  // Not on the first run: a menu opened before the page hydrated stays open.
  const shownAt = useRef(location.key);
  useEffect(() => {
    if (shownAt.current === location.key) return;
    shownAt.current = location.key;
    // Optional call: browsers without popover (and jsdom) have no hidePopover, and show the navigation in the bar.
    panelRef.current?.hidePopover?.();
  }, [location.key]);

  // An open popover is in the top layer, which no style can undo: a menu left
  // open while the window widens (a tablet turned) closes, and the panel goes back into the bar.
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const narrow = window.matchMedia(narrowScreen);
    const closeWhenWide = () => {
      if (!narrow.matches) panelRef.current?.hidePopover?.();
    };
    narrow.addEventListener('change', closeWhenWide);
    return () => narrow.removeEventListener('change', closeWhenWide);
  }, []);

  return (
    <>
      <button type="button" className={styles.menuButton} popoverTarget={panelId} aria-controls={panelId}>
        <span>{t('menu.button')}</span>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className={styles.chevron}>
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div ref={panelRef} id={panelId} popover="auto" className={styles.panel} onBeforeToggle={placeUnderBar}>
        {/* First in reading order: on wide screens it shares the brand's row, above the sections. */}
        {/* The results page has its own search box with the query in it: one box, not two. */}
        {!onSearchPage && (
          <div className={styles.search}>
            <SearchForm compact label={t('search.label')} />
          </div>
        )}
        <nav aria-label={t('menu.navigation')}>
          <ul className={styles.navList}>
            <li className={styles.item}>
              <Link to="/" className={styles.navLink} aria-current={onLatestNews ? 'page' : undefined}>
                {t('nav.latest')}
              </Link>
            </li>
            <MenuEntries entries={entries} />
          </ul>
        </nav>
      </div>
      {/*
        Dims the page under the open menu, and a tap on it closes the menu and
        does nothing else. Not the popover's ::backdrop: browsers let taps
        through a popover's backdrop (pointer-events: none !important), so the
        tap that closes the menu would also follow the link under it. As a
        button for this popover it is no "outside" to light dismiss: the menu
        closes on the tap's click, which then has nothing left to reach.
        A tap focuses it, so it is not hidden from assistive technology but
        named: a screen reader on a phone, with no Escape key, finds it after
        the menu's links. Not a Tab stop: Escape closes the menu for keyboards.
      */}
      <button type="button" className={styles.backdrop} popoverTarget={panelId} popoverTargetAction="hide" tabIndex={-1} aria-label={t('menu.close')} />
    </>
  );
}
