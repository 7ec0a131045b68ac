import { http, HttpResponse } from 'msw';
import { db, type DbNavigation, type DbPage, type NavigationBlock } from '../db';
import { signedIn } from './menus';
import { pageLink } from './pages';
import { wp } from './paths';
import { escapeHtml, invalidParam, pagedResponse, pickFields, readPageRequest, wpError } from './wp-response';

/**
 * Block-theme navigation menus (`/wp/v2/navigation`), as WordPress 6 serves
 * them: a visitor reads the published ones, their content rendered as
 * WordPress 6.1 renders these blocks outside a Navigation block (each link an
 * `<li>`, a sub-menu's links in a nested `<ul>` with no toggle, the page list
 * expanded to the pages, a spacer as saved).
 * The saved block markup (`context=edit`) needs `edit_theme_options`, which
 * only an administrator has: a visitor gets 401, the build's editor 403.
 */

const attr = (block: NavigationBlock, name: string) => (typeof block.attrs[name] === 'string' ? (block.attrs[name] as string) : '');
const absolute = (url: string, origin: string) => (url.startsWith('/') ? `${origin}${url}` : url);

/** WordPress leaves out a link to a post or page that is missing or not published. */
function linksToUnpublished(block: NavigationBlock): boolean {
  const kind = attr(block, 'kind');
  const type = attr(block, 'type');
  const id = block.attrs.id;
  if (typeof id !== 'number' || !(kind === 'post-type' || type === 'page' || type === 'post')) return false;
  const target = db.pages.find((page) => page.id === id) ?? db.posts.find((post) => post.id === id);
  return !target || target.status !== 'publish';
}

function pageItems(parent: number, origin: string): string {
  const children = db.pages
    .filter((page) => page.status === 'publish' && page.parent === parent)
    .sort((a, b) => a.menu_order - b.menu_order || a.title.localeCompare(b.title));
  return children
    .map((page: DbPage) => {
      const nested = pageItems(page.id, origin);
      const link = `<a class="wp-block-pages-list__item__link" href="${escapeHtml(pageLink(page, origin))}">${page.title}</a>`;
      return nested
        ? `<li class="wp-block-pages-list__item has-child">${link}<ul class="submenu-container">${nested}</ul></li>`
        : `<li class="wp-block-pages-list__item">${link}</li>`;
    })
    .join('');
}

function renderBlock(block: NavigationBlock, origin: string): string {
  const label = attr(block, 'label');
  const target = block.attrs.opensInNewTab === true ? ' target="_blank"' : '';
  switch (block.name) {
    case 'core/home-link':
      return label ? `<li class="wp-block-navigation-item wp-block-home-link"><a class="wp-block-home-link__content wp-block-navigation-item__content" href="${origin}" rel="home">${label}</a></li>` : '';
    case 'core/navigation-link':
      if (!label || linksToUnpublished(block)) return '';
      return `<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="${escapeHtml(absolute(attr(block, 'url'), origin))}"${target}><span class="wp-block-navigation-item__label">${label}</span></a></li>`;
    case 'core/navigation-submenu': {
      if (!label || linksToUnpublished(block)) return '';
      const url = attr(block, 'url');
      const inner = block.inner.map((child) => renderBlock(child, origin)).join('');
      return (
        `<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-navigation-submenu">` +
        `<a class="wp-block-navigation-item__content"${url ? ` href="${escapeHtml(absolute(url, origin))}"` : ''}${target}>${label}</a>` +
        `<ul class="wp-block-navigation__submenu-container">${inner}</ul></li>`
      );
    }
    case 'core/page-list':
      return `<ul class="wp-block-page-list">${pageItems(0, origin)}</ul>`;
    case 'core/spacer':
      return `<div style="height:${escapeHtml(attr(block, 'height') || '100px')}" aria-hidden="true" class="wp-block-spacer"></div>`;
    default:
      return '';
  }
}

function serializeNavigation(navigation: DbNavigation, origin: string) {
  const link = `${origin}/${navigation.slug}/`;
  return {
    id: navigation.id,
    date: navigation.date,
    date_gmt: navigation.date_gmt,
    guid: { rendered: link },
    modified: navigation.modified,
    modified_gmt: navigation.modified_gmt,
    slug: navigation.slug,
    status: navigation.status,
    type: 'wp_navigation',
    link,
    title: { rendered: navigation.title },
    content: { rendered: navigation.blocks.map((block) => renderBlock(block, origin)).join(''), protected: false },
    template: '',
    _links: { self: [{ href: `${origin}/wp-json/wp/v2/navigation/${navigation.id}` }] },
  };
}

const orderings: Record<string, (a: DbNavigation, b: DbNavigation) => number> = {
  date: (a, b) => a.date_gmt.localeCompare(b.date_gmt) || a.id - b.id,
  modified: (a, b) => a.modified_gmt.localeCompare(b.modified_gmt) || a.id - b.id,
  id: (a, b) => a.id - b.id,
  title: (a, b) => a.title.localeCompare(b.title),
  slug: (a, b) => a.slug.localeCompare(b.slug),
};

async function editRefusal(request: Request) {
  // A signed-in editor is known but lacks the capability; a visitor is not known at all.
  return (await signedIn(request))
    ? wpError(403, 'rest_forbidden_context', 'Sorry, you are not allowed to edit posts in this post type.')
    : wpError(401, 'rest_forbidden_context', 'Sorry, you are not allowed to edit posts in this post type.');
}

export const navigationHandlers = [
  http.get(wp('/wp/v2/navigation'), async ({ request }) => {
    const url = new URL(request.url);
    if (url.searchParams.get('context') === 'edit') return editRefusal(request);
    const paging = readPageRequest(url);
    if ('error' in paging) return paging.error;
    const statuses = (url.searchParams.get('status') ?? 'publish').split(',');
    if (statuses.some((status) => status !== 'publish')) return invalidParam('status', 'Status is forbidden.');
    const orderby = url.searchParams.get('orderby') ?? 'date';
    const order = url.searchParams.get('order') ?? 'desc';
    const compare = orderings[orderby];
    if (!compare) return invalidParam('orderby', 'orderby is not one of author, date, id, include, modified, parent, relevance, slug, include_slugs, title.');
    if (order !== 'asc' && order !== 'desc') return invalidParam('order', 'order is not one of asc and desc.');
    const navigations = db.navigations.filter((navigation) => navigation.status === 'publish').sort((a, b) => (order === 'asc' ? compare(a, b) : compare(b, a)));
    return pagedResponse(url, navigations, paging, (navigation) => pickFields(url, serializeNavigation(navigation, url.origin)), 'rest_post_invalid_page_number');
  }),

  http.get(wp('/wp/v2/navigation/:id'), async ({ request, params }) => {
    const url = new URL(request.url);
    const navigation = db.navigations.find((n) => String(n.id) === params.id);
    if (!navigation) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
    if (url.searchParams.get('context') === 'edit') return editRefusal(request);
    if (navigation.status !== 'publish') return wpError(401, 'rest_forbidden', 'Sorry, you are not allowed to do that.');
    return HttpResponse.json(pickFields(url, serializeNavigation(navigation, url.origin)));
  }),
];
