import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router-dom';
import { articleLoader, latestLoader, searchLoader, siteLoader, sitePageLoader, termArchiveLoader } from '@/routes/loaders';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './layout/route-error';
import { StartingUp } from './layout/starting-up';

const latest = () => import('@/routes/latest');
const category = () => import('@/routes/category');
const tag = () => import('@/routes/tag');
export const loadArticleRoute = () => import('@/routes/article');

/**
 * The reader's URLs, as WordPress makes them. Loaders live here so data starts
 * with the navigation; only each view's code is loaded lazily, in parallel.
 * Route ids name the view module, so the prerender can preload its code.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const categoryLoader = termArchiveLoader('categories')(queryClient);
  const tagLoader = termArchiveLoader('tags')(queryClient);
  return [
    {
      id: 'root',
      path: '/',
      element: <RootLayout />,
      hydrateFallbackElement: <StartingUp />,
      loader: siteLoader(queryClient),
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { id: 'latest', index: true, loader: latestLoader(queryClient), lazy: latest },
            { id: 'latest-page', path: 'page/:page', loader: latestLoader(queryClient), lazy: latest },
            { id: 'article', path: 'news/:slug', loader: articleLoader(queryClient), lazy: loadArticleRoute },
            // A part of a post split with <!--nextpage-->, at /news/<slug>/2 as WordPress serves /<slug>/2/.
            { id: 'article-part', path: 'news/:slug/:part', loader: articleLoader(queryClient), lazy: loadArticleRoute },
            { id: 'category', path: 'category/:slug', loader: categoryLoader, lazy: category },
            { id: 'category-page', path: 'category/:slug/page/:page', loader: categoryLoader, lazy: category },
            { id: 'tag', path: 'tag/:slug', loader: tagLoader, lazy: tag },
            { id: 'tag-page', path: 'tag/:slug/page/:page', loader: tagLoader, lazy: tag },
            { id: 'search', path: 'search', loader: searchLoader(queryClient), lazy: () => import('@/routes/search') },
            // Every other address: the WordPress page whose link it is, else not found (README, "WordPress pages").
            { id: 'page', path: '*', loader: sitePageLoader(queryClient), lazy: () => import('@/routes/site-page') },
          ],
        },
      ],
    },
  ];
}

/** The routes whose pages the build prerenders, each with a data file beside it (search has none, nor an unknown address). */
export const prerenderedRouteIds: ReadonlySet<string> = new Set(['latest', 'latest-page', 'article', 'category', 'category-page', 'tag', 'tag-page', 'page', 'article-part']);

/** The view module behind each route id, as the build's manifest names it. */
export const routeModules: Record<string, string> = {
  latest: 'src/routes/latest.tsx',
  'latest-page': 'src/routes/latest.tsx',
  article: 'src/routes/article.tsx',
  'article-part': 'src/routes/article.tsx',
  category: 'src/routes/category.tsx',
  'category-page': 'src/routes/category.tsx',
  tag: 'src/routes/tag.tsx',
  'tag-page': 'src/routes/tag.tsx',
  search: 'src/routes/search.tsx',
  page: 'src/routes/site-page.tsx',
};
