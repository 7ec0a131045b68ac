import * as v from 'valibot';
import { isApiError } from '@/lib/api-error';
import { requestJson, readPagination } from '@/lib/http';
import { maxPerPage, wpUrl } from '@/lib/wordpress';
import { renderedSchema } from '@/lib/wordpress-schema';

/**
 * Reading and writing comments on WordPress: requests, validation and
 * shaping. Loaded when a query or a post first needs it (comments.ts).
 */

export const commentSchema = v.looseObject({
  id: v.number(),
  post: v.number(),
  parent: v.optional(v.number(), 0),
  author_name: v.optional(v.string(), ''),
  date: v.string(),
  date_gmt: v.optional(v.string()),
  content: renderedSchema,
  status: v.optional(v.string(), 'approved'),
  author_avatar_urls: v.optional(v.record(v.string(), v.string())),
});

export interface Comment {
  id: number;
  postId: number;
  parentId: number;
  authorName: string;
  /** Site-local wall clock, as WordPress's `date`. */
  date: string;
  /** The same instant in UTC. */
  dateGmt: string;
  /** Untrusted HTML; sanitise before rendering. */
  contentHtml: string;
  /** `hold` when WordPress keeps it for moderation. */
  status: 'approved' | 'hold';
}

export function toComment(comment: v.InferOutput<typeof commentSchema>): Comment {
  return {
    id: comment.id,
    postId: comment.post,
    parentId: comment.parent,
    authorName: comment.author_name.trim() || 'Anonymous',
    date: comment.date,
    dateGmt: comment.date_gmt ?? comment.date,
    contentHtml: comment.content.rendered,
    status: comment.status === 'hold' ? 'hold' : 'approved',
  };
}

// A post rarely has more; past this the thread shows what it has and says so.
const maxPages = 5;

/**
 * Every approved comment of a post, oldest first, across WordPress's pages.
 * A password-protected post's comments need its password.
 */
export async function fetchComments(postId: number, signal?: AbortSignal, password?: string): Promise<Comment[]> {
  const comments: Comment[] = [];
  for (let page = 1; page <= maxPages; page += 1) {
    const { data, headers } = await requestJson(wpUrl('/comments'), {
      schema: v.array(commentSchema),
      signal,
      query: { post: postId, per_page: maxPerPage, page, order: 'asc', orderby: 'date', password },
    });
    comments.push(...data.map(toComment));
    if (isLastPage(page, data.length, headers)) break;
  }
  return comments;
}

/** The last page: WordPress says so, or (its headers stripped by a proxy) the page came back short. */
function isLastPage(page: number, received: number, headers: Headers): boolean {
  const { totalPages } = readPagination(headers);
  return totalPages > 0 ? page >= totalPages : received < maxPerPage;
}

/** A count per post; null where the site would not tell (a protected or private post). */
export type CommentCounts = Record<number, number | null>;

/**
 * Comment counts for several posts in one request: WordPress's post object
 * carries no count, so the list asks the comments route for just the post ids.
 * WordPress refuses the whole batch when it cannot show one of the posts (a
 * password-protected one: 401 rest_cannot_read_post), so a refused batch is
 * asked again post by post, and only the posts it refuses go without a count.
 */
export async function fetchCommentCounts(postIds: readonly number[], signal?: AbortSignal): Promise<CommentCounts> {
  if (postIds.length === 0) return {};
  try {
    return await countBatch(postIds, signal);
  } catch (error) {
    if (postIds.length === 1 || !isApiError(error) || error.isRetryable || error.kind === 'invalid-response') throw error;
    const counts = await Promise.all(
      postIds.map((id) =>
        countBatch([id], signal).then(
          (single) => single[id] ?? 0,
          () => null,
        ),
      ),
    );
    return Object.fromEntries(postIds.map((id, index) => [id, counts[index] ?? null]));
  }
}

async function countBatch(postIds: readonly number[], signal?: AbortSignal): Promise<CommentCounts> {
  const counts: Record<number, number> = Object.fromEntries(postIds.map((id) => [id, 0]));
  for (let page = 1; page <= maxPages; page += 1) {
    const { data, headers } = await requestJson(wpUrl('/comments'), {
      schema: v.array(v.looseObject({ post: v.number() })),
      signal,
      query: { post: postIds, per_page: maxPerPage, page, _fields: 'id,post' },
    });
    for (const { post } of data) counts[post] = (counts[post] ?? 0) + 1;
    if (isLastPage(page, data.length, headers)) break;
  }
  return counts;
}

export interface NewComment {
  post: number;
  parent: number;
  author_name: string;
  author_email: string;
  content: string;
  /** A password-protected post's password: WordPress takes a comment on it only with this. */
  password?: string;
}

export async function createComment(input: NewComment): Promise<Comment> {
  const { data } = await requestJson(wpUrl('/comments'), { schema: commentSchema, method: 'POST', body: input });
  return toComment(data);
}

