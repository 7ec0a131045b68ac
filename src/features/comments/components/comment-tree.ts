import type { Comment } from '../api/comments';

export interface CommentNode {
  comment: Comment;
  replies: CommentNode[];
}

/** Threads from `parent` ids, oldest first at each level; a reply whose parent is missing stands at the top. */
export function buildCommentTree(comments: readonly Comment[]): CommentNode[] {
  const nodes = new Map(comments.map((comment) => [comment.id, { comment, replies: [] as CommentNode[] }]));
  const roots: CommentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.parentId ? nodes.get(node.comment.parentId) : undefined;
    if (parent && parent !== node) parent.replies.push(node);
    else roots.push(node);
  }
  const byDate = (a: CommentNode, b: CommentNode) => a.comment.date.localeCompare(b.comment.date) || a.comment.id - b.comment.id;
  const sort = (list: CommentNode[]) => {
    list.sort(byDate);
    for (const node of list) sort(node.replies);
  };
  sort(roots);
  return roots;
}
