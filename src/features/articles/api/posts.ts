import * as v from 'valibot';
import { queryOptions } from '@tanstack/react-query';
import { requestJson, readPagination } from '@/lib/http';
import { canonicalSlug, wpUrl, type Paged } from '@/lib/wordpress';
import type { Article } from './post-schema';
import { readPosts } from './read-posts';

export { postSchema, toArticle } from './post-schema';
export type { Article, FeaturedImage, Term, WpPost } from './post-schema';

export interface PostListParams {
  page?: number;
  perPage?: number;
  search?: string;
  categories?: number[];
  tags?: number[];
  exclude?: number[];
  slug?: string;
  orderby?: 'date' | 'relevance' | 'title' | 'modified';
  order?: 'asc' | 'desc';
  before?: string;
  after?: string;
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
      orderby: params.orderby,
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

export interface ArticleListFilter {
  page: number;
  search?: string;
  category?: number;
  tag?: number;
}

export const postQueries = {
  all: () => ['posts'] as const,
  lists: () => [...postQueries.all(), 'list'] as const,
  list: (filter: ArticleListFilter) =>
    queryOptions({
      queryKey: [...postQueries.lists(), filter] as const,
      queryFn: ({ signal }) =>
        fetchPosts(
          {
            page: filter.page,
            search: filter.search,
            categories: filter.category ? [filter.category] : undefined,
            tags: filter.tag ? [filter.tag] : undefined,
          },
          signal,
        ),
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...postQueries.all(), 'detail', canonicalSlug(slug)] as const,
      queryFn: ({ signal }) => fetchPostBySlug(canonicalSlug(slug), signal),
    }),
  adjacent: (date: string) =>
    queryOptions({
      queryKey: [...postQueries.all(), 'adjacent', date] as const,
      queryFn: async ({ signal }) => {
        const [previous, next] = await Promise.all([
          fetchAdjacentPost(date, 'previous', signal),
          fetchAdjacentPost(date, 'next', signal),
        ]);
        return { previous, next };
      },
    }),
  /** The article's first category's other articles; the key names that category, as an edit may change it. */
  related: (article: Pick<Article, 'id' | 'categories'>) => {
    const categoryId = article.categories[0]?.id ?? null;
    return queryOptions({
      queryKey: [...postQueries.all(), 'related', article.id, categoryId] as const,
      queryFn: async ({ signal }) => {
        if (categoryId === null) return [];
        // Two spare, so the three shown can leave out the previous and next articles.
        const { items } = await fetchPosts({ categories: [categoryId], exclude: [article.id], perPage: 5 }, signal);
        return items;
      },
    });
  },
};
