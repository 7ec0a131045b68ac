import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { describeError } from '@/lib/api-error';
import { isEmailAddress } from '@/lib/email';
import { isAlreadySubscribed, isRejectedAddress } from '../api/newsletter';
import { useSubscribe } from '../api/use-subscribe';
import fieldStyles from '@/components/form-field.module.css';
import styles from './newsletter-box.module.css';
import { useMessages, type Translate } from '@/lib/i18n/use-messages';

function emailError(email: string, t: Translate): string | null {
  if (!email.trim()) return t('commentForm.emailMissing');
  if (!isEmailAddress(email.trim())) return t('commentForm.emailInvalid');
  return null;
}

interface NewsletterFormProps {
  focusField?: boolean;
  endpoint: string;
  siteName: string;
  /** Called as a sign-up is sent, so the box keeps showing this form's outcome. */
  onSending: () => void;
}

export function NewsletterForm({ focusField = false, endpoint, siteName, onSending }: NewsletterFormProps) {
  const id = useId();
  const t = useMessages();
  const boxRef = useRef<HTMLElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  // Render state lags a fast second submit (Enter pressed twice), a ref does not.
  const sending = useRef(false);
  // A press of Subscribe is under way: the field's blur is the press's, and submit checks the address.
  const pressing = useRef(false);
  const [email, setEmail] = useState('');
  const [checked, setChecked] = useState(false);
  const mutation = useSubscribe(endpoint);

  const already = mutation.isError && isAlreadySubscribed(mutation.error);
  const rejected = mutation.isError && isRejectedAddress(mutation.error);
  const failed = mutation.isError && !already && !rejected;
  const done = mutation.isSuccess || already;
  const fieldError = (checked ? emailError(email, t) : null) ?? (rejected ? describeError(mutation.error, t) : null);

  useEffect(() => {
    if (focusField) inputRef.current?.focus();
  }, [focusField]);

  useEffect(() => {
    // The form, and the button that had focus with it, is gone: keep keyboard
    // and screen-reader users at the outcome, unless they have moved on.
    if (!done) return;
    const active = document.activeElement;
    if (!active || active === document.body || boxRef.current?.contains(active)) outcomeRef.current?.focus();
  }, [done]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    pressing.current = false;
    if (sending.current) return;
    setChecked(true);
    // What the field shows: typed before the page finished loading, it is not in state yet.
    const typed = inputRef.current?.value ?? email;
    if (typed !== email) setEmail(typed);
    const address = typed.trim();
    if (emailError(address, t)) {
      inputRef.current?.focus();
      return;
    }
    sending.current = true;
    onSending();
    mutation.mutate(address, {
      onError: (error) => {
        if (isRejectedAddress(error)) inputRef.current?.focus();
      },
      onSettled: () => {
        sending.current = false;
      },
    });
  }

  const headingId = `${id}-heading`;
  const errorId = `${id}-error`;
  const consentId = `${id}-consent`;
  return (
    <section ref={boxRef} className={styles.box} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('newsletter.heading')}
      </h2>
      {/* Present before anything is sent, so the outcome is announced when it lands. */}
      <div aria-live="polite">
        {mutation.isSuccess && mutation.data.status === 'pending' ? (
          // Double opt-in: nothing is subscribed until the reader follows the link.
          <p ref={outcomeRef} tabIndex={-1} className={styles.note}>
            {t('newsletter.pending', { email: mutation.variables })}
          </p>
        ) : mutation.isSuccess ? (
          <p ref={outcomeRef} tabIndex={-1} className={styles.success}>
            {t('newsletter.success')}
          </p>
        ) : already ? (
          <p ref={outcomeRef} tabIndex={-1} className={styles.note}>
            {t('newsletter.already', { email: mutation.variables })}
          </p>
        ) : null}
      </div>
      {!done && (
        <>
          <p className={styles.intro}>{t('newsletter.intro', { siteName })}</p>
          {/* method="dialog": before the page is interactive a press of Subscribe does nothing, rather than put the address in the URL. */}
          <form className={styles.form} method="dialog" onSubmit={submit} noValidate>
            <label htmlFor={`${id}-email`} className={fieldStyles.label}>
              {t('commentForm.email')}
            </label>
            {/* Above the field, not below the row: on a phone the button wraps under the
                field and would separate the message from what it is about. */}
            {fieldError && (
              <p id={errorId} className={fieldStyles.error}>
                {fieldError}
              </p>
            )}
            <div className={fieldStyles.inline}>
              <input
                ref={inputRef}
                id={`${id}-email`}
                className={fieldStyles.input}
                type="email"
                name="email"
                autoComplete="email"
                inputMode="email"
                spellCheck={false}
                placeholder={t('newsletter.placeholder')}
                value={email}
                aria-invalid={fieldError ? true : undefined}
                aria-describedby={fieldError ? `${errorId} ${consentId}` : consentId}
                onChange={(event) => {
                  setEmail(event.target.value);
                  if (rejected) mutation.reset();
                }}
                // Tabbing past an empty box is not a mistake; an unfinished address is. Not
                // when Subscribe is being pressed: the message would push the button down
                // from under the pointer before the press ends, and the press would be lost.
                onFocus={() => {
                  pressing.current = false;
                }}
                onBlur={() => {
                  if (email.trim() && !pressing.current) setChecked(true);
                }}
              />
              {/* aria-disabled rather than disabled: a disabled button drops focus,
                  and after a failure "Try again" should be right where the reader is. */}
              <Button
                type="submit"
                onPointerDown={() => {
                  pressing.current = true;
                }}
                aria-disabled={mutation.isPending || undefined} busy={mutation.isPending}>
                {mutation.isPending ? t('newsletter.subscribing') : failed ? t('action.tryAgain') : t('newsletter.subscribe')}
              </Button>
            </div>
            {failed && (
              <p className={fieldStyles.failure} role="alert">
                {t('newsletter.failed', { reason: describeError(mutation.error, t) })}
              </p>
            )}
            <p id={consentId} className={styles.consent}>
              {t('newsletter.consent')}
            </p>
          </form>
        </>
      )}
    </section>
  );
}
