import type { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router-dom';
import { fetchPageData, seedPageData } from '@/lib/page-data';
import { runningBuild } from '@/lib/static-build';
import { whenIdle } from '@/lib/when-idle';
import { preloadPath, setPreloader } from '@/lib/preload';
import { prerenderedRouteIds } from './routes';

/**
 * Makes a link's view ready before it is followed: the view's code, and the
 * data file the build wrote for it (never WordPress), put in the cache where
 * the view will look. Hover, focus and a touch start it for any link on the
 * page; article cards fetch their data file as they come near the viewport.
 */
function whenLoadedAndIdle(callback: () => void): void {
  const idle = () => void whenIdle(callback, { timeout: 3000, fallbackMs: 200 });
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

export function installLinkPreloading(routes: RouteObject[], queryClient: QueryClient): () => void {
  setPreloader((path, depth) => {
    const matches = matchRoutes(routes, path) ?? [];
    for (const { route } of depth === 'all' ? matches : []) {
      // Loads the module the router will ask for; the browser keeps it, so the router's own import is instant.
      if (typeof route.lazy === 'function') void Promise.resolve(route.lazy()).catch(() => undefined);
    }
    if (!runningBuild() || !matches.some(({ route }) => route.id && prerenderedRouteIds.has(route.id))) return;
    const read = () =>
      void fetchPageData(path).then((data) => {
        if (data && data.code === runningBuild()) seedPageData(queryClient, data);
      });
    // A card merely near the viewport waits until the page has loaded and the browser is idle: its
    // pictures come first. A reader's intent is served at once.
    if (depth === 'all') read();
    else whenLoadedAndIdle(read);
  });

  const onIntent = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
    preloadPath(url.pathname);
  };
  const events = ['pointerover', 'focusin', 'touchstart'] as const;
  for (const type of events) document.addEventListener(type, onIntent, { passive: true });
  return () => {
    for (const type of events) document.removeEventListener(type, onIntent);
    setPreloader(null);
  };
}
