import { queryOptions } from '@tanstack/react-query';
import { canonicalSlug } from '@/lib/wordpress';
import type { Paged } from '@/lib/wordpress';
import type { Article } from './post-schema';

export type { Article, FeaturedImage, Term, WpPost } from './post-schema';

/** The fetching code, loaded the first time a query runs: not on a prerendered page's path to its first paint. */
const fetching = () => import('./posts-fetch');

export interface ArticleListFilter {
  page: number;
  /** The home list: sticky posts first on page 1, never again after (posts-fetch.ts, fetchHomePage). */
  home?: boolean;
  search?: string;
  category?: number;
  tag?: number;
}

/** A page of a list; the first `featured` items are sticky posts the home list shows first. */
export interface ArticleListPage extends Paged<Article> {
  featured: number;
}

export const postQueries = {
  all: () => ['posts'] as const,
  lists: () => [...postQueries.all(), 'list'] as const,
  list: (filter: ArticleListFilter) =>
    queryOptions({
      queryKey: [...postQueries.lists(), filter] as const,
      queryFn: async ({ signal }): Promise<ArticleListPage> => {
        const { fetchHomePage, fetchPosts } = await fetching();
        if (filter.home) return fetchHomePage(filter.page, signal);
        const params = {
          page: filter.page,
          search: filter.search,
          categories: filter.category ? [filter.category] : undefined,
          tags: filter.tag ? [filter.tag] : undefined,
        };
        return { ...(await fetchPosts(params, signal)), featured: 0 };
      },
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...postQueries.all(), 'detail', canonicalSlug(slug)] as const,
      queryFn: async ({ signal }) => (await fetching()).fetchPostBySlug(canonicalSlug(slug), signal),
    }),
  adjacent: (date: string) =>
    queryOptions({
      queryKey: [...postQueries.all(), 'adjacent', date] as const,
      queryFn: async ({ signal }) => {
        const { fetchAdjacentPost } = await fetching();
        const [previous, next] = await Promise.all([
          fetchAdjacentPost(date, 'previous', signal),
          fetchAdjacentPost(date, 'next', signal),
        ]);
        return { previous, next };
      },
    }),
  /**
   * Other articles of the article's first category: those published just before it, the ones its
   * reader most likely missed, or for the category's first articles those just after. Its
   * neighbours, not the category's newest: each article offers different ones, and an edit or a new
   * post changes the related articles of a handful of pages, not of the whole category, so an
   * incremental build renders a handful again (README, "Rebuild only what changed").
   * The key names the category, as an edit may change it.
   */
  related: (article: Pick<Article, 'id' | 'categories' | 'date'>) => {
    const categoryId = article.categories[0]?.id ?? null;
    return queryOptions({
      queryKey: [...postQueries.all(), 'related', article.id, categoryId, article.date] as const,
      queryFn: async ({ signal }) => {
        if (categoryId === null) return [];
        const { fetchPosts } = await fetching();
        // Two spare, so the three shown can leave out the previous and next articles.
        const wanted = 5;
        const neighbours = { categories: [categoryId], exclude: [article.id], orderby: 'date' as const, perPage: wanted };
        const { items: earlier } = await fetchPosts({ ...neighbours, before: article.date, order: 'desc' }, signal);
        if (earlier.length === wanted) return earlier;
        const { items: later } = await fetchPosts({ ...neighbours, after: article.date, order: 'asc', perPage: wanted - earlier.length }, signal);
        return [...earlier, ...later];
      },
    });
  },
};
