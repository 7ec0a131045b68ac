import * as v from 'valibot';
import { requestJson, readPagination } from '@/lib/http';
import { maxPerPage, wpUrl, type Paged } from '@/lib/wordpress';
import { ranksByRelevance } from '@/lib/wordpress-search';
import type { Article } from './post-schema';
import { readPosts } from './read-posts';

/**
 * Reading posts from WordPress: requests, validation and shaping. Loaded when
 * a query first needs it (posts.ts), so a prerendered page paints and
 * hydrates without this code and valibot.
 */

export interface PostListParams {
  page?: number;
  perPage?: number;
  search?: string;
  categories?: number[];
  tags?: number[];
  exclude?: number[];
  slug?: string;
  /** Only the sticky posts (true) or all but them (false). */
  sticky?: boolean;
  orderby?: 'date' | 'relevance' | 'title' | 'modified';
  order?: 'asc' | 'desc';
  before?: string;
  after?: string;
}

/**
 * A search is ordered by relevance, as WordPress's own search page orders it
 * (WP_Query ranks when no orderby is given; the REST API's default is the date),
 * except where WordPress cannot rank it and would answer an empty list or an error.
 */
function searchOrder(search: string | undefined): PostListParams['orderby'] {
  return search && ranksByRelevance(search) ? 'relevance' : undefined;
}

export async function fetchPosts(params: PostListParams, signal?: AbortSignal): Promise<Paged<Article>> {
  const perPage = params.perPage ?? 10;
  const { data, headers } = await requestJson(wpUrl('/posts'), {
    // Each post is checked on its own (post-schema.ts), so one bad post cannot hide the others.
    schema: v.array(v.unknown()),
    signal,
    query: {
      page: params.page,
      per_page: perPage,
      search: params.search,
      categories: params.categories,
      tags: params.tags,
      exclude: params.exclude,
      slug: params.slug,
      sticky: params.sticky,
      orderby: params.orderby ?? searchOrder(params.search),
      order: params.order,
      before: params.before,
      after: params.after,
      _embed: 'author,wp:featuredmedia,wp:term',
    },
  });
  const { total, totalPages, known } = readPagination(headers);
  const hasMore = known ? (params.page ?? 1) < totalPages : data.length === perPage;
  return { items: readPosts(data), total, totalPages, hasMore };
}

/** WordPress has no single-post-by-slug route: a slug filter returns zero or one post. */
export async function fetchPostBySlug(slug: string, signal?: AbortSignal): Promise<Article | null> {
  const { items } = await fetchPosts({ slug, perPage: 1 }, signal);
  return items[0] ?? null;
}

/** The post published just before or after `date`, for previous/next links. */
export async function fetchAdjacentPost(date: string, direction: 'previous' | 'next', signal?: AbortSignal) {
  const { items } =
    direction === 'previous'
      ? await fetchPosts({ before: date, perPage: 1, order: 'desc', orderby: 'date' }, signal)
      : await fetchPosts({ after: date, perPage: 1, order: 'asc', orderby: 'date' }, signal);
  return items[0] ?? null;
}


/** A page of the home list: WordPress's front page shows the sticky posts first on page 1. */
export interface HomePage extends Paged<Article> {
  /** How many of `items`, from the start, are sticky posts shown first. */
  featured: number;
}

/**
 * As a theme's home page: page 1 starts with every sticky post, then the
 * others newest first; the sticky ones never come again further down or on a
 * later page, so the pages are those of the others. The total counts both.
 */
export async function fetchHomePage(page: number, signal?: AbortSignal): Promise<HomePage> {
  const [sticky, rest] = await Promise.all([
    // Later pages need only how many there are.
    fetchStickyPosts(page === 1, signal),
    fetchPosts({ page, sticky: false }, signal),
  ]);
  const featured = page === 1 ? sticky.items : [];
  return { ...rest, items: [...featured, ...rest.items], total: rest.total + sticky.total, featured: featured.length };
}

async function fetchStickyPosts(wholePosts: boolean, signal?: AbortSignal): Promise<Paged<Article>> {
  if (wholePosts) return fetchPosts({ sticky: true, perPage: maxPerPage }, signal);
  const { headers } = await requestJson(wpUrl('/posts'), { schema: v.array(v.unknown()), signal, query: { sticky: true, per_page: 1, _fields: 'id' } });
  const { total } = readPagination(headers);
  return { items: [], total, totalPages: 0, hasMore: false };
}
