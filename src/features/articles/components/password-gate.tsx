import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { describeError } from '@/lib/api-error';
import { isWrongPassword } from '../api/unlock';
import { useUnlockArticle, type UnlockedArticle } from '../api/use-unlock-article';
import fieldStyles from '@/components/form-field.module.css';
import styles from './password-gate.module.css';

interface PasswordGateProps {
  postId: number;
  onUnlock: (unlocked: UnlockedArticle) => void;
}

/** In place of a password-protected article's text: says so, and takes the password. */
export function PasswordGate({ postId, onUnlock }: PasswordGateProps) {
  const id = useId();
  const [password, setPassword] = useState('');
  const unlock = useUnlockArticle(postId, onUnlock);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!password || unlock.isPending) return;
    unlock.mutate(password);
  }

  const error = unlock.isError
    ? isWrongPassword(unlock.error)
      ? 'That password is not right. Check it and try again.'
      : `The article could not be unlocked. ${describeError(unlock.error)}`
    : null;

  return (
    <section className={styles.gate} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        This article is protected
      </h2>
      <p>Its text and comments are shown to readers who have its password. Enter it to read on.</p>
      <form className={styles.form} onSubmit={submit} noValidate>
        <label htmlFor={`${id}-password`} className={fieldStyles.label}>Password</label>
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
            {unlock.isPending ? 'Unlocking…' : 'Unlock'}
          </Button>
        </div>
        <p id={`${id}-error`} className={fieldStyles.error} role="alert">
          {error}
        </p>
      </form>
    </section>
  );
}
