import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import type { Comment } from '../api/comments';
import { usePostComment } from '../api/use-post-comment';
import {
  failureMessage,
  fields,
  maxCommentLength,
  maxNameLength,
  serverFieldErrors,
  validate,
  worthRetrying,
  type CommentDraft,
  type Field,
  type FieldErrors,
} from './comment-rules';
import fieldStyles from '@/components/form-field.module.css';
import styles from './comment-form.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

interface CommentFormProps {
  postId: number;
  parentId?: number;
  /** The name of the person answered, for a reply. */
  replyingTo?: string;
  /** Folds the form away ("Cancel reply", or "Hide form" for a new comment); what was typed stays. */
  onClose?: () => void;
  /**
   * What the reader has typed, held by the section: the form moves under the
   * comment being answered (a new instance), and the text must move with it.
   */
  draft: CommentDraft;
  onDraftChange: (update: (draft: CommentDraft) => CommentDraft) => void;
  onPosted: (comment: Comment, content: string) => void;
  /** A try failed: an earlier "posted" notice no longer describes the form. */
  onFailed?: () => void;
  /** The password of a protected post the reader has unlocked. */
  password?: string;
}

export function CommentForm({ postId, parentId = 0, replyingTo, onClose, draft, onDraftChange, onPosted, onFailed, password }: CommentFormProps) {
  const id = useId();
  const t = useMessages();
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  // State updates land after the event; a second Enter or click in the same
  // moment would still see "not posting", so the guard is synchronous.
  const posting = useRef(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const contentRef = useRef<HTMLTextAreaElement>(null);
  /** Moves focus to a field; only called from event handlers. */
  const focusField = (field: Field) => ({ name: nameRef, email: emailRef, content: contentRef })[field].current?.focus();

  // The form opens because the reader asked to write: the first field still to fill takes focus.
  useEffect(() => {
    if (!replyingTo && !draft.name.trim()) nameRef.current?.focus();
    else contentRef.current?.focus();
    // Only when the form opens, not as the reader types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const mutation = usePostComment(postId, password, {
    onPosted: (comment, content) => {
      onDraftChange((current) => ({ ...current, content: '' }));
      setTouched({});
      setSubmitted(false);
      onPosted(comment, content);
    },
    onFailed: (error) => {
      onFailed?.();
      const fieldErrors = serverFieldErrors(error, t);
      setServerErrors(fieldErrors ?? {});
      const first = fieldErrors && fields.find((field) => fieldErrors[field]);
      if (first) focusField(first);
    },
    onSettled: () => {
      posting.current = false;
    },
  });

  const errors = validate(draft, t);
  const visibleError = (field: Field) => ((touched[field] || submitted) && errors[field]) || serverErrors[field] || undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (posting.current) return;
    setSubmitted(true);
    const firstInvalid = fields.find((field) => errors[field]);
    if (firstInvalid) {
      focusField(firstInvalid);
      return;
    }
    posting.current = true;
    setServerErrors({});
    mutation.mutate({
      post: postId,
      parent: parentId,
      author_name: draft.name.trim(),
      author_email: draft.email.trim(),
      content: draft.content,
    });
  }

  function fieldProps(name: Field) {
    const error = visibleError(name);
    return {
      id: `${id}-${name}`,
      name,
      value: draft[name],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': [error ? `${id}-${name}-error` : '', name === 'content' ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined,
      onChange: (event: { target: { value: string } }) => {
        const value = event.target.value;
        onDraftChange((current) => ({ ...current, [name]: value }));
        // The site's objection was to the old value.
        setServerErrors((current) => (current[name] ? { ...current, [name]: undefined } : current));
      },
      // Tabbing past an empty field is not a mistake (and an error appearing on blur
      // would move the button being clicked); an unfinished value is checked at once.
      onBlur: (event: { target: { value: string } }) => {
        if (event.target.value.trim()) setTouched((current) => ({ ...current, [name]: true }));
      },
    };
  }

  function errorText(name: Field) {
    const error = visibleError(name);
    return (
      error && (
        <p id={`${id}-${name}-error`} className={fieldStyles.error}>
          {error}
        </p>
      )
    );
  }

  const remaining = maxCommentLength - draft.content.length;
  const headingId = `${id}-heading`;
  const failed = mutation.isError && !mutation.isPending;

  return (
    // method="dialog": before the page is interactive, sending does nothing rather than put the comment in the URL.
    <form className={`${styles.form} ${parentId ? styles.reply : ''}`} method="dialog" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.formHeading}>
        {replyingTo ? t('commentForm.replyTo', { name: replyingTo }) : t('comments.leave')}
      </h3>
      {onClose && (
        <p className={styles.replying}>
          <button type="button" className={styles.linkButton} onClick={onClose}>
            {replyingTo ? t('commentForm.cancelReply') : t('commentForm.hide')}
          </button>
        </p>
      )}
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`} className={fieldStyles.label}>{t('commentForm.name')}</label>
          {errorText('name')}
          <input ref={nameRef} type="text" autoComplete="name" maxLength={maxNameLength} required className={fieldStyles.input} {...fieldProps('name')} />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-email`} className={fieldStyles.label}>{t('commentForm.email')}</label>
          {errorText('email')}
          <input ref={emailRef} type="email" autoComplete="email" inputMode="email" maxLength={100} required className={fieldStyles.input} {...fieldProps('email')} />
        </div>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-content`} className={fieldStyles.label}>{t('commentForm.comment')}</label>
        {errorText('content')}
        <textarea ref={contentRef} rows={5} required className={fieldStyles.input} {...fieldProps('content')} />
        {/* Announced only near the limit, so typing is not narrated character by character. */}
        <p id={`${id}-count`} className={`${fieldStyles.hint} ${remaining < 0 ? fieldStyles.error : ''}`} aria-live={remaining < 200 ? 'polite' : 'off'}>
          {remaining >= 0 ? `${remaining} characters left` : `${-remaining} characters too many`}
        </p>
      </div>
      <p className={fieldStyles.hint}>
        {t('commentForm.privacy')}
      </p>
      {failed && (
        <p className={fieldStyles.failure} role="alert">
          {failureMessage(mutation.error, serverFieldErrors(mutation.error, t), t)}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" disabled={mutation.isPending} busy={mutation.isPending}>
          {mutation.isPending ? t('commentForm.posting') : failed && worthRetrying(mutation.error) ? t('action.tryAgain') : replyingTo ? t('commentForm.postReply') : t('commentForm.post')}
        </Button>
      </div>
    </form>
  );
}
