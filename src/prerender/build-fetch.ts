import { apiRoot } from '@/lib/config';
import type { Snapshot } from './snapshot';
import { snapshotApi } from './snapshot-api';

/**
 * The `fetch` the app's own queries use while the build renders pages: the
 * posts, comments and terms a page asks for are answered from the snapshot;
 * the few site-wide answers (the REST index, the term lists, the front page's
 * language) are asked of WordPress once per build, whatever the number of
 * pages; the files the build ships (site-config.json) come from the build.
 * What each page read is recorded (url and a hash of the answer), so the
 * next build can tell whether the page would come out the same.
 */
export interface BuildFetchOptions {
  snapshot: Snapshot;
  /** The text of a file the build ships at this URL, or null. */
  shipped: (url: string) => string | null;
  /** The network's fetch, for what the snapshot does not hold. */
  network: typeof fetch;
  hash: (text: string) => string;
  /**
   * `Basic …` of the build's Application Password, sent only with the requests
   * for the site's menu, which WordPress shows only to signed-in editors. It
   * is never part of an answer, so no page or data file can hold it.
   */
  authorization?: string | null;
}

/** One answer a page was rendered from: its URL and a hash of what came back. */
export type ReadAnswer = [url: string, hash: string];

interface Stored {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The routes that need the build's credentials: classic menus and their items. */
export const menuRoutes: readonly string[] = ['/menus', '/menu-items'];

// Per-page routes must come from the snapshot: answering them live would be the slow build this replaces.
const snapshotOnly = new Set(['/posts', '/comments', '/pages']);

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

export function createBuildFetch({ snapshot, shipped, network, hash, authorization = null }: BuildFetchOptions) {
  const api = snapshotApi(snapshot);
  const restRoot = new URL(`${apiRoot()}/wp/v2`);
  const live = new Map<string, Promise<Stored>>();
  const refusals = new Set<string>();
  let recording: ReadAnswer[] | null = null;

  const routeOf = (url: string): string | null => {
    const target = new URL(url);
    return target.origin === restRoot.origin && target.pathname.startsWith(`${restRoot.pathname}/`) ? target.pathname.slice(restRoot.pathname.length) : null;
  };

  async function fromNetwork(url: string): Promise<Stored> {
    const signed = authorization !== null && menuRoutes.includes(routeOf(url) ?? '');
    const response = await network(url, { headers: { Accept: 'application/json, text/html', ...(signed ? { Authorization: authorization } : {}) } });
    // Credentials WordPress refused: the build says so (and shows the pages instead of the menu).
    if (signed && (response.status === 401 || response.status === 403)) refusals.add(`${routeOf(url)}: HTTP ${response.status}`);
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'x-wp-total', 'x-wp-totalpages']) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const body = await response.text();
    // Of a web page (WordPress's front page) the reader reads only its language, `<html lang>`: the
    // rest changes with every post, and would make every page look changed to the next build.
    const htmlTag = headers['content-type']?.startsWith('text/html') ? /<html\b[^>]*>/i.exec(body)?.[0] : undefined;
    return { status: response.status, headers, body: htmlTag ?? body };
  }

  function answer(url: string): Promise<Stored> {
    const file = shipped(url);
    if (file !== null) return Promise.resolve({ status: 200, headers: { 'content-type': 'application/json' }, body: file });
    const route = routeOf(url);
    if (route !== null) {
      const found = api.answer(route, new URL(url).searchParams);
      if (found) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (found.total !== undefined) headers['x-wp-total'] = String(found.total);
        if (found.totalPages !== undefined) headers['x-wp-totalpages'] = String(found.totalPages);
        return Promise.resolve({ status: found.status, headers, body: found.body });
      }
      if (snapshotOnly.has(route)) return Promise.reject(new Error(`The build cannot answer ${url} from what it read of WordPress (src/prerender/snapshot-api.ts).`));
    }
    let stored = live.get(url);
    if (!stored) {
      stored = fromNetwork(url);
      // A failure is not kept: the next page asks again.
      stored.catch(() => live.delete(url));
      live.set(url, stored);
    }
    return stored;
  }

  const fingerprint = (stored: Stored) => hash(`${stored.status}\n${stored.headers['x-wp-total'] ?? ''}/${stored.headers['x-wp-totalpages'] ?? ''}\n${stored.body}`);

  const buildFetch: typeof fetch = async (input, init) => {
    if (init?.method && init.method !== 'GET') return network(input, init);
    const url = urlOf(input);
    const stored = await answer(url);
    recording?.push([url, fingerprint(stored)]);
    return new Response(stored.body, { status: stored.status, headers: stored.headers });
  };

  return {
    fetch: buildFetch,
    /** Published posts, newest first. */
    posts: api.posts,
    /** Menu routes that refused the build's credentials. */
    refusedCredentials: () => [...refusals],
    /** How many distinct answers came from WordPress itself, not from the snapshot. */
    liveAnswers: () => live.size,
    /** Runs one page's render and returns what it read. Pages render one at a time. */
    async recordReads<T>(render: () => Promise<T>): Promise<{ result: T; reads: ReadAnswer[] }> {
      const reads: ReadAnswer[] = [];
      recording = reads;
      try {
        return { result: await render(), reads };
      } finally {
        recording = null;
      }
    },
    /** The answers a page was rendered from, as they would be now (a null hash for one that fails). */
    async readAgain(reads: readonly ReadAnswer[]): Promise<ReadAnswer[]> {
      const now: ReadAnswer[] = [];
      for (const [url] of reads) now.push([url, await answer(url).then(fingerprint, () => '')]);
      return now;
    },
  };
}

export type BuildFetch = ReturnType<typeof createBuildFetch>;
