import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/button';
import { describeError, isApiError } from '@/lib/api-error';
import { apiRoot, usesMockApi } from '@/lib/config';
import { siteConfigQuery } from '@/lib/site-config';
import { readNewsletterConfig, resolveNewsletterEndpoint, subscribe } from '../api/newsletter';
import styles from './newsletter-box.module.css';

const dismissedKey = 'newsletter-inline-dismissed';
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function emailError(email: string): string | null {
  if (!email.trim()) return 'Please enter your email address.';
  if (!emailPattern.test(email.trim())) return 'Please enter an email address like name@example.com.';
  return null;
}

interface NewsletterBoxProps {
  /** `footer`: always there. `inline`: after an article, and the reader can dismiss it for good. */
  variant: 'footer' | 'inline';
}

/** The reference page's "Subscribe To Our Newsletter" box. */
export function NewsletterBox({ variant }: NewsletterBoxProps) {
  const site = useQuery(siteConfigQuery);
  const [dismissed, setDismissed] = useState(() => variant === 'inline' && localStorage.getItem(dismissedKey) === '1');
  if (!site.data || dismissed) return null;
  const endpoint = resolveNewsletterEndpoint(readNewsletterConfig(site.data.newsletter), {
    usesMockApi,
    apiRoot: apiRoot(),
    origin: window.location.origin,
  });
  if (!endpoint) return null;
  return (
    <NewsletterForm
      endpoint={endpoint}
      siteName={site.data.siteName}
      variant={variant}
      onDismiss={
        variant === 'inline'
          ? () => {
              localStorage.setItem(dismissedKey, '1');
              setDismissed(true);
            }
          : undefined
      }
    />
  );
}

interface NewsletterFormProps {
  endpoint: string;
  siteName: string;
  variant: 'footer' | 'inline';
  onDismiss?: () => void;
}

function NewsletterForm({ endpoint, siteName, variant, onDismiss }: NewsletterFormProps) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [email, setEmail] = useState('');
  const [touched, setTouched] = useState(false);
  const mutation = useMutation({ mutationFn: (address: string) => subscribe(endpoint, address) });

  const error = touched ? emailError(email) : null;
  const already = mutation.isError && isApiError(mutation.error) && mutation.error.code === 'already_subscribed';
  const failed = mutation.isError && !already;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A second click while the first is on its way sends nothing.
    if (mutation.isPending) return;
    setTouched(true);
    if (emailError(email)) {
      inputRef.current?.focus();
      return;
    }
    mutation.mutate(email.trim());
  }

  const headingId = `${id}-heading`;
  return (
    <section className={`${styles.box} ${styles[variant]}`} aria-labelledby={headingId}>
      {onDismiss && (
        <button type="button" className={styles.dismiss} onClick={onDismiss} aria-label="No thanks, hide the newsletter box">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      )}
      <h2 id={headingId} className={styles.heading}>
        Subscribe To Our Newsletter
      </h2>
      <div aria-live="polite">
        {mutation.isSuccess ? (
          <p className={styles.success}>You have Successfully Subscribed!</p>
        ) : already ? (
          <p className={styles.note}>You’re already subscribed with {email.trim()}, so there is nothing more to do.</p>
        ) : null}
      </div>
      {!mutation.isSuccess && !already && (
        <>
          <p className={styles.intro}>Subscribe to get the latest updates from {siteName}.</p>
          <form className={styles.form} onSubmit={submit} noValidate>
            <label htmlFor={`${id}-email`} className={styles.label}>
              Email
            </label>
            <div className={styles.row}>
              <input
                ref={inputRef}
                id={`${id}-email`}
                className={styles.input}
                type="email"
                name="email"
                autoComplete="email"
                inputMode="email"
                placeholder="name@example.com"
                value={email}
                aria-invalid={error ? true : undefined}
                aria-describedby={[error ? `${id}-error` : '', `${id}-consent`].filter(Boolean).join(' ')}
                onChange={(event) => setEmail(event.target.value)}
                onBlur={() => setTouched(true)}
              />
              <Button type="submit" disabled={mutation.isPending} busy={mutation.isPending}>
                {mutation.isPending ? 'Subscribing…' : failed ? 'Try again' : 'Subscribe'}
              </Button>
            </div>
            {error && (
              <p id={`${id}-error`} className={styles.error}>
                {error}
              </p>
            )}
            {failed && (
              <p className={styles.failure} role="alert">
                We could not subscribe you just now. {describeError(mutation.error)} Your address is still here.
              </p>
            )}
            <p id={`${id}-consent`} className={styles.consent}>
              We send one email a month at most. Unsubscribe with one click; we never share your address.
            </p>
          </form>
        </>
      )}
    </section>
  );
}
