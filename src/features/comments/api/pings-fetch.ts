import * as v from 'valibot';
import { isApiError } from '@/lib/api-error';
import { requestJson } from '@/lib/http';
import { maxPerPage, wpUrl } from '@/lib/wordpress';

/**
 * A post's pingbacks and trackbacks: the pages of other sites that cited it.
 * WordPress lists them only to a signed-in user (`type=pings`; a visitor is
 * refused with 401 `rest_forbidden_param`), so the build reads them with its
 * Application Password (src/prerender/snapshot.ts) and writes them into the
 * page's data. The browser never has the password, so it never asks: a view
 * the build did not prerender shows none (null: not known). Loaded with the
 * first query that needs it (comments.ts).
 */
const pingSchema = v.looseObject({
  id: v.number(),
  author_name: v.optional(v.string(), ''),
  author_url: v.optional(v.string(), ''),
  date: v.string(),
  type: v.picklist(['pingback', 'trackback']),
});

export interface Ping {
  id: number;
  kind: 'pingback' | 'trackback';
  /** The citing page's title, as WordPress keeps it (the ping's author name); plain text. */
  title: string;
  /** The citing page's address; '' when WordPress has none. */
  url: string;
  /** Site-local wall clock, as WordPress's `date`. */
  date: string;
}

/** Only web addresses are links: a ping's URL comes from another site. */
const webAddress = (url: string) => (/^https?:\/\//i.test(url.trim()) ? url.trim() : '');

/** WordPress's answer to a visitor who asks for pings. */
const refusedToVisitors = (error: unknown) => isApiError(error) && error.status === 401 && error.code === 'rest_forbidden_param';

/** The build's read of a post's pings; null where WordPress will not list them (no credentials, or refused ones). */
export async function readPings(postId: number, signal?: AbortSignal): Promise<Ping[] | null> {
  // One page: a post cited by more than a hundred sites shows the oldest hundred.
  const answer = await requestJson(wpUrl('/comments'), {
    schema: v.array(pingSchema),
    signal,
    query: { post: postId, type: 'pings', per_page: maxPerPage, order: 'asc', orderby: 'date', _fields: 'id,author_name,author_url,date,type' },
  }).catch((error: unknown) => {
    if (refusedToVisitors(error)) return null;
    throw error;
  });
  if (!answer) return null;
  return answer.data.map((ping) => ({ id: ping.id, kind: ping.type, title: ping.author_name.trim(), url: webAddress(ping.author_url), date: ping.date }));
}

/** A post's pings: read by the build, and known in the browser only from the build's data. */
export function fetchPings(postId: number, signal?: AbortSignal): Promise<Ping[] | null> {
  return import.meta.env.SSR ? readPings(postId, signal) : Promise.resolve(null);
}
