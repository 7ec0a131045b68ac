import * as v from 'valibot';
import { isApiError } from '@/lib/api-error';
import { htmlToText } from '@/lib/html';
import { requestJson } from '@/lib/http';
import { fetchPageData } from '@/lib/page-data';
import { maxPerPage, wpUrl } from '@/lib/wordpress';
import { renderedSchema } from '@/lib/wordpress-schema';
import { fetchSiteConfig } from '@/lib/site-config-fetch';
import { blockNavigationEntries } from '../block-navigation';
import { configMenu } from '../config-menu';
import { menuTree } from '../menu-links';
import { siteMenuKey, siteMenuSchema, type SiteMenu } from './site-menu-schema';

/** Reading the site's menu; loaded when the query first runs (site-menu.ts). */

const menusSchema = v.array(v.looseObject({ id: v.number(), locations: v.optional(v.array(v.string()), []) }));
const menuItemsSchema = v.array(
  v.looseObject({ id: v.number(), parent: v.optional(v.number(), 0), title: renderedSchema, url: v.string(), object: v.optional(v.string(), 'custom') }),
);
const navigationsSchema = v.array(v.looseObject({ id: v.number(), content: v.looseObject({ rendered: v.string() }) }));
const pagesSchema = v.array(v.looseObject({ id: v.number(), parent: v.optional(v.number(), 0), title: renderedSchema, link: v.string() }));

/**
 * The site's classic menu (Appearance → Menus): the one in the theme's
 * primary location, else in any location, else the first. WordPress shows
 * menus only to signed-in editors: the build's requests carry its Application
 * Password (build-fetch.ts), so a refusal means the build has none. Null then,
 * and when the site has no menu.
 */
export async function readClassicMenu(signal?: AbortSignal): Promise<SiteMenu | null> {
  try {
    const { data: menus } = await requestJson(wpUrl('/menus'), { schema: menusSchema, signal, query: { per_page: maxPerPage, _fields: 'id,locations' } });
    const menu = menus.find((m) => m.locations.includes('primary')) ?? menus.find((m) => m.locations.length > 0) ?? menus[0];
    if (!menu) return null;
    const { data: items } = await requestJson(wpUrl('/menu-items'), {
      schema: menuItemsSchema,
      signal,
      query: { menus: menu.id, per_page: maxPerPage, _fields: 'id,parent,title,url,object' },
    });
    if (items.length === 0) return null;
    return { source: 'menu', entries: menuTree(items.map((item) => ({ ...item, label: htmlToText(item.title.rendered) }))) };
  } catch (error) {
    // 401/403: no credentials, or not enough; 404: a WordPress older than 5.9, without these routes.
    if (isApiError(error) && (error.status === 401 || error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

/**
 * A block theme's navigation menu (`wp_navigation`, edited in the Site
 * Editor), for a site without a classic menu the build can read. Which one:
 * the newest published, by the date it was first published. That is the one a
 * Navigation block without a chosen menu shows (the default themes' header
 * block), and the header's own choice is not public: its template part needs
 * an administrator's rights. Visitors may read published navigations, with
 * WordPress's rendering of their blocks; the saved block markup
 * (`context=edit`) is refused even to an editor, so the rendering is read.
 * Null when the site has none, or one with no links, or WordPress is older
 * than 5.9 (no such route).
 */
export async function readBlockNavigation(signal?: AbortSignal): Promise<SiteMenu | null> {
  try {
    const { data } = await requestJson(wpUrl('/navigation'), {
      schema: navigationsSchema,
      signal,
      query: { per_page: 1, orderby: 'date', order: 'desc', _fields: 'id,content' },
    });
    const entries = data[0] ? blockNavigationEntries(data[0].content.rendered) : [];
    return entries.length ? { source: 'navigation', entries } : null;
  } catch (error) {
    if (isApiError(error) && (error.status === 401 || error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

/** Without a menu: the site's pages, nested as WordPress's own page list nests them (the reader adds its categories). */
export async function readPageMenu(signal?: AbortSignal): Promise<SiteMenu> {
  const { data } = await requestJson(wpUrl('/pages'), {
    schema: pagesSchema,
    signal,
    query: { per_page: maxPerPage, orderby: 'menu_order', order: 'asc', _fields: 'id,parent,title,link' },
  });
  return { source: 'pages', entries: menuTree(data.map((page) => ({ id: page.id, parent: page.parent, label: htmlToText(page.title.rendered), url: page.link, object: 'page' }))) };
}

/** The menu every prerendered page carries, from the home page's data file: for a view the build did not prerender. */
async function builtMenu(): Promise<SiteMenu | null> {
  const data = await fetchPageData('/');
  const held = data?.queries.find((query) => query.key[0] === siteMenuKey[0]);
  const parsed = held ? v.safeParse(siteMenuSchema, held.data) : null;
  return parsed?.success ? parsed.output : null;
}

/** `site-config.json`'s menu, when it sets one; a configuration that cannot be read sets none. */
async function configuredMenu(signal?: AbortSignal): Promise<SiteMenu | null> {
  try {
    return configMenu(await fetchSiteConfig(signal));
  } catch {
    return null;
  }
}

/**
 * `site-config.json`'s menu first. Else the build reads the classic menu with
 * its credentials (the browser never has them, so it never asks), else the
 * block theme's navigation; a built
 * site's browser takes the build's menu; otherwise, and on a site without a
 * menu, the pages. Worked out here, in the query's own chunk, so the header's
 * first view carries the menu's entries and not the code that checks and maps them.
 */
export async function fetchSiteMenu(signal?: AbortSignal): Promise<SiteMenu> {
  const found = (await configuredMenu(signal)) ?? (import.meta.env.SSR ? ((await readClassicMenu(signal)) ?? (await readBlockNavigation(signal))) : await builtMenu());
  return found ?? readPageMenu(signal);
}
