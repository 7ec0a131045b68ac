import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isoDate } from '@/lib/dates';
import { useDateTime, useMessages } from '@/lib/i18n/use-messages';
import { initials } from '@/lib/initials';
import { siteClockQuery } from '@/lib/site-clock';
import { useSafeHtml } from '@/lib/use-safe-html';
import type { CommentNode } from './comment-tree';
import styles from './comments.module.css';

const maxIndentDepth = 3;

interface CommentItemProps {
  node: CommentNode;
  depth: number;
  /** The site's threading depth: a comment on the last level takes no replies, as in WordPress's themes. */
  maxDepth: number;
  /** Offered when the post takes comments. */
  onReply?: (node: CommentNode) => void;
  highlightId?: number | null;
  /** The reply form, placed under the comment it answers. */
  renderForm: (node: CommentNode) => ReactNode;
}

export function CommentItem({ node, depth, maxDepth, onReply, highlightId, renderForm }: CommentItemProps) {
  const clock = useQuery(siteClockQuery);
  const t = useMessages();
  const dateTime = useDateTime();
  const { comment } = node;
  const safeHtml = useSafeHtml(comment.contentHtml);
  const letters = initials(comment.authorName);
  return (
    <li className={styles.item}>
      <article
        id={`comment-${comment.id}`}
        className={`${styles.comment} ${highlightId === comment.id ? styles.highlight : ''}`}
        aria-label={t('comment.by', { name: comment.authorName })}
        // Focus lands here after a reply is posted from a form that then closes.
        tabIndex={-1}
      >
        <header className={styles.commentHeader}>
          <span className={styles.avatar} aria-hidden="true">
            {letters || '?'}
          </span>
          <bdi className={styles.author}>{comment.authorName}</bdi>
          <time className={styles.date} dateTime={isoDate(comment.date)}>
            {dateTime(comment.date, comment.dateGmt, clock.data)}
          </time>
        </header>
        <div className={styles.content} dir="auto" dangerouslySetInnerHTML={{ __html: safeHtml }} />
        {onReply && depth + 1 < maxDepth && (
          <button
            type="button"
            className={styles.replyButton}
            onClick={() => onReply(node)}
            aria-label={t('commentForm.replyTo', { name: comment.authorName })}
            data-reply-to={comment.id}
          >
            {t('comment.reply')}
          </button>
        )}
      </article>
      {renderForm(node)}
      {node.replies.length > 0 && (
        // Replies deeper than the third level line up with it on phones, so text keeps a readable width.
        <ol className={`${styles.replies} ${depth >= maxIndentDepth ? styles.flat : ''}`}>
          {node.replies.map((reply) => (
            <CommentItem key={reply.comment.id} node={reply} depth={depth + 1} maxDepth={maxDepth} onReply={onReply} highlightId={highlightId} renderForm={renderForm} />
          ))}
        </ol>
      )}
    </li>
  );
}
