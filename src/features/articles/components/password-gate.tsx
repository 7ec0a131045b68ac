import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { describeError } from '@/lib/api-error';
import { isWrongPassword, type ProtectedKind } from '../api/unlock';
import { sessionPassword, sessionPasswordKey } from '../api/session-passwords';
import { useUnlockArticle, type UnlockedArticle } from '../api/use-unlock-article';
import fieldStyles from '@/components/form-field.module.css';
import styles from './password-gate.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

interface PasswordGateProps {
  postId: number;
  onUnlock: (unlocked: UnlockedArticle) => void;
  /** A WordPress page is unlocked at `/pages/<id>`; a post (the default) at `/posts/<id>`. */
  kind?: ProtectedKind;
}

/** In place of a password-protected article's or page's text: says so, and takes the password. */
export function PasswordGate({ postId, onUnlock, kind = 'posts' }: PasswordGateProps) {
  const id = useId();
  const t = useMessages();
  const [password, setPassword] = useState('');
  const unlock = useUnlockArticle(postId, onUnlock, kind);
  const { mutate } = unlock;
  // Opened before in this tab: opened again with the same password, after hydration (the build shows the form).
  const triedSession = useRef(false);
  useEffect(() => {
    if (triedSession.current) return;
    triedSession.current = true;
    const remembered = sessionPassword(postId);
    if (remembered) mutate(remembered);
  }, [postId, mutate]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password || unlock.isPending) return;
    unlock.mutate(password);
  }

  const error = unlock.isError
    ? isWrongPassword(unlock.error)
      ? t('password.wrong')
      : t(kind === 'pages' ? 'password.pageFailed' : 'password.failed', { reason: describeError(unlock.error, t) })
    : null;

  return (
    // data-start-if-stored: a tab that unlocked this post already starts the app at once on a page that
    // would wait for the reader's intent (public/boot.js), so it opens without a touch.
    <section className={styles.gate} aria-labelledby={`${id}-title`} data-start-if-stored={sessionPasswordKey(postId)}>
      <h2 id={`${id}-title`} className={styles.title}>
        {t(kind === 'pages' ? 'password.pageHeading' : 'password.heading')}
      </h2>
      <p>{t('password.body')}</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        <label htmlFor={`${id}-password`} className={fieldStyles.label}>{t('password.label')}</label>
        <div className={fieldStyles.inline}>
          <input
            id={`${id}-password`}
            className={fieldStyles.input}
            type="password"
            autoComplete="off"
            value={password}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button type="submit" busy={unlock.isPending} disabled={unlock.isPending}>
            {unlock.isPending ? t('password.unlocking') : t('password.unlock')}
          </Button>
        </div>
        <p id={`${id}-error`} className={fieldStyles.error} role="alert">
          {error}
        </p>
      </form>
    </section>
  );
}
