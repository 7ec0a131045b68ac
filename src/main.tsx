import { hydrate } from '@tanstack/react-query';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router-dom';
import { App } from './app/app';
import { samePath, stateElementId, type PrerenderedState } from './app/prerendered-state';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { reportMockFailure } from './lib/mock-status';
import { siteConfigQuery } from './lib/site-config';
import { canonicalListPath } from './routes/page-param';
import './app/styles/global.css';

/** Only a build without a real API loads the mock; with VITE_WP_API_URL set this is dropped from the bundle. */
async function startMock() {
  const [{ startMockWorker }, { ScenarioBadge }] = await Promise.all([import('./mocks/browser'), import('./mocks/scenario-badge')]);
  const scenario = await startMockWorker();
  const host = document.createElement('div');
  document.body.append(host);
  createRoot(host).render(<ScenarioBadge scenario={scenario} />);
}

/** The data the page was prerendered from, when it was prerendered for this very path. */
function readPrerenderedState(): PrerenderedState | null {
  const text = document.getElementById(stateElementId)?.textContent;
  if (!text) return null;
  try {
    const state = JSON.parse(text) as PrerenderedState;
    return samePath(state.path, window.location.pathname) ? state : null;
  } catch {
    return null;
  }
}

/** Hydration must render what the build rendered, so the views of the first URL are loaded before it starts. */
async function loadFirstViews(routes: RouteObject[]) {
  const matches = matchRoutes(routes, window.location, import.meta.env.BASE_URL) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const view = await route.lazy();
      Object.assign(route, { ...view, lazy: undefined });
    }),
  );
}

async function start() {
  // An old `?page=2` link: the prerendered page 2 lives at /page/2/.
  const canonical = canonicalListPath(new URL(window.location.href));
  if (canonical) {
    window.location.replace(canonical);
    return;
  }
  // Written out (not `usesMockApi`) so the bundler sees a constant and drops the mock from real-API builds.
  if (!import.meta.env.VITE_WP_API_URL?.trim()) {
    try {
      await startMock();
    } catch (error) {
      // Without a service worker (an insecure origin, a private window that forbids it) the reader still starts and explains the failure per view.
      console.error('The built-in mock WordPress could not start.', error);
      reportMockFailure(error);
    }
  }
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const state = readPrerenderedState();
  if (state) {
    hydrate(queryClient, state.queries);
    await loadFirstViews(routes);
    const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL, hydrationData: state.router });
    hydrateRoot(
      container,
      <App queryClient={queryClient}>
        <RouterProvider router={router} />
      </App>,
    );
    // The build baked in the site configuration it had; a deployment may have replaced
    // site-config.json since (the README promises it needs no rebuild), so read it again.
    void queryClient.refetchQueries({ queryKey: siteConfigQuery.queryKey });
  } else {
    // The shell (200.html) or a page served for another path: render from scratch.
    const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL });
    createRoot(container).render(
      <App queryClient={queryClient}>
        <RouterProvider router={router} />
      </App>,
    );
  }
}

void start();
