import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from '@/components/button';
import { QuietNotice } from '@/components/quiet-notice';
import { Skeleton } from '@/components/skeleton';
import { StatusMessage } from '@/components/status-message';
import { describeError } from '@/lib/api-error';
import type { Comment } from '../api/comments';
import type { DiscussionSettings } from '../api/discussion-settings';
import { CommentItem } from './comment-item';
import { limitDepth, threadPage, type PageChoice } from './comment-pages';
import { CommentPagesNav } from './comment-pages-nav';
import { buildCommentTree, type CommentNode } from './comment-tree';
import styles from './comments.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

interface CommentThreadProps {
  comments: UseQueryResult<Comment[]>;
  commentsOpen: boolean;
  onReply: (target: CommentNode) => void;
  highlightId: number | null;
  /** The reply form, under the comment it answers (null under every other). */
  renderForm: (target: CommentNode) => ReactNode;
  /** The site's threading depth and comment pages. */
  settings: DiscussionSettings;
  pageChoice: PageChoice;
  /** The reader turned the page: the new page's list takes focus. */
  onPageChange: (page: number) => void;
}

/** The article's comments as the reader sees them: loading, failed, none yet, or threaded. */
export function CommentThread({ comments, commentsOpen, onReply, highlightId, renderForm, settings, pageChoice, onPageChange }: CommentThreadProps) {
  const t = useMessages();
  const list = useRef<HTMLOListElement>(null);
  const turned = useRef(false);
  const chosenPage = pageChoice.kind === 'number' ? pageChoice.page : null;
  useEffect(() => {
    // Only after the reader turned a page, never on the first render.
    if (chosenPage === null || !turned.current) return;
    turned.current = false;
    list.current?.focus();
    list.current?.scrollIntoView({ block: 'start' });
  }, [chosenPage]);
  if (comments.isPending) {
    return (
      <div className={styles.loading} role="status">
        <span className="visually-hidden">{t('status.loadingComments')}</span>
        {[0, 1].map((key) => (
          <div key={key} className={styles.comment}>
            <Skeleton width="40%" height="1em" />
            <Skeleton height="1em" />
            <Skeleton width="70%" height="1em" />
          </div>
        ))}
      </div>
    );
  }

  if (comments.isError && comments.data === undefined) {
    return (
      <StatusMessage
        tone="error"
        headingLevel={3}
        title={t('comments.loadFailed')}
        actions={
          <Button variant="secondary" onClick={() => void comments.refetch()} disabled={comments.isFetching} busy={comments.isFetching}>
            {comments.isFetching ? t('action.tryingAgain') : t('action.tryAgain')}
          </Button>
        }
      >
        <p>{describeError(comments.error, t)}</p>
      </StatusMessage>
    );
  }

  const tree = limitDepth(buildCommentTree(comments.data), settings.threadCommentsDepth);
  const shown = threadPage(tree, settings, pageChoice);
  // The thread as the build or an earlier read had it, when the live read failed: shown, with a word on why it may be behind.
  const behind = comments.isError && (
    <QuietNotice>{t('comments.refreshFailed')}</QuietNotice>
  );
  if (tree.length === 0) {
    return (
      <>
        {behind}
        <p className={styles.none}>{commentsOpen ? t('comments.beFirst') : t('comments.none')}</p>
      </>
    );
  }
  return (
    <>
      {behind}
      <ol
        ref={list}
        className={`${styles.thread} ${styles.pageTarget}`}
        // Named and focusable only when paged: where focus lands after a turn of the page.
        aria-label={shown.pages > 1 ? t('comments.pageOf', { page: shown.page, pages: shown.pages }) : undefined}
        tabIndex={shown.pages > 1 ? -1 : undefined}
      >
        {shown.roots.map((node) => (
          <CommentItem
            key={node.comment.id}
            node={node}
            depth={0}
            maxDepth={settings.threadCommentsDepth}
            onReply={commentsOpen ? onReply : undefined}
            highlightId={highlightId}
            renderForm={renderForm}
          />
        ))}
      </ol>
      <CommentPagesNav
        page={shown.page}
        pages={shown.pages}
        onChange={(page) => {
          turned.current = true;
          onPageChange(page);
        }}
      />
    </>
  );
}
