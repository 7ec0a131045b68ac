import type { QueryClient } from '@tanstack/react-query';
import { redirect, redirectDocument, type LoaderFunctionArgs } from 'react-router-dom';
import { checkBuild, fetchPageData, seedPageData } from '@/lib/page-data';
import { newerBuildSeen, runningBuild } from '@/lib/static-build';
import { readPageNumber } from '@/lib/list-paths';
import { siteClockQuery } from '@/lib/site-clock';
import { siteConfigQuery } from '@/lib/site-config';
import { postQueries, type Article, type ArticleListFilter } from '@/features/articles/api/posts';
import { commentQueries } from '@/features/comments/api/comments';
import { termQueries, type Taxonomy } from '@/features/taxonomies/api/terms';
import { pageQueries } from '@/features/pages/api/site-pages';
import { siteMenuQuery } from '@/features/menu/api/site-menu';
import { canonicalListPath, readPageParam } from './page-param';

/**
 * Loaders are declared in the route table, apart from the lazily loaded views,
 * so a view's data starts with the navigation, in parallel with its code.
 * They only warm the query cache: in the browser the view shows its skeleton
 * at once and fills in, while the prerender (which passes `waitForData`)
 * waits for everything the view will show.
 */
export interface PrerenderContext {
  waitForData: true;
}

type Loader = (args: LoaderFunctionArgs) => Promise<null> | null;

function isPrerender(args: LoaderFunctionArgs): boolean {
  return Boolean((args.context as Partial<PrerenderContext> | undefined)?.waitForData);
}

function warm(args: LoaderFunctionArgs, work: Promise<unknown>): Promise<null> | null {
  // A failure here is shown by the view with its own retry; the loader only warms the cache.
  const done = work.then(
    () => null,
    () => null,
  );
  return isPrerender(args) ? done : null;
}

/**
 * Static first: in the browser, a view the build prerendered takes its data
 * from the file the build wrote beside its HTML, before anything asks
 * WordPress (README, "What reads WordPress"). A file written by other code
 * than this tab runs means the site was rebuilt: the tab reloads into the new
 * build at this address. The build manifest is read on the way, without
 * holding the view up: a rebuild it reports is acted on from the next navigation.
 */
async function readFromBuild(queryClient: QueryClient, args: LoaderFunctionArgs): Promise<void> {
  const url = new URL(args.request.url);
  const reload = () => redirectDocument(url.pathname + url.search + url.hash);
  if (newerBuildSeen()) throw reload();
  void checkBuild().catch(() => undefined);
  const data = await fetchPageData(url.pathname);
  if (!data) return;
  if (data.code !== runningBuild()) throw reload();
  seedPageData(queryClient, data);
}

/** A loader of a view the build prerenders: its data from the build first, then the cache warmed as before. */
function staticFirst(queryClient: QueryClient, loader: Loader): Loader {
  return (args) => {
    if (isPrerender(args) || !runningBuild()) return loader(args);
    return readFromBuild(queryClient, args).then(() => loader(args));
  };
}

function redirectToCanonical(request: Request): void {
  const target = canonicalListPath(new URL(request.url));
  if (target) throw redirect(target, 301);
}

/** The posts of a list whose comments a reader may count: a protected one's are refused until it is unlocked. */
export function countablePostIds(articles: readonly Article[]): number[] {
  return articles.filter((article) => !article.protected).map((article) => article.id);
}

function warmList(queryClient: QueryClient, filter: ArticleListFilter) {
  return queryClient.ensureQueryData(postQueries.list(filter)).then((list) => {
    const ids = countablePostIds(list.items);
    return ids.length > 0 ? queryClient.prefetchQuery(commentQueries.counts(ids)) : undefined;
  });
}

export const latestLoader = (queryClient: QueryClient): Loader =>
  staticFirst(queryClient, (args) => {
    redirectToCanonical(args.request);
    const page = readPageNumber(args.params.page);
    return warm(args, page ? warmList(queryClient, { page, home: true }) : Promise.resolve());
  });

export const termArchiveLoader = (taxonomy: Taxonomy) => (queryClient: QueryClient): Loader =>
  staticFirst(queryClient, (args) => {
    redirectToCanonical(args.request);
    const page = readPageNumber(args.params.page);
    const slug = args.params.slug ?? '';
    if (!page || !slug) return null;
    const work = queryClient.ensureQueryData(termQueries.bySlug(taxonomy, slug)).then((term) => {
      if (!term) return;
      return warmList(queryClient, taxonomy === 'categories' ? { page, category: term.id } : { page, tag: term.id });
    });
    return warm(args, work);
  });

export const articleLoader = (queryClient: QueryClient): Loader =>
  staticFirst(queryClient, (args) => {
    const slug = args.params.slug ?? '';
    // Part 1 of a post split into pages is the post's own address, as WordPress redirects /<slug>/1/.
    if (args.params.part === '1') throw redirect(`/news/${encodeURIComponent(slug)}`, 301);
    const work = queryClient.ensureQueryData(postQueries.detail(slug)).then((article) => {
      if (!article) return;
      return Promise.all([
        // A password-protected post's comments are refused until the reader unlocks it.
        article.protected ? undefined : queryClient.prefetchQuery(commentQueries.list(article.id)),
        // Its pingbacks and trackbacks: the build reads them with its credentials, the browser takes them from the build's data.
        article.protected ? undefined : queryClient.prefetchQuery(commentQueries.pings(article.id)),
        queryClient.prefetchQuery(postQueries.adjacent(article.date)),
        queryClient.prefetchQuery(postQueries.related(article)),
      ]);
    });
    return warm(args, work);
  });

/** A WordPress page at this address, with its comments where it takes them (a protected page's once unlocked). */
export const sitePageLoader = (queryClient: QueryClient): Loader =>
  staticFirst(queryClient, (args) => {
    const { pathname } = new URL(args.request.url);
    const work = queryClient.ensureQueryData(pageQueries.detail(pathname)).then((page) => {
      if (page?.commentsOpen && !page.protected) return queryClient.prefetchQuery(commentQueries.list(page.id));
    });
    return warm(args, work);
  });

export function readSearchQuery(searchParams: URLSearchParams): string {
  return (searchParams.get('q') ?? '').trim().slice(0, 200);
}

export const searchLoader =
  (queryClient: QueryClient): Loader =>
  (args) => {
    const searchParams = new URL(args.request.url).searchParams;
    const page = readPageParam(searchParams);
    const search = readSearchQuery(searchParams);
    const work = page && search ? warmList(queryClient, { page, search }) : Promise.resolve();
    return warm(args, work);
  };

/** The site's name, contact teams and newsletter settings, which every view's chrome shows. */
export const siteLoader =
  (queryClient: QueryClient): Loader =>
  (args) =>
    warm(
      args,
      Promise.all([
        queryClient.prefetchQuery(siteConfigQuery),
        queryClient.prefetchQuery(siteClockQuery),
        queryClient.prefetchQuery(termQueries.list('categories')),
        queryClient.prefetchQuery(siteMenuQuery),
      ]),
    );
