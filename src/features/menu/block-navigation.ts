import { domWindow } from '@/lib/dom';
import { policyFor, trustedTypesPolicies } from '@/lib/trusted-types';
import { menuTarget, type MenuEntry } from './menu-links';

/**
 * A block-theme navigation menu (`wp_navigation`) as the header shows it, read
 * from the content WordPress rendered for it: every link, sub-menu, home link
 * and page-list page is an `<li>` whose first link names it, and a sub-menu's
 * or parent page's items are in a `<ul>` inside it. WordPress has already left
 * out links to drafts and expanded the page list to the published pages,
 * nested. Anything else in a navigation (spacers, social icons, a search box)
 * is not a menu item and is skipped.
 */
export function blockNavigationEntries(rendered: string): MenuEntry[] {
  const window = domWindow();
  // An inert document, read for its links only: the policy passes the HTML as it is.
  const policy = policyFor(window, trustedTypesPolicies.inertParse, { createHTML: (input) => input });
  const doc = new window.DOMParser().parseFromString(policy.createHTML(rendered) as string, 'text/html');
  return itemsIn(doc.body, 'navigation-');
}

const notMenuItems = /(?:^|\s)(?:wp-block-social-links|wp-social-link|wp-block-search)(?:\s|$)/;

function itemsIn(container: Element, prefix: string): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const child of container.children) {
    if (notMenuItems.test(child.className)) continue;
    if (child.tagName === 'LI') {
      const entry = itemOf(child, `${prefix}${entries.length}`);
      if (entry) entries.push(entry);
    } else if (['UL', 'OL', 'DIV', 'NAV'].includes(child.tagName)) {
      // The page list's own `<ul>`, or a group: its items belong to this level.
      for (const entry of itemsIn(child, `${prefix}${entries.length}-`)) entries.push(entry);
    }
  }
  return entries;
}

function itemOf(item: Element, id: string): MenuEntry | null {
  // A sub-menu set to open on click has a button, not a link, for its label.
  const named = [...item.children].find((element) => element.tagName === 'A' || (element.tagName === 'BUTTON' && element.classList.contains('wp-block-navigation-item__content')));
  const label = (named?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const children = [...item.children].filter((element) => element.tagName === 'UL').flatMap((list) => itemsIn(list, `${id}-`));
  if (!label) return null;
  const url = named?.tagName === 'A' ? (named.getAttribute('href') ?? '').trim() : '';
  const object = item.classList.contains('wp-block-pages-list__item') ? 'page' : 'custom';
  const target = url ? menuTarget(url, object) : { href: '', external: false };
  return { id, label, ...target, children };
}
