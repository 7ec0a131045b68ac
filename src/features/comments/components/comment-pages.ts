import type { DiscussionSettings } from '../api/discussion-settings';
import type { CommentNode } from './comment-tree';

/** Which page of the thread to show: the site's default, a number the reader chose, or the one holding a comment. */
export type PageChoice = { kind: 'default' } | { kind: 'number'; page: number } | { kind: 'holding'; commentId: number };

export interface ThreadPage {
  /** The top-level comments of the page, in the site's order, each with its replies. */
  roots: CommentNode[];
  page: number;
  pages: number;
}

/** A comment and everything under it, in reading order, each standing on its own. */
function lineUp(node: CommentNode): CommentNode[] {
  return [{ comment: node.comment, replies: [] }, ...node.replies.flatMap(lineUp)];
}

/**
 * Replies nest to `maxDepth` levels; below the last level they follow the
 * comment they answer at that same level, as WordPress's comment walker lays
 * them out, so none is lost and none runs off a phone's screen.
 */
export function limitDepth(nodes: readonly CommentNode[], maxDepth: number, level = 1): CommentNode[] {
  return nodes.flatMap((node) => (level >= maxDepth ? lineUp(node) : [{ comment: node.comment, replies: limitDepth(node.replies, maxDepth, level + 1) }]));
}

const holds = (node: CommentNode, commentId: number): boolean => node.comment.id === commentId || node.replies.some((reply) => holds(reply, commentId));

/**
 * WordPress's comment pages: `commentsPerPage` top-level comments a page, each
 * with all its replies, numbered from the oldest; the page shown first is the
 * newest or the oldest as set; `commentOrder` orders the top level within a page.
 */
export function threadPage(roots: readonly CommentNode[], settings: DiscussionSettings, choice: PageChoice): ThreadPage {
  const perPage = settings.pageComments ? settings.commentsPerPage : Math.max(roots.length, 1);
  const pages = Math.max(1, Math.ceil(roots.length / perPage));
  const fallback = settings.defaultCommentsPage === 'newest' ? pages : 1;
  let page = fallback;
  if (choice.kind === 'number') page = Math.min(Math.max(choice.page, 1), pages);
  if (choice.kind === 'holding') {
    const index = roots.findIndex((node) => holds(node, choice.commentId));
    if (index >= 0) page = Math.floor(index / perPage) + 1;
  }
  const shown = roots.slice((page - 1) * perPage, page * perPage);
  return { roots: settings.commentOrder === 'desc' ? shown.reverse() : shown, page, pages };
}
