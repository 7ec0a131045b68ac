import { hydrate } from '@tanstack/react-query';
import { startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router-dom';
import { App } from './app/app';
import { parsePrerenderedState, stateElementId, type PrerenderedState } from './app/prerendered-state';
import { createQueryClient } from './app/query-client';
import { formatMemoFrom } from './lib/i18n/format-memo';
import { createRoutes } from './app/routes';
import { prepareLocale } from './lib/i18n/locale-queries';
import { holdRequestsUntil, reportMockFailure } from './lib/mock-status';
import { installLinkPreloading } from './app/link-preload';
import { checkBuild, markNotPrerendered } from './lib/page-data';
import { liveRefresh, setRunningBuild } from './lib/static-build';
import { siteConfigQuery } from './lib/site-config';
import { installDefaultPolicy } from './lib/trusted-types';
import { replayTypedText } from './lib/typed-before-start';
import { canonicalListPath } from './routes/page-param';
import onlineWorkerUrl from './features/contact/online-worker?worker&url';
import './app/styles/global.css';

/** Only a build without a real API loads the mock; with VITE_WP_API_URL set this is dropped from the bundle. */
async function startMock() {
  const [{ startMockWorker }, { ScenarioBadge }] = await Promise.all([import('./mocks/browser'), import('./mocks/scenario-badge')]);
  const scenario = await startMockWorker();
  const host = document.createElement('div');
  document.body.prepend(host);
  createRoot(host).render(<ScenarioBadge scenario={scenario} />);
}

/**
 * Says once that the page is live, after the commit that hydrated (or first rendered) it, and after
 * what the reader typed meanwhile has reached the state: public/boot.js then performs a tap it held,
 * and browser tests wait for this as for any state the page shows.
 * A wrapper of one child, so that no `useId` changes between the prerendered page and this one.
 */
function Live({ children }: { children: ReactNode }) {
  useEffect(() => {
    replayTypedText();
    // A task later, once React has rendered what was typed: a held tap on a form's button sends it.
    setTimeout(() => {
      document.documentElement.dataset.reader = 'live';
      window.dispatchEvent(new Event('reader-live'));
    }, 0);
  }, []);
  return children;
}

/**
 * The data the page was prerendered from, when it was prerendered for this very path: in the page,
 * or read by public/boot.js from the file the page names (`<meta name="reader-state">`).
 */
function readPrerenderedState(): PrerenderedState | null {
  const file = document.querySelector<HTMLMetaElement>('meta[name="reader-state"]')?.content;
  if (file) return parsePrerenderedState(window.readerPageState, window.location.pathname, new URL(file, window.location.href).searchParams.get('v') ?? '');
  return parsePrerenderedState(document.getElementById(stateElementId)?.textContent, window.location.pathname, null);
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

/** Prerendered data counts as fresh while the page hydrates, so nothing is fetched before it can respond. */
function asOfNow(state: PrerenderedState['queries']): PrerenderedState['queries'] {
  const now = Date.now();
  return { ...state, queries: state.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: now } })) };
}

/**
 * Lets the browser paint the prerendered page before hydration takes the main
 * thread: on a slow phone the reader sees the article first, then it responds.
 */
function afterFirstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function start() {
  // An old `?page=2` link: the prerendered page 2 lives at /page/2/.
  const canonical = canonicalListPath(new URL(window.location.href));
  if (canonical) {
    window.location.replace(canonical);
    return;
  }
  // Written out (not `usesMockApi`) so the bundler sees a constant and drops the mock from real-API builds.
  const usesMock = !import.meta.env.VITE_WP_API_URL?.trim();
  // Before anything renders: the Trusted Types policy for strings React and MSW hand to sinks (README).
  installDefaultPolicy(window, [onlineWorkerUrl, ...(usesMock ? [`${import.meta.env.BASE_URL}mockServiceWorker.js`] : [])]);
  const mockReady = async () => {
    try {
      await startMock();
    } catch (error) {
      // Without a service worker (an insecure origin, a private window that forbids it) the reader still starts and explains the failure per view.
      console.error('The built-in mock WordPress could not start.', error);
      reportMockFailure(error);
    }
  };
  // The page hydrates at once; its requests wait for the mock's worker, which would otherwise miss them.
  const mock = usesMock ? mockReady() : undefined;
  if (mock) holdRequestsUntil(mock);
  // The build this page belongs to (none on the dev server): with it, views the build prerendered read its files.
  setRunningBuild(document.querySelector<HTMLMetaElement>('meta[name="reader-build"]')?.content || null);
  const container = document.getElementById('root');
  if (!container) throw new Error('The page has no #root element.');
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const state = readPrerenderedState();
  const app = (router: ReturnType<typeof createBrowserRouter>) => (
    <Live>
      <App queryClient={queryClient} formats={formatMemoFrom(state?.formats)}>
        <RouterProvider router={router} />
      </App>
    </Live>
  );
  if (state) {
    // The page as the build rendered it, made interactive; then its data refreshed in the background.
    hydrate(queryClient, asOfNow(state.queries));
    await Promise.all([loadFirstViews(routes), afterFirstPaint(), prepareLocale(queryClient)]);
    const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL, hydrationData: state.router });
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the main
    // thread for the whole page: a phone stays responsive, and a tap meanwhile hydrates its part first.
    startTransition(() => {
      hydrateRoot(container, app(router));
    });
    await mock;
    if (liveRefresh) {
      // VITE_LIVE_REFRESH: the page as built first, then WordPress's answers as of now.
      void queryClient.invalidateQueries();
    } else {
      // Static first: the page's data is the build's and stays so; only the site configuration,
      // a file of this host that may have been replaced since the build, is read again.
      void queryClient.invalidateQueries({ queryKey: siteConfigQuery.queryKey });
    }
    // The content version this tab started with, so its first navigation after a rebuild notices.
    void checkBuild().catch(() => undefined);
  } else {
    // The shell (200.html) or a page served for another path: render from scratch, from WordPress.
    markNotPrerendered(window.location.pathname);
    await mock;
    await prepareLocale(queryClient);
    createRoot(container).render(app(createBrowserRouter(routes, { basename: import.meta.env.BASE_URL })));
  }
  // Links make their views ready once the page has started.
  installLinkPreloading(routes, queryClient);
}

void start();
