/**
 * The build's side of the reader: renders a URL to HTML in Node with the
 * same routes, loaders and views the browser runs, and hands back the data it
 * was rendered from, for the page to hydrate with.
 */
import { dehydrate, type DehydratedState, type Query, type QueryClient } from '@tanstack/react-query';
import { JSDOM } from 'jsdom';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider, type StaticHandlerContext } from 'react-router-dom';
import { App } from '@/app/app';
import { serializeState, type PrerenderedState } from '@/app/prerendered-state';
import { pageDataQueries, type PageDataQuery } from '@/lib/page-data';
import { createQueryClient } from '@/app/query-client';
import { createRoutes, routeModules } from '@/app/routes';
import { isApiError } from '@/lib/api-error';
import { prepareLocale } from '@/lib/i18n/locale-queries';
import type { SiteLocale } from '@/lib/i18n/locales';
import type { FormatMemo } from '@/lib/i18n/format-memo';
import { siteConfigQuery } from '@/lib/site-config';
import { postQueries } from '@/features/articles/api/posts';
import { feedXml } from '@/features/seo/feed';
import { siteDescription } from '@/features/seo/head-model';
import { createSiteContext } from '@/features/seo/site-context';
import { siteUrl } from '@/lib/config';
import { provideServerDom, type DomWindow } from '@/lib/dom';
import type { Paged } from '@/lib/wordpress';
import type { PrerenderContext } from '@/routes/loaders';

export { serializeState };
export { readSnapshot, type Snapshot } from '@/prerender/snapshot';
export { requestCount, requestsInFlight } from '@/prerender/bulk-read';
export { createBuildFetch, menuRoutes } from '@/prerender/build-fetch';
export { siteIndex } from '@/prerender/site-index';
export { collisionWarning } from '@/prerender/page-collisions';
export { robotsTxt, sitemapEntries, sitemapFiles } from '@/features/seo/sitemap';
export { feedFilePath } from '@/features/seo/head-model';
export { siteUrl, usesMockApi, apiRoot } from '@/lib/config';
export { pageDataFormat } from '@/lib/page-data';
export { liveRefresh } from '@/lib/static-build';
export { mockSessionKeys } from '@/mocks/active-scenario';

provideServerDom(new JSDOM('').window as unknown as DomWindow);

export type RenderResult =
  | { kind: 'redirect'; location: string; status: number }
  | {
      kind: 'page';
      status: number;
      /** The app's markup, and the head elements React hoisted ahead of it. */
      html: string;
      state: PrerenderedState;
      /** What the page's data file holds: every answer the view read from WordPress. */
      queries: PageDataQuery[];
      /** Source modules of the views on the page, to preload. */
      modules: string[];
      /** How many pages the list on this page has, when it shows one. */
      listPages: number | null;
      /** The site's language: `<html lang dir>` of the page. */
      locale: SiteLocale;
      /** Data the page needed and could not get. */
      failures: string[];
      /** What loadedPageData(path) gives for this page, or null when rendering read more than the loaders. */
      loadedData: string | null;
    };

/** The built-in mock WordPress, answering the build's requests in Node. */
export async function startMockWordPress(): Promise<() => void> {
  const { server } = await import('@/mocks/node');
  server.listen({ onUnhandledRequest: 'bypass' });
  return () => server.close();
}

/** A refusal to show something (a password-protected post's comments) is the site's choice, not a failed build. */
function failed(query: Query): string | null {
  const { error } = query.state;
  if (query.state.status !== 'error') return null;
  if (isApiError(error) && (error.status === 401 || error.status === 403)) return null;
  return `${JSON.stringify(query.queryKey)}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * The moment of the build is not part of a page: the browser counts the data as fresh when it
 * hydrates (main.tsx), and a page rebuilt from the same data must come out the same, byte for byte.
 */
function withoutTimes(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({ ...query, dehydratedAt: 0, state: { ...query.state, dataUpdatedAt: 0, errorUpdatedAt: 0 } })),
  };
}

/** A page's data, its loaders run (waiting for everything the view will show), nothing rendered yet. */
async function loadPage(path: string) {
  const queryClient = createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  // One render, one moment: nothing fetched for this page goes stale while it renders.
  queryClient.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, staleTime: Infinity } });
  const routes = createRoutes(queryClient);
  const locale = await prepareLocale(queryClient);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(path, siteUrl)), { requestContext: { waitForData: true } satisfies PrerenderContext });
  return { queryClient, locale, handler, context };
}

function stateOf(path: string, queryClient: QueryClient, context: StaticHandlerContext): PrerenderedState {
  return {
    path,
    queries: withoutTimes(dehydrate(queryClient)),
    router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
  };
}

/**
 * Everything a page would be rendered from now, as text, without rendering it:
 * the build keeps a page whose data is what it was (scripts/prerender.mjs). Null for a redirect.
 */
export async function loadedPageData(path: string): Promise<string | null> {
  const { queryClient, context } = await loadPage(path);
  const data = context instanceof Response ? null : serializeState(stateOf(path, queryClient, context));
  queryClient.clear();
  return data;
}

export async function renderPage(path: string, attempt = 1): Promise<RenderResult> {
  const { queryClient, locale, handler, context } = await loadPage(path);
  if (context instanceof Response) {
    return { kind: 'redirect', location: context.headers.get('Location') ?? '/', status: context.status };
  }
  const loaded = serializeState(stateOf(path, queryClient, context));
  const router = createStaticRouter(handler.dataRoutes, context);
  const formats: FormatMemo = new Map();
  const { prelude } = await prerender(
    <App queryClient={queryClient} formats={formats}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </App>,
    // Every boundary inline and in order: React would otherwise move large ones out of line with inline scripts.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude as ReadableStream<Uint8Array>).text();
  // A view whose code was still loading renders out of order, with inline scripts to put it in
  // place; the page must not depend on them (no JavaScript, strict CSP). Once loaded, it renders in order.
  if (html.includes('<script>')) {
    if (attempt < 2) return renderPage(path, attempt + 1);
    throw new Error(`${path} still renders out of order after its views were loaded.`);
  }
  const queries = queryClient.getQueryCache().getAll();
  const list = queries.find((query) => query.queryKey[0] === 'posts' && query.queryKey[1] === 'list' && query.state.status === 'success');
  const pageQueries = pageDataQueries(queryClient);
  const state = stateOf(path, queryClient, context);
  queryClient.clear();
  // Not part of loadedData: the data decides whether a page changed; these follow from it.
  const withFormats: PrerenderedState = { ...state, formats: Object.fromEntries(formats) };
  return {
    kind: 'page',
    status: context.statusCode,
    locale,
    html,
    state: withFormats,
    queries: pageQueries,
    modules: context.matches.map((match) => routeModules[match.route.id]).filter((module): module is string => Boolean(module)),
    listPages: list ? (list.state.data as Paged<unknown>).totalPages : null,
    failures: queries.map(failed).filter((failure): failure is string => failure !== null),
    // Only when rendering asked for nothing the loaders had not: then the loaders' data alone tells whether the page changed.
    loadedData: serializeState(state) === loaded ? loaded : null,
  };
}

/** The feed of the latest articles (the home page's first page of the list), as the build writes it. */
export async function siteFeedXml(): Promise<string> {
  const queryClient = createQueryClient();
  const [config, latest] = await Promise.all([queryClient.fetchQuery(siteConfigQuery), queryClient.fetchQuery(postQueries.list({ page: 1 }))]);
  queryClient.clear();
  // A locked article's excerpt is withheld by WordPress; its feed item says only its title.
  return feedXml(latest.items, createSiteContext(config.siteName), siteDescription);
}
