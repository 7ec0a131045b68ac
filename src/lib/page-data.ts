import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { isOnline } from './connection';
import { forgetPreloaded } from './preload';
import { liveRefresh, noteNewerBuild, runningBuild } from './static-build';

/**
 * Static-first reading. The build writes, beside each page's `index.html`,
 * the data that page was rendered from (`index.json`), and a small manifest
 * of the build (`/build.json`). A view the build prerendered reads those
 * files on client navigation and never asks WordPress; only live parts
 * (search, posting, the comment thread once it nears the viewport) do.
 */

/** The data file's format; a reader of another format treats the file as absent. */
export const pageDataFormat = 1;

/** One query of the page, as the view asks for it: its key and the answer the build got. */
export interface PageDataQuery {
  key: QueryKey;
  data: unknown;
}

export interface PageData {
  format: typeof pageDataFormat;
  /** The build of the code that wrote it (`build.json`'s `code`). */
  code: string;
  /** The page's path, as the router sees it. */
  path: string;
  queries: PageDataQuery[];
}

export interface BuildManifest {
  /** Changes when the reader's code changes: a tab running other code reloads to get it. */
  code: string;
  /** Changes when any page's data changes: a tab drops what it preloaded from the build before. */
  content: string;
}

export const buildManifestPath = '/build.json';

/**
 * What a page's data file holds, read off the cache the page was rendered
 * with: every answer it got. The site configuration is left out: it is a file
 * of the static host, read again by every tab that starts.
 */
export function pageDataQueries(queryClient: QueryClient): PageDataQuery[] {
  return queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success' && query.queryKey[0] !== 'site-config')
    .map((query) => ({ key: query.queryKey, data: query.state.data }));
}


/** `/news/a-post` → `/news/a-post/index.json`, `/` → `/index.json`. */
export function pageDataPath(pathname: string): string {
  const clean = pathname.replace(/\/+$/, '');
  return `${clean}/index.json`;
}


function isPageData(value: unknown): value is PageData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<PageData>;
  return (
    candidate.format === pageDataFormat &&
    typeof candidate.code === 'string' &&
    typeof candidate.path === 'string' &&
    Array.isArray(candidate.queries) &&
    candidate.queries.every((query) => typeof query === 'object' && query !== null && Array.isArray((query as PageDataQuery).key) && 'data' in query)
  );
}

function isManifest(value: unknown): value is BuildManifest {
  const candidate = value as Partial<BuildManifest> | null;
  return typeof candidate?.code === 'string' && typeof candidate.content === 'string';
}

/** A tab that learns its code is out of date reloads into the new build at its next navigation. */
export class NewerBuildError extends Error {
  constructor() {
    super('A newer build of the reader has been published.');
    this.name = 'NewerBuildError';
  }
}

const staticTimeoutMs = 5_000;
const preloaded = new Map<string, Promise<PageData | null>>();
let seenContent: string | null = null;
/** When this tab learned the site was rebuilt: what it read before then gives way to the new build's files. */
let rebuildSeenAt = 0;

async function readJson(url: string, cache: RequestCache): Promise<unknown> {
  // The browser knows it is offline: no read could succeed, and the view says so itself.
  if (!isOnline()) return null;
  // A static host that takes this long is treated as absent: the view asks WordPress instead.
  const response = await fetch(url, { headers: { Accept: 'application/json' }, cache, signal: AbortSignal.timeout(staticTimeoutMs) });
  if (!response.ok) return null;
  // A host that answers an unknown address with its shell page (200.html) sends HTML, not data.
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return null;
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

/**
 * The page's data as the build wrote it; null when the build has no page
 * there (an article published since) or the file cannot be read, so the view
 * asks WordPress instead. A file that was read is kept for the content version.
 */
export function fetchPageData(pathname: string): Promise<PageData | null> {
  if (!runningBuild()) return Promise.resolve(null);
  const url = pageDataPath(pathname);
  let pending = preloaded.get(url);
  if (!pending) {
    pending = readJson(url, 'no-cache').then(
      (value) => (isPageData(value) ? value : null),
      () => null,
    );
    preloaded.set(url, pending);
    // No data (not built, offline, a dropped connection) is asked again next time: a later build may have it.
    void pending.then((data) => {
      if (data === null && preloaded.get(url) === pending) preloaded.delete(url);
    });
  }
  return pending;
}

/** The host answered this address with the shell (200.html): the build has no page, and no data file, there. */
export function markNotPrerendered(pathname: string): void {
  preloaded.set(pageDataPath(pathname), Promise.resolve(null));
}

/**
 * Puts the page's data in the cache, where the view's queries find it. What
 * the tab already holds stays (a thread read live is newer than the build's),
 * unless it was read before the tab learned of a rebuild.
 */
export function seedPageData(queryClient: QueryClient, data: PageData): void {
  // With live refresh the build's answer is shown at once and counts as stale, so the view refreshes it.
  const updatedAt = liveRefresh ? 1 : Date.now();
  for (const query of data.queries) {
    const held = queryClient.getQueryState(query.key);
    // Read since the last rebuild (from its files, or live): as new as this file, or newer.
    if (held?.data !== undefined && held.dataUpdatedAt >= rebuildSeenAt) continue;
    queryClient.setQueryData(query.key, query.data, { updatedAt });
  }
}

/**
 * Reads the build manifest from the static host (never WordPress). Other code
 * than this tab runs is remembered (static-build.ts, `newerBuildSeen`) and
 * reported as NewerBuildError; a newer content version drops what was
 * preloaded, and what the tab holds from before gives way as its pages are read again.
 */
export async function checkBuild(): Promise<{ contentChanged: boolean }> {
  const runningCode = runningBuild();
  if (!runningCode) return { contentChanged: false };
  const manifest = await readJson(buildManifestPath, 'no-store').catch(() => null);
  // Offline or no manifest: carry on with what this tab has.
  if (!isManifest(manifest)) return { contentChanged: false };
  if (manifest.code !== runningCode) {
    noteNewerBuild();
    throw new NewerBuildError();
  }
  const contentChanged = seenContent !== null && seenContent !== manifest.content;
  if (contentChanged) {
    preloaded.clear();
    forgetPreloaded();
    rebuildSeenAt = Date.now();
  }
  seenContent = manifest.content;
  return { contentChanged };
}

/** Forgets every preloaded page and the content version seen (tests start each from nothing). */
export function resetPageData(): void {
  preloaded.clear();
  seenContent = null;
  rebuildSeenAt = 0;
}
