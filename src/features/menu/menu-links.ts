import { siteUrl } from '@/lib/config';
import { canonicalPagePath } from '@/lib/page-paths';
import { siteOrigin, toReaderPath } from '@/lib/site-links';

/** One entry of the site's menu, as the header shows it: a reader path or a link that leaves the site. */
export interface MenuEntry {
  id: string;
  label: string;
  /** A reader path (`/about-us`) or, when `external`, an absolute URL; empty for a sub-menu's label that links nowhere. */
  href: string;
  external: boolean;
  children: MenuEntry[];
}

/** What WordPress says a menu item points to (`object` of a classic menu item). */
export type MenuObject = 'page' | 'category' | 'post_tag' | 'post' | string;

const lastSegment = (pathname: string) => pathname.split('/').filter(Boolean).pop() ?? '';

/**
 * Where a menu item's URL leads in the reader. A link on the WordPress site
 * (or the reader's own address) becomes the reader's path: a page where
 * WordPress put it, a category's or tag's archive, a post's article. A link
 * anywhere else stays as it is, external.
 */
export function menuTarget(url: string, object: MenuObject = 'custom'): { href: string; external: boolean } {
  let target: URL;
  try {
    target = new URL(url, siteOrigin());
  } catch {
    return { href: url, external: true };
  }
  const web = target.protocol === 'http:' || target.protocol === 'https:';
  const ours = target.origin === siteOrigin() || target.origin === new URL(siteUrl).origin;
  if (!web || !ours) return { href: target.href, external: true };
  const slug = lastSegment(target.pathname);
  if (object === 'page') return { href: canonicalPagePath(target.pathname), external: false };
  if (object === 'category' && slug) return { href: `/category/${slug}`, external: false };
  if (object === 'post_tag' && slug) return { href: `/tag/${slug}`, external: false };
  if (object === 'post' && slug) return { href: `/news/${slug}`, external: false };
  // A link typed by hand: the reader's own kinds of address, a dated post permalink, else a page's path.
  const first = target.pathname.split('/').filter(Boolean)[0] ?? '';
  if (!first) return { href: `/${target.search}${target.hash}`, external: false };
  if (['category', 'tag', 'search', 'news'].includes(first) || /^\d{4}$/.test(first)) {
    const path = toReaderPath(target.href);
    if (path) return { href: path, external: false };
  }
  return { href: `${canonicalPagePath(target.pathname)}${target.search}${target.hash}`, external: false };
}

export interface FlatMenuItem {
  id: number | string;
  parent: number | string;
  label: string;
  url: string;
  object?: MenuObject;
}

/** A flat list (each item naming its parent) as a tree, in the list's order; an item whose parent is missing goes to the top. */
export function menuTree(items: readonly FlatMenuItem[]): MenuEntry[] {
  const ids = new Set(items.map((item) => String(item.id)));
  const entries = new Map(items.map((item) => [String(item.id), { id: String(item.id), label: item.label, ...menuTarget(item.url, item.object), children: [] as MenuEntry[] }]));
  const top: MenuEntry[] = [];
  for (const item of items) {
    const entry = entries.get(String(item.id))!;
    const parent = String(item.parent);
    // Guard against a parent chain that loops back: such an item goes to the top.
    let ancestor = parent;
    const seen = new Set([String(item.id)]);
    while (ids.has(ancestor) && !seen.has(ancestor)) {
      seen.add(ancestor);
      ancestor = String(items.find((other) => String(other.id) === ancestor)?.parent ?? '');
    }
    const loops = seen.has(ancestor);
    if (ids.has(parent) && !loops) entries.get(parent)!.children.push(entry);
    else top.push(entry);
  }
  return top;
}
