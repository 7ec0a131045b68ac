import { http, HttpResponse } from 'msw';
import { canonicalSlug } from '@/lib/wordpress';
import { db, type DbPage } from '../db';
import { wp } from './paths';
import { intListParam, invalidParam, listParam, pagedResponse, pickFields, readPageRequest, wpError } from './wp-response';

/** A page's address: its ancestors' slugs and its own, as WordPress builds a page permalink. */
export function pageLink(page: DbPage, origin: string): string {
  const slugs: string[] = [];
  const seen = new Set<number>();
  for (let at: DbPage | undefined = page; at && !seen.has(at.id); at = db.pages.find((p) => p.id === at!.parent)) {
    seen.add(at.id);
    slugs.unshift(at.slug);
  }
  return `${origin}/${slugs.join('/')}/`;
}

/** Everything WordPress puts in a page, in its field order; a protected page's text only with its password (`unlocked`), as a post's. */
export function serializePage(page: DbPage, origin: string, unlocked = false) {
  const api = `${origin}/wp-json/wp/v2`;
  const isProtected = Boolean(page.password);
  const withheld = isProtected && !unlocked;
  return {
    id: page.id,
    date: page.date,
    date_gmt: page.date_gmt,
    guid: { rendered: `${origin}/?page_id=${page.id}` },
    modified: page.modified,
    modified_gmt: page.modified_gmt,
    slug: page.slug,
    status: page.status,
    type: 'page',
    link: pageLink(page, origin),
    title: { rendered: page.title },
    content: { rendered: withheld ? '' : page.content, protected: isProtected },
    excerpt: { rendered: withheld ? '' : page.excerpt, protected: isProtected },
    author: page.author,
    featured_media: 0,
    parent: page.parent,
    menu_order: page.menu_order,
    comment_status: page.comment_status,
    ping_status: 'closed',
    template: '',
    meta: [],
    _links: {
      self: [{ href: `${api}/pages/${page.id}` }],
      author: [{ embeddable: true, href: `${api}/users/${page.author}` }],
      replies: [{ embeddable: true, href: `${api}/comments?post=${page.id}` }],
      ...(page.parent ? { up: [{ embeddable: true, href: `${api}/pages/${page.parent}` }] } : {}),
    },
  };
}

// WP_REST_Pages_Controller's orderings (a subset the reader and the contract tests use).
const orderings: Record<string, (a: DbPage, b: DbPage) => number> = {
  date: (a, b) => a.date_gmt.localeCompare(b.date_gmt) || a.id - b.id,
  id: (a, b) => a.id - b.id,
  title: (a, b) => a.title.localeCompare(b.title),
  slug: (a, b) => a.slug.localeCompare(b.slug),
  menu_order: (a, b) => a.menu_order - b.menu_order || a.id - b.id,
};

export const pageHandlers = [
  http.get(wp('/wp/v2/pages'), ({ request }) => {
    const url = new URL(request.url);
    const paging = readPageRequest(url);
    if ('error' in paging) return paging.error;
    const filters: Record<string, number[]> = {};
    for (const name of ['parent', 'include', 'exclude']) {
      const ids = intListParam(url, name);
      if (ids === 'invalid') return invalidParam(name, `${name}[0] is not of type integer.`);
      filters[name] = ids;
    }
    const orderby = url.searchParams.get('orderby') ?? 'date';
    const order = url.searchParams.get('order') ?? 'desc';
    if (!orderings[orderby]) return invalidParam('orderby', 'orderby is not one of author, date, id, include, modified, parent, relevance, slug, include_slugs, title, menu_order.');
    if (order !== 'asc' && order !== 'desc') return invalidParam('order', 'order is not one of asc and desc.');
    // WordPress runs each slug through sanitize_title: the encoded and the decoded form find the same page.
    const slugs = listParam(url, 'slug').map(canonicalSlug);
    let pages = db.pages.filter((page) => page.status === 'publish');
    if (url.searchParams.has('parent') || url.searchParams.has('parent[]')) pages = pages.filter((page) => filters.parent!.includes(page.parent));
    if (filters.include!.length) pages = pages.filter((page) => filters.include!.includes(page.id));
    if (filters.exclude!.length) pages = pages.filter((page) => !filters.exclude!.includes(page.id));
    if (slugs.length) pages = pages.filter((page) => slugs.includes(canonicalSlug(page.slug)));
    const compare = orderings[orderby]!;
    pages = [...pages].sort((a, b) => (order === 'asc' ? compare(a, b) : compare(b, a)));
    return pagedResponse(url, pages, paging, (page) => pickFields(url, serializePage(page, url.origin)), 'rest_post_invalid_page_number');
  }),

  http.get(wp('/wp/v2/pages/:id'), ({ request, params }) => {
    const url = new URL(request.url);
    const page = db.pages.find((p) => String(p.id) === params.id);
    if (!page) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
    if (page.status !== 'publish') return wpError(401, 'rest_forbidden', 'Sorry, you are not allowed to do that.');
    // `?password=` as on a single post: a wrong one is refused, the right one unlocks the text.
    const password = url.searchParams.get('password');
    if (password && password !== (page.password ?? '')) return wpError(403, 'rest_post_incorrect_password', 'Incorrect post password.');
    return HttpResponse.json(pickFields(url, serializePage(page, url.origin, Boolean(password))));
  }),
];
