import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { describeError, isApiError } from '@/lib/api-error';
import { commentQueries, createComment, type Comment } from '../api/comments';
import styles from './comments.module.css';

const maxLength = 5000;
const authorKey = 'comment-author';
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

type Field = 'name' | 'email' | 'content';
type Values = Record<Field, string>;

function validate(values: Values): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!values.name.trim()) errors.name = 'Please enter your name.';
  if (!values.email.trim()) errors.email = 'Please enter your email address.';
  else if (!emailPattern.test(values.email.trim())) errors.email = 'Please enter an email address like name@example.com.';
  if (!values.content.trim()) errors.content = 'Please write a comment.';
  else if (values.content.length > maxLength) errors.content = `Please shorten your comment to ${maxLength} characters.`;
  return errors;
}

function rememberedAuthor(): { name: string; email: string } {
  try {
    const saved = JSON.parse(localStorage.getItem(authorKey) ?? 'null') as { name?: unknown; email?: unknown } | null;
    return { name: typeof saved?.name === 'string' ? saved.name : '', email: typeof saved?.email === 'string' ? saved.email : '' };
  } catch {
    return { name: '', email: '' };
  }
}

/** What went wrong, said for this form; the typed text always stays. */
function failureMessage(error: unknown): string {
  if (isApiError(error)) {
    switch (error.code) {
      case 'rest_comment_login_required':
        return 'This site only accepts comments from signed-in users, so your comment could not be posted. Your text is still here if you want to copy it.';
      case 'rest_comment_closed':
        return 'Comments are closed for this article, so your comment could not be posted. Your text is still here.';
      case 'comment_duplicate':
        return 'You have already posted this comment.';
      case 'comment_flood':
        return 'You are commenting too quickly. Please wait a moment and try again.';
    }
  }
  return `Your comment could not be posted. ${describeError(error)} Your text is still here.`;
}

interface CommentFormProps {
  postId: number;
  parentId?: number;
  /** The name of the person answered, for a reply. */
  replyingTo?: string;
  onCancelReply?: () => void;
  onPosted: (comment: Comment, content: string) => void;
}

export function CommentForm({ postId, parentId = 0, replyingTo, onCancelReply, onPosted }: CommentFormProps) {
  const queryClient = useQueryClient();
  const id = useId();
  const [values, setValues] = useState<Values>(() => ({ ...rememberedAuthor(), content: '' }));
  const [touched, setTouched] = useState<Partial<Record<Field, boolean>>>({});
  const [submitted, setSubmitted] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const contentRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (replyingTo) contentRef.current?.focus();
  }, [replyingTo]);

  const mutation = useMutation({
    mutationFn: createComment,
    onSuccess: (comment, input) => {
      localStorage.setItem(authorKey, JSON.stringify({ name: input.author_name, email: input.author_email }));
      if (comment.status === 'approved') {
        queryClient.setQueryData(commentQueries.list(postId).queryKey, (previous) => (previous ? [...previous, comment] : [comment]));
        void queryClient.invalidateQueries({ queryKey: commentQueries.all() });
      }
      setValues((current) => ({ ...current, content: '' }));
      setTouched({});
      setSubmitted(false);
      onPosted(comment, input.content);
    },
  });

  const errors = validate(values);
  const visibleError = (field: Field) => ((touched[field] || submitted) && errors[field]) || undefined;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setSubmitted(true);
    const firstInvalid = (['name', 'email', 'content'] as const).find((field) => errors[field]);
    if (firstInvalid) {
      ({ name: nameRef, email: emailRef, content: contentRef })[firstInvalid].current?.focus();
      return;
    }
    mutation.mutate({
      post: postId,
      parent: parentId,
      author_name: values.name.trim(),
      author_email: values.email.trim(),
      content: values.content,
    });
  }

  function field(name: Field) {
    const error = visibleError(name);
    return {
      id: `${id}-${name}`,
      name,
      value: values[name],
      'aria-invalid': error ? true : undefined,
      'aria-describedby': [error ? `${id}-${name}-error` : '', name === 'content' ? `${id}-count` : ''].filter(Boolean).join(' ') || undefined,
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
      onBlur: () => setTouched((current) => ({ ...current, [name]: true })),
    };
  }

  const remaining = maxLength - values.content.length;
  const headingId = `${id}-heading`;

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.formHeading}>
        {replyingTo ? `Reply to ${replyingTo}` : 'Leave a comment'}
      </h3>
      {replyingTo && onCancelReply && (
        <p className={styles.replying}>
          Replying to {replyingTo} ·{' '}
          <button type="button" className={styles.linkButton} onClick={onCancelReply}>
            Cancel reply
          </button>
        </p>
      )}
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>Name</label>
          <input ref={nameRef} type="text" autoComplete="name" maxLength={245} required {...field('name')} />
          {visibleError('name') && (
            <p id={`${id}-name-error`} className={styles.error}>
              {visibleError('name')}
            </p>
          )}
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-email`}>Email</label>
          <input ref={emailRef} type="email" autoComplete="email" inputMode="email" maxLength={100} required {...field('email')} />
          {visibleError('email') && (
            <p id={`${id}-email-error`} className={styles.error}>
              {visibleError('email')}
            </p>
          )}
        </div>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-content`}>Comment</label>
        <textarea ref={contentRef} rows={5} required {...field('content')} />
        <p id={`${id}-count`} className={`${styles.hint} ${remaining < 0 ? styles.error : ''}`} aria-live={remaining < 200 ? 'polite' : 'off'}>
          {remaining >= 0 ? `${remaining} characters left` : `${-remaining} characters too many`}
        </p>
        {visibleError('content') && (
          <p id={`${id}-content-error`} className={styles.error}>
            {visibleError('content')}
          </p>
        )}
      </div>
      <p className={styles.hint}>Your email address will not be published. We remember your name and email on this device for your next comment.</p>
      {mutation.isError && (
        <p className={styles.failure} role="alert">
          {failureMessage(mutation.error)}
        </p>
      )}
      <div className={styles.actions}>
        <Button type="submit" disabled={mutation.isPending} busy={mutation.isPending}>
          {mutation.isPending ? 'Posting…' : mutation.isError ? 'Try again' : replyingTo ? 'Post reply' : 'Post comment'}
        </Button>
      </div>
    </form>
  );
}
