import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router-dom';
import { RootLayout } from './layout/root-layout';
import { RouteError } from './layout/route-error';
import { StartingUp } from './layout/starting-up';

interface RouteModule {
  Component: ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
}

/** A code-split route whose loader gets the query client. */
function lazyRoute(load: () => Promise<RouteModule>, queryClient: QueryClient) {
  return async () => {
    const module = await load();
    return { Component: module.Component, loader: module.loader?.(queryClient) };
  };
}

export const loadArticleRoute = () => import('@/routes/article');

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/',
      element: <RootLayout />,
      hydrateFallbackElement: <StartingUp />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, lazy: lazyRoute(() => import('@/routes/latest'), queryClient) },
            { path: 'news/:slug', lazy: lazyRoute(loadArticleRoute, queryClient) },
            { path: 'category/:slug', lazy: lazyRoute(() => import('@/routes/category'), queryClient) },
            { path: 'tag/:slug', lazy: lazyRoute(() => import('@/routes/tag'), queryClient) },
            { path: 'search', lazy: lazyRoute(() => import('@/routes/search'), queryClient) },
            { path: '*', lazy: lazyRoute(() => import('@/routes/not-found'), queryClient) },
          ],
        },
      ],
    },
  ];
}
