import { queryOptions } from '@tanstack/react-query';

export type { Comment, CommentCounts, NewComment } from './comments-fetch';

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
  counts: (postIds: readonly number[]) =>
    queryOptions({
      queryKey: [...commentQueries.allCounts(), [...postIds].sort((a, b) => a - b)] as const,
      queryFn: async ({ signal }) => (await fetching()).fetchCommentCounts(postIds, signal),
    }),
};
