import { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router-dom';
import { createRoutes } from '@/app/routes';

/**
 * A WordPress page whose address the reader's own routes also claim. The
 * reader's route wins (its address keeps meaning what the reader's links and
 * old shared links mean); the page is served wherever no reader route
 * matches. The build names each such page, so the site's editors can move it.
 */
export interface PageCollision {
  title: string;
  path: string;
  /** The reader route's pattern: `/news/:slug`, `/search`. */
  route: string;
  /** True when the reader's route takes the page's own address; false when only the page's first segment is the route's. */
  hidden: boolean;
}

const pageRouteId = 'page';

/** The reader's own routes, each with its full pattern (`/news/:slug`). */
function readerRoutes(routes: readonly RouteObject[], base = ''): { id: string; pattern: string }[] {
  return routes.flatMap((route) => {
    const pattern = route.path ? `${base.replace(/\/$/, '')}/${route.path.replace(/^\//, '')}` : base;
    const own = route.id && route.path && route.id !== pageRouteId ? [{ id: route.id, pattern }] : [];
    return [...own, ...readerRoutes(route.children ?? [], pattern)];
  });
}

export function pageCollisions(pages: readonly { title: string; path: string }[]): PageCollision[] {
  const routes = createRoutes(new QueryClient());
  const reader = readerRoutes(routes).filter((route) => route.pattern !== '/');
  return pages.flatMap((page): PageCollision[] => {
    const leaf = matchRoutes(routes, page.path)?.at(-1)?.route;
    const taking = reader.find((route) => route.id === leaf?.id);
    if (taking) return [{ ...page, route: taking.pattern, hidden: true }];
    const first = page.path.split('/').filter(Boolean)[0];
    const sharing = reader.find((route) => route.pattern.split('/').filter(Boolean)[0] === first);
    return sharing ? [{ ...page, route: sharing.pattern, hidden: false }] : [];
  });
}

/** What the build prints for a collision. */
export function collisionWarning(collision: PageCollision): string {
  const page = `WordPress page “${collision.title}” (${decodeURI(collision.path)}/)`;
  return collision.hidden
    ? `${page} is not served: the reader's route ${collision.route} has that address. Give the page another slug in WordPress.`
    : `${page} is served, but its address begins like the reader's route ${collision.route}: pages under it that match that route are not served.`;
}
