import { http, HttpResponse } from 'msw';
import { canonicalSlug } from '@/lib/wordpress';
import { sanitizeSearch } from '@/lib/wordpress-search';
import { db, type DbPost } from '../db';
import { serializePost } from './serializers';
import { matchesSearch } from './search-match';
import { relevanceRank } from './search-relevance';
import { intListParam, invalidParam, listParam, pagedResponse, pickFields, readPageRequest, wpError } from './wp-response';
import { wp } from './paths';

function readEmbed(url: URL): Set<string> | 'all' | null {
  if (!url.searchParams.has('_embed')) return null;
  const rels = listParam(url, '_embed').filter((rel) => rel !== '1' && rel !== 'true');
  return rels.length ? new Set(rels) : 'all';
}

const orderings: Record<string, (a: DbPost, b: DbPost) => number> = {
  date: (a, b) => a.date_gmt.localeCompare(b.date_gmt),
  modified: (a, b) => a.modified_gmt.localeCompare(b.modified_gmt),
  title: (a, b) => a.title.localeCompare(b.title),
  slug: (a, b) => a.slug.localeCompare(b.slug),
  id: (a, b) => a.id - b.id,
};

/** Fields a plugin adds to every post, such as Yoast SEO's `yoast_head_json`. */
type PluginFields = (post: DbPost, origin: string) => Record<string, unknown>;

/** The posts routes; `pluginFields` lets a scenario play a site that runs a plugin. */
export const postRoutes = (pluginFields: PluginFields = () => ({})) => [
  http.get(wp('/wp/v2/posts'), ({ request }) => {
    const url = new URL(request.url);
    const paging = readPageRequest(url);
    if ('error' in paging) return paging.error;

    const filters: Record<string, number[]> = {};
    for (const name of ['categories', 'tags', 'include', 'exclude', 'author']) {
      const ids = intListParam(url, name);
      if (ids === 'invalid') return invalidParam(name, `${name}[0] is not of type integer.`);
      filters[name] = ids;
    }
    const orderby = url.searchParams.get('orderby') ?? 'date';
    const order = url.searchParams.get('order') ?? 'desc';
    const search = sanitizeSearch(url.searchParams.get('search') ?? '');
    if (orderby !== 'relevance' && !orderings[orderby]) return invalidParam('orderby', 'orderby is not one of date, id, include, modified, relevance, slug, title.');
    if (order !== 'asc' && order !== 'desc') return invalidParam('order', 'order is not one of asc and desc.');
    // PHP's empty() takes "0" for no search at all.
    if (orderby === 'relevance' && (search === '' || search === '0')) {
      return wpError(400, 'rest_no_search_term_defined', 'You need to define a search term to order by relevance.');
    }
    const before = url.searchParams.get('before');
    const after = url.searchParams.get('after');
    const modifiedAfter = url.searchParams.get('modified_after');
    // WordPress runs each slug through sanitize_title, so the encoded and the decoded form find the same post.
    const slugs = listParam(url, 'slug').map(canonicalSlug);
    // rest_sanitize_boolean: "true"/"1" and "false"/"0"; anything else is refused.
    const sticky = url.searchParams.get('sticky');
    if (sticky !== null && !['true', 'false', '1', '0'].includes(sticky)) return invalidParam('sticky', 'sticky is not of type boolean.');

    let posts = db.posts.filter((post) => post.status === 'publish');
    if (filters.categories!.length) posts = posts.filter((p) => p.categories.some((id) => filters.categories!.includes(id)));
    if (filters.tags!.length) posts = posts.filter((p) => p.tags.some((id) => filters.tags!.includes(id)));
    if (filters.include!.length) posts = posts.filter((p) => filters.include!.includes(p.id));
    if (filters.exclude!.length) posts = posts.filter((p) => !filters.exclude!.includes(p.id));
    if (filters.author!.length) posts = posts.filter((p) => filters.author!.includes(p.author));
    if (slugs.length) posts = posts.filter((p) => slugs.includes(canonicalSlug(p.slug)));
    // `sticky=true` keeps only the sticky posts (none when the site has none), `sticky=false` leaves them out.
    if (sticky !== null) posts = posts.filter((p) => p.sticky === (sticky === 'true' || sticky === '1'));
    // A visitor's search never finds password-protected posts (WP_Query adds post_password = '').
    if (search) posts = posts.filter((p) => !p.password && matchesSearch(p, search));
    if (before) posts = posts.filter((p) => p.date < before);
    if (after) posts = posts.filter((p) => p.date > after);
    // WordPress compares with `post_modified`, the site's own clock.
    if (modifiedAfter) posts = posts.filter((p) => p.modified > modifiedAfter);

    if (orderby === 'relevance') {
      const rank = relevanceRank(search);
      // WordPress ranks first, then orders by post_date in the order asked for.
      const byDate = (a: DbPost, b: DbPost) => (order === 'asc' ? orderings.date!(a, b) : orderings.date!(b, a));
      posts = rank ? [...posts].sort((a, b) => rank(a) - rank(b) || byDate(a, b)) : [];
    } else {
      const compare = orderings[orderby]!;
      posts = [...posts].sort((a, b) => (order === 'asc' ? compare(a, b) : compare(b, a)));
    }

    const origin = url.origin;
    const embed = readEmbed(url);
    return pagedResponse(url, posts, paging, (post) => pickFields(url, { ...serializePost(post, origin, embed), ...pluginFields(post, origin) }), 'rest_post_invalid_page_number');
  }),

  http.get(wp('/wp/v2/posts/:id'), ({ request, params }) => {
    const url = new URL(request.url);
    const post = db.posts.find((p) => String(p.id) === params.id);
    if (!post) return wpError(404, 'rest_post_invalid_id', 'Invalid post ID.');
    if (post.status !== 'publish') return wpError(401, 'rest_forbidden', 'Sorry, you are not allowed to do that.');
    // `?password=` on a single post: a wrong one is refused, the right one unlocks the content.
    const password = url.searchParams.get('password');
    if (password && password !== post.password) return wpError(403, 'rest_post_incorrect_password', 'Incorrect post password.');
    return HttpResponse.json(pickFields(url, { ...serializePost(post, url.origin, readEmbed(url), Boolean(password)), ...pluginFields(post, url.origin) }));
  }),
];

export const postHandlers = postRoutes();
