import { http } from 'msw';
import { db, type DbMenuItem } from '../db';
import { mockBuildUser } from '../seed/site-pages';
import { pageLink } from './pages';
import { wp } from './paths';
import { serializeTerm } from './serializers';
import { intListParam, invalidParam, pagedResponse, pickFields, readPageRequest, wpError } from './wp-response';

/**
 * Classic menus, as WordPress 6 serves them: only to a user who may edit
 * posts, so a visitor gets 401 and the build reads them with an Application
 * Password (Basic auth; WordPress ignores the spaces it shows the password with).
 */
export async function signedIn(request: Request): Promise<boolean> {
  const header = request.headers.get('Authorization') ?? '';
  if (!header.startsWith('Basic ')) return false;
  let decoded: string;
  try {
    decoded = atob(header.slice('Basic '.length).trim());
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  if (colon < 1 || decoded.slice(0, colon) !== mockBuildUser.user) return false;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(decoded.slice(colon + 1).replace(/\s+/g, '')));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return hex === mockBuildUser.passwordSha256;
}

/** No password and a wrong one are refused alike: WordPress 6 reads the request as a visitor's. */
function refusal(what: 'menus' | 'menu items') {
  return wpError(401, 'rest_cannot_view', `Sorry, you are not allowed to view ${what}.`);
}

function itemUrl(item: DbMenuItem, origin: string): string {
  if (item.object === 'page') {
    const page = db.pages.find((p) => p.id === item.object_id);
    return page ? pageLink(page, origin) : '';
  }
  if (item.object === 'category') {
    const term = db.categories.find((t) => t.id === item.object_id);
    return term ? serializeTerm(term, 'category', origin).link : '';
  }
  if (item.object === 'post') {
    const post = db.posts.find((p) => p.id === item.object_id);
    return post ? `${origin}/news/${post.slug}/` : '';
  }
  return new URL(item.url, origin).href;
}

const itemType = { page: 'post_type', post: 'post_type', category: 'taxonomy', custom: 'custom' } as const;
const typeLabel = { page: 'Page', post: 'Post', category: 'Category', custom: 'Custom Link' } as const;

function serializeMenuItem(item: DbMenuItem, origin: string) {
  const api = `${origin}/wp-json/wp/v2`;
  return {
    id: item.id,
    title: { rendered: item.title },
    status: 'publish',
    url: itemUrl(item, origin),
    attr_title: '',
    description: '',
    type: itemType[item.object],
    type_label: typeLabel[item.object],
    object: item.object,
    object_id: item.object_id,
    parent: item.parent,
    menu_order: item.menu_order,
    target: '',
    classes: [''],
    xfn: [''],
    invalid: false,
    meta: [],
    menus: item.menu,
    _links: { self: [{ href: `${api}/menu-items/${item.id}` }] },
  };
}

export const menuHandlers = [
  http.get(wp('/wp/v2/menus'), async ({ request }) => {
    if (!(await signedIn(request))) return refusal('menus');
    const url = new URL(request.url);
    const paging = readPageRequest(url);
    if ('error' in paging) return paging.error;
    const api = `${url.origin}/wp-json/wp/v2`;
    return pagedResponse(
      url,
      db.menus,
      paging,
      (menu) =>
        pickFields(url, {
          id: menu.id,
          description: '',
          name: menu.name,
          slug: menu.slug,
          meta: [],
          locations: menu.locations,
          auto_add: false,
          _links: { self: [{ href: `${api}/menus/${menu.id}` }] },
        }),
      'rest_invalid_page_number',
    );
  }),

  http.get(wp('/wp/v2/menu-items'), async ({ request }) => {
    if (!(await signedIn(request))) return refusal('menu items');
    const url = new URL(request.url);
    const paging = readPageRequest(url);
    if ('error' in paging) return paging.error;
    const menus = intListParam(url, 'menus');
    if (menus === 'invalid') return invalidParam('menus', 'menus[0] is not of type integer.');
    const items = db.menuItems
      .filter((item) => menus.length === 0 || menus.includes(item.menu))
      // The controller's default order: menu_order, ascending.
      .sort((a, b) => a.menu_order - b.menu_order || a.id - b.id);
    return pagedResponse(url, items, paging, (item) => pickFields(url, serializeMenuItem(item, url.origin)), 'rest_post_invalid_page_number');
  }),
];
