import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/button';
import { useStored } from '@/lib/local-store';
import { useNearViewport } from '@/lib/near-viewport';
import { siteConfigQuery } from '@/lib/site-config';
import { commentQueries, type Comment } from '../api/comments';
import { authorKey } from '../api/use-post-comment';
import { readDiscussionSettings } from '../api/discussion-settings';
import type { PageChoice } from './comment-pages';
import { CommentForm } from './comment-form';
import { CommentThread } from './comment-thread';
import type { CommentNode } from './comment-tree';
import { authorSchema, type CommentDraft } from './comment-rules';
import styles from './comments.module.css';
import { useMessages, type Translate } from '@/lib/i18n/use-messages';

interface CommentsSectionProps {
  postId: number;
  postTitle: string;
  commentsOpen: boolean;
  /** The password of a protected post the reader has unlocked. */
  password?: string;
}

// Long enough to find the new comment on the page, short enough not to linger as decoration.
const highlightMs = 4000;

function countLabel(count: number, t: Translate): string {
  return t('comments.heading', { count });
}

/** The article's comments, threaded, with the form to add one. */
export function CommentsSection({ postId, postTitle, commentsOpen, password }: CommentsSectionProps) {
  const sectionRef = useRef<HTMLElement>(null);
  // The one part of a prerendered article read live: once the thread nears the viewport, WordPress is
  // asked for what was posted since the build. Until then (and if that fails) the build's thread shows.
  const near = useNearViewport(sectionRef);
  const comments = useQuery({ ...commentQueries.list(postId, password), enabled: near, staleTime: 0 });
  const headingId = useId();
  const t = useMessages();
  const site = useQuery(siteConfigQuery);
  const settings = useMemo(() => readDiscussionSettings(site.data?.discussion), [site.data]);
  const [pageChoice, setPageChoice] = useState<PageChoice>({ kind: 'default' });
  const [replyTo, setReplyTo] = useState<CommentNode | null>(null);
  // Folded until the reader starts a comment: a short page tail on a phone.
  const [composing, setComposing] = useState(false);
  const [draft, setDraft] = useState<CommentDraft>({ name: '', email: '', content: '' });
  // The device's remembered name arrives after hydration, and never over what the reader has typed.
  const storedAuthor = useStored(authorKey, authorSchema);
  const [seenAuthor, setSeenAuthor] = useState<typeof storedAuthor>(null);
  if (storedAuthor !== seenAuthor) {
    setSeenAuthor(storedAuthor);
    const remembered = storedAuthor ?? { name: '', email: '' };
    setDraft((current) => ({ ...current, name: current.name || remembered.name, email: current.email || remembered.email }));
  }
  const [notice, setNotice] = useState<{ kind: 'posted' | 'held'; text: string; key: number } | null>(null);
  const [highlightId, setHighlightId] = useState<number | null>(null);
  const noticeCount = useRef(0);
  // What to bring into view after the next render, and whether focus goes there
  // (when the control that had focus is about to disappear).
  const afterRender = useRef<{ selector: string; focus: boolean } | null>(null);

  useEffect(() => {
    const pending = afterRender.current;
    if (!pending) return;
    const target = sectionRef.current?.querySelector<HTMLElement>(pending.selector);
    // Not drawn yet (the thread updates a render later): try again after the next render.
    if (!target) return;
    afterRender.current = null;
    if (pending.focus) target.focus();
    target.scrollIntoView({ block: 'nearest' });
  });

  useEffect(() => {
    if (highlightId === null) return;
    const timer = window.setTimeout(() => setHighlightId(null), highlightMs);
    return () => window.clearTimeout(timer);
  }, [highlightId]);

  function posted(comment: Comment, content: string) {
    setReplyTo(null);
    setComposing(false);
    // A new key each time, so a second "posted" is announced again.
    noticeCount.current += 1;
    if (comment.status === 'hold') {
      setNotice({ kind: 'held', text: content, key: noticeCount.current });
      afterRender.current = { selector: '[data-notice]', focus: true };
    } else {
      setNotice({ kind: 'posted', text: '', key: noticeCount.current });
      setHighlightId(comment.id);
      // On a paged thread, the page that holds it.
      setPageChoice({ kind: 'holding', commentId: comment.id });
      // The form folds away with focus in it, so the reader lands on what they wrote.
      afterRender.current = { selector: `#comment-${comment.id}`, focus: true };
    }
  }

  function stopComposing() {
    afterRender.current = { selector: '[data-start-comment]', focus: true };
    setComposing(false);
  }

  function cancelReply() {
    if (replyTo) afterRender.current = { selector: `[data-reply-to="${replyTo.comment.id}"]`, focus: true };
    setReplyTo(null);
  }

  const form = (parent?: CommentNode) => (
    <CommentForm
      key={parent?.comment.id ?? 'top'}
      postId={postId}
      password={password}
      parentId={parent?.comment.id}
      replyingTo={parent?.comment.authorName}
      onClose={parent ? cancelReply : stopComposing}
      draft={draft}
      onDraftChange={setDraft}
      onPosted={posted}
      onFailed={() => setNotice(null)}
    />
  );

  // The same query as the page's meta line, so the two counts agree with the list shown; the meta line
  // adds the pingbacks and trackbacks listed below the thread, as WordPress's own count does.
  const count = comments.data?.length;
  return (
    // data-start-near: on a page that waits for the reader's intent, coming near starts the app (public/boot.js).
    <section ref={sectionRef} id="comments" className={styles.section} aria-labelledby={headingId} data-start-near="">
      <h2 id={headingId} className={styles.heading}>
        <span aria-hidden="true">{count === undefined ? t('comments.title') : countLabel(count, t)}</span>
        <span className="visually-hidden">{count === undefined ? t('comments.titleOn', { title: postTitle }) : t('comments.headingOn', { count, title: postTitle })}</span>
      </h2>
      <div aria-live="polite" className={styles.notices}>
        {notice?.kind === 'posted' && (
          <p key={notice.key} className={styles.success}>
            {t('comments.posted')}
          </p>
        )}
        {notice?.kind === 'held' && (
          <div key={notice.key} className={styles.held} data-notice tabIndex={-1}>
            <p>
              <strong>{t('comments.heldLead')}</strong> {t('comments.heldBody')}
            </p>
            <blockquote className={styles.heldText}>{notice.text}</blockquote>
          </div>
        )}
      </div>
      <CommentThread
        comments={comments}
        commentsOpen={commentsOpen}
        onReply={setReplyTo}
        highlightId={highlightId}
        renderForm={(target) => (replyTo?.comment.id === target.comment.id ? form(target) : null)}
        settings={settings}
        pageChoice={pageChoice}
        onPageChange={(page) => {
          setReplyTo(null);
          setPageChoice({ kind: 'number', page });
        }}
      />
      {commentsOpen ? (
        // The reply form stands under the comment it answers; only one form is shown at a time.
        !replyTo &&
        (composing ? (
          form()
        ) : (
          <Button variant="secondary" className={styles.startComment} onClick={() => setComposing(true)} data-start-comment>
            {draft.content.trim() ? t('comments.continue') : t('comments.leave')}
          </Button>
        ))
      ) : (
        <p className={styles.closed}>{t('comments.closed')}</p>
      )}
    </section>
  );
}
