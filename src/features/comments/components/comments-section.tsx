import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Button } from '@/components/button';
import { Skeleton } from '@/components/skeleton';
import { StatusMessage } from '@/components/status-message';
import { describeError } from '@/lib/api-error';
import { commentQueries, type Comment } from '../api/comments';
import { CommentForm } from './comment-form';
import { CommentItem } from './comment-item';
import { buildCommentTree, type CommentNode } from './comment-tree';
import styles from './comments.module.css';

interface CommentsSectionProps {
  postId: number;
  postTitle: string;
  commentsOpen: boolean;
}

function countLabel(count: number): string {
  if (count === 0) return 'No comments yet';
  return `${count} ${count === 1 ? 'comment' : 'comments'}`;
}

/** The article's comments, threaded, with the form to add one. */
export function CommentsSection({ postId, postTitle, commentsOpen }: CommentsSectionProps) {
  const comments = useQuery(commentQueries.list(postId));
  const headingId = useId();
  const [replyTo, setReplyTo] = useState<CommentNode | null>(null);
  const [notice, setNotice] = useState<{ kind: 'posted' | 'held'; text: string } | null>(null);
  const [highlightId, setHighlightId] = useState<number | null>(null);

  function posted(comment: Comment, content: string) {
    setReplyTo(null);
    if (comment.status === 'hold') {
      setNotice({ kind: 'held', text: content });
    } else {
      setNotice({ kind: 'posted', text: '' });
      setHighlightId(comment.id);
      window.setTimeout(() => document.getElementById(`comment-${comment.id}`)?.scrollIntoView({ block: 'nearest' }), 0);
    }
  }

  const form = (parent?: CommentNode) => (
    <CommentForm
      key={parent?.comment.id ?? 'top'}
      postId={postId}
      parentId={parent?.comment.id}
      replyingTo={parent?.comment.authorName}
      onCancelReply={parent ? () => setReplyTo(null) : undefined}
      onPosted={posted}
    />
  );

  let body;
  if (comments.isPending) {
    body = (
      <div className={styles.loading} role="status">
        <span className="visually-hidden">Loading comments…</span>
        {[0, 1].map((key) => (
          <div key={key} className={styles.comment}>
            <Skeleton width="40%" height="1em" />
            <Skeleton height="1em" />
            <Skeleton width="70%" height="1em" />
          </div>
        ))}
      </div>
    );
  } else if (comments.isError) {
    body = (
      <StatusMessage
        tone="error"
        headingLevel={3}
        title="The comments could not be loaded"
        actions={
          <Button variant="secondary" onClick={() => void comments.refetch()} disabled={comments.isFetching} busy={comments.isFetching}>
            {comments.isFetching ? 'Trying again…' : 'Try again'}
          </Button>
        }
      >
        <p>{describeError(comments.error)}</p>
      </StatusMessage>
    );
  } else {
    const tree = buildCommentTree(comments.data);
    body =
      tree.length === 0 ? (
        <p className={styles.none}>{commentsOpen ? 'Be the first to share your thoughts on this article.' : 'Nobody commented on this article.'}</p>
      ) : (
        <ol className={styles.thread}>
          {tree.map((node) => (
            <CommentItem
              key={node.comment.id}
              node={node}
              depth={0}
              onReply={commentsOpen ? (target) => setReplyTo(target) : undefined}
              highlightId={highlightId}
              renderForm={(target) => (replyTo?.comment.id === target.comment.id ? form(target) : null)}
            />
          ))}
        </ol>
      );
  }

  const count = comments.data?.length;
  return (
    <section id="comments" className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {count === undefined ? 'Comments' : countLabel(count)}
        <span className="visually-hidden"> on “{postTitle}”</span>
      </h2>
      <div aria-live="polite" className={styles.notices}>
        {notice?.kind === 'posted' && <p className={styles.success}>Your comment was posted.</p>}
        {notice?.kind === 'held' && (
          <div className={styles.held}>
            <p>
              <strong>Your comment is awaiting moderation.</strong> It will appear here once a moderator approves it.
            </p>
            <blockquote className={styles.heldText}>{notice.text}</blockquote>
          </div>
        )}
      </div>
      {body}
      {commentsOpen ? (
        !replyTo && form()
      ) : (
        <p className={styles.closed}>Comments are closed for this article.</p>
      )}
    </section>
  );
}
