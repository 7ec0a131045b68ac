import { queryOptions } from '@tanstack/react-query';

export type { Comment, CommentCounts, NewComment } from './comments-fetch';
export type { Ping } from './pings-fetch';

/** The fetching code, loaded the first time a query runs: not on a prerendered page's path to its first paint. */
const fetching = () => import('./comments-fetch');

export const commentQueries = {
  all: () => ['comments'] as const,
  /** Every counts query, whatever posts it asks about: a new comment changes some of them. */
  allCounts: () => [...commentQueries.all(), 'counts'] as const,
  /**
   * A protected post's list is only fetched once it is unlocked, with the
   * password, which is in the key: a wrong one's refusal is not the right one's answer.
   */
  list: (postId: number, password?: string) =>
    queryOptions({
      queryKey: [...commentQueries.all(), 'list', postId, password ?? null] as const,
      queryFn: async ({ signal }) => (await fetching()).fetchComments(postId, signal, password),
    }),
  /**
   * A post's pingbacks and trackbacks, as the build read them with its credentials (pings-fetch.ts);
   * null where they are not known. The browser cannot read them, so a refresh (VITE_LIVE_REFRESH)
   * keeps what the build read.
   */
  pings: (postId: number) =>
    queryOptions({
      queryKey: [...commentQueries.all(), 'pings', postId] as const,
      queryFn: async ({ signal }) => (await import('./pings-fetch')).fetchPings(postId, signal),
      structuralSharing: (before: unknown, now: unknown) => (now === null && before ? before : now),
      retry: false,
      refetchInterval: false,
    }),
  counts: (postIds: readonly number[]) =>
    queryOptions({
      queryKey: [...commentQueries.allCounts(), [...postIds].sort((a, b) => a - b)] as const,
      queryFn: async ({ signal }) => (await fetching()).fetchCommentCounts(postIds, signal),
    }),
};
