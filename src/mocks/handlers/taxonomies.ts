import { http, HttpResponse } from 'msw';
import { db, type DbTerm } from '../db';
import { serializeTerm } from './serializers';
import { wp } from './paths';
import { intListParam, invalidParam, listParam, pagedResponse, pickFields, readPageRequest, wpError } from './wp-response';

function termRoutes(route: 'categories' | 'tags', taxonomy: 'category' | 'post_tag', terms: () => DbTerm[]) {
  return [
    http.get(wp(`/wp/v2/${route}`), ({ request }) => {
      const url = new URL(request.url);
      const paging = readPageRequest(url);
      if ('error' in paging) return paging.error;
      const include = intListParam(url, 'include');
      const exclude = intListParam(url, 'exclude');
      const postIds = intListParam(url, 'post');
      if (include === 'invalid') return invalidParam('include', 'include[0] is not of type integer.');
      if (exclude === 'invalid') return invalidParam('exclude', 'exclude[0] is not of type integer.');
      if (postIds === 'invalid') return invalidParam('post', 'post is not of type integer.');
      const slugs = listParam(url, 'slug');
      const search = url.searchParams.get('search')?.toLowerCase().trim();
      const hideEmpty = ['1', 'true'].includes(url.searchParams.get('hide_empty') ?? '');
      const orderby = url.searchParams.get('orderby') ?? 'name';
      const order = url.searchParams.get('order') ?? 'asc';
      const origin = url.origin;

      let items = terms().map((term) => serializeTerm(term, taxonomy, origin));
      if (include.length) items = items.filter((t) => include.includes(t.id));
      if (exclude.length) items = items.filter((t) => !exclude.includes(t.id));
      if (slugs.length) items = items.filter((t) => slugs.includes(t.slug));
      if (search) items = items.filter((t) => t.name.toLowerCase().includes(search) || t.slug.includes(search));
      if (hideEmpty) items = items.filter((t) => t.count > 0);
      if (postIds.length) {
        const posts = db.posts.filter((p) => postIds.includes(p.id));
        items = items.filter((t) => posts.some((p) => (taxonomy === 'category' ? p.categories : p.tags).includes(t.id)));
      }
      const compare: Record<string, (a: (typeof items)[number], b: (typeof items)[number]) => number> = {
        name: (a, b) => a.name.localeCompare(b.name),
        slug: (a, b) => a.slug.localeCompare(b.slug),
        count: (a, b) => a.count - b.count,
        id: (a, b) => a.id - b.id,
      };
      const sort = compare[orderby];
      if (!sort) return invalidParam('orderby', 'orderby is not one of id, include, name, slug, include_slugs, term_group, description, and count.');
      items.sort((a, b) => (order === 'desc' ? sort(b, a) : sort(a, b)));
      return pagedResponse(url, items, paging, (t) => pickFields(url, t), 'rest_term_invalid_page_number');
    }),
    http.get(wp(`/wp/v2/${route}/:id`), ({ request, params }) => {
      const url = new URL(request.url);
      const term = terms().find((t) => String(t.id) === params.id);
      if (!term) return wpError(404, 'rest_term_invalid', 'Term does not exist.');
      return HttpResponse.json(pickFields(url, serializeTerm(term, taxonomy, url.origin)));
    }),
  ];
}

export const taxonomyHandlers = [
  ...termRoutes('categories', 'category', () => db.categories),
  ...termRoutes('tags', 'post_tag', () => db.tags),
];
