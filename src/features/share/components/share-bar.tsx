import { useId, useRef, useState } from 'react';
import { useClientValue } from '@/lib/use-client-value';
import { useQueuedTap } from '@/lib/queued-tap';
import { shareUrl, type ShareTarget } from '../share-links';
import styles from './share-bar.module.css';
import { useMessages, type MessageId } from '@/lib/i18n/use-messages';

interface ShareBarProps {
  /** Absolute URL of the article. */
  url: string;
  title: string;
  imageUrl?: string | null;
}

/** `text` is a message, or a brand's own name, which stays as it is in every language. */
const targets: { target: ShareTarget; label: MessageId; text: MessageId | { brand: string }; icon: string }[] = [
  { target: 'pinterest', label: 'share.pinterest', text: 'share.pinText', icon: 'M12 3a9 9 0 0 0-3.3 17.4c-.1-.7-.1-1.8 0-2.6l1.1-4.6s-.3-.6-.3-1.4c0-1.3.8-2.3 1.7-2.3.8 0 1.2.6 1.2 1.3 0 .8-.5 2-.8 3.1-.2.9.5 1.7 1.4 1.7 1.7 0 3-1.8 3-4.4 0-2.3-1.6-3.9-4-3.9a4.1 4.1 0 0 0-4.3 4.1c0 .8.3 1.7.7 2.2l.1.3-.3 1.1c0 .2-.2.3-.4.2-1.2-.6-1.9-2.3-1.9-3.8 0-3.1 2.2-5.9 6.5-5.9 3.4 0 6 2.4 6 5.7 0 3.4-2.1 6.1-5.1 6.1-1 0-1.9-.5-2.2-1.1l-.6 2.3c-.2.9-.8 1.9-1.2 2.6A9 9 0 1 0 12 3z' },
  { target: 'facebook', label: 'share.facebook', text: { brand: 'Facebook' }, icon: 'M13.5 21v-7.5H16l.4-3h-2.9V8.6c0-.9.3-1.5 1.5-1.5h1.5V4.4c-.3 0-1.2-.1-2.2-.1-2.2 0-3.8 1.4-3.8 3.9v2.3H8v3h2.5V21h3z' },
  { target: 'x', label: 'share.x', text: { brand: 'X' }, icon: 'M4 4h4.5l3.7 5.2L16.6 4H19l-5.6 6.6L20 20h-4.5l-4-5.6L6.6 20H4.2l6-7.1L4 4z' },
  { target: 'linkedin', label: 'share.linkedin', text: { brand: 'LinkedIn' }, icon: 'M5 9h3v11H5V9zm1.5-5a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4zM10 9h2.9v1.5c.4-.8 1.4-1.7 3-1.7 3.1 0 3.7 2 3.7 4.7V20h-3v-5.8c0-1.4 0-3.1-1.9-3.1s-2.2 1.5-2.2 3V20H10V9z' },
  { target: 'whatsapp', label: 'share.whatsapp', text: { brand: 'WhatsApp' }, icon: 'M12 3.5a8.5 8.5 0 0 0-7.3 12.8L3.5 20.5l4.3-1.1A8.5 8.5 0 1 0 12 3.5zm4.7 11.8c-.2.6-1.2 1.1-1.7 1.2-.4 0-1 .1-3.1-.8-2.6-1.1-4.2-3.8-4.3-4-.1-.2-1-1.4-1-2.6 0-1.2.6-1.8.9-2.1.2-.2.5-.3.6-.3h.5c.1 0 .4 0 .5.4l.8 1.8c.1.1.1.3 0 .5l-.3.5-.4.4c-.1.1-.3.3-.1.6.2.3.7 1.2 1.5 1.9 1 .9 1.9 1.2 2.2 1.3.3.1.4.1.6-.1l.8-1c.2-.3.4-.2.6-.1l1.8.9c.2.1.4.2.4.3.1.1.1.6-.1 1.2z' },
  { target: 'email', label: 'share.email', text: 'share.emailText', icon: 'M4 6h16v12H4V6zm1.6 1.5 6.4 5 6.4-5H5.6zM5.5 16.5h13V9.3L12 14.3 5.5 9.3v7.2z' },
];

function Icon({ path }: { path: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20" className={styles.icon}>
      <path d={path} fill="currentColor" />
    </svg>
  );
}

function ServiceLink({ target, label, text, icon, article }: (typeof targets)[number] & { article: ShareBarProps }) {
  const t = useMessages();
  return (
    <a
      className={`${styles.button} ${styles[target] ?? ''}`}
      href={shareUrl(target, article)}
      target={target === 'email' ? undefined : '_blank'}
      rel={target === 'email' ? undefined : 'noopener noreferrer'}
      aria-label={t(label)}
    >
      <Icon path={icon} />
      <span aria-hidden="true" className={styles.text}>
        {typeof text === 'string' ? t(text) : <bdi>{text.brand}</bdi>}
      </span>
    </a>
  );
}

// In the row: the share sheet (where the device has one), then these; the rest wait behind "More".
const primary = new Set<ShareTarget>(['pinterest', 'whatsapp']);

/**
 * Share actions under an article, in one row: the device's own share sheet
 * where it has one, Pin It and WhatsApp, and "More" for the other services
 * and copying the link.
 */
export function ShareBar(article: ShareBarProps) {
  const { url, title } = article;
  const headingId = useId();
  const t = useMessages();
  const moreId = useId();
  const fallbackId = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [moreOpen, setMoreOpen] = useState(false);
  // The share sheet belongs to the device: known after hydration, never during render.
  const canShareNatively = useClientValue(() => typeof navigator.share === 'function', false);
  // The one prerendered button here that needs this code (the links work without it): a tap before the
  // code has arrived is performed once it has.
  const moreRef = useRef<HTMLButtonElement>(null);
  useQueuedTap(moreRef);

  async function copyLink() {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setCopyState('copied');
    } catch {
      setCopyState('manual');
    }
  }

  async function shareNatively() {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      // Closing the share sheet is not a failure; anything else falls back to copying.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setCopyState('manual');
    }
  }

  return (
    <section className={styles.bar} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('share.heading')}
      </h2>
      <ul className={styles.list}>
        {canShareNatively && (
          <li>
            <button type="button" className={`${styles.button} ${styles.native}`} onClick={() => void shareNatively()} aria-label={t('share.nativeLabel')}>
              <Icon path="M16 5l-1.4 1.4L13 4.8V15h-2V4.8L9.4 6.4 8 5l4-4 4 4zM5 10h3v2H6v8h12v-8h-2v-2h3a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V11a1 1 0 0 1 1-1z" />
              <span aria-hidden="true" className={styles.text}>
                {t('share.native')}
              </span>
            </button>
          </li>
        )}
        {targets
          .filter(({ target }) => primary.has(target))
          .map((item) => (
            <li key={item.target}>
              <ServiceLink {...item} article={article} />
            </li>
          ))}
        <li>
          <button
            ref={moreRef}
            type="button"
            data-tap-queue
            className={`${styles.button} ${styles.more}`}
            aria-expanded={moreOpen}
            aria-controls={moreId}
            onClick={() => setMoreOpen((open) => !open)}
            aria-label={t('share.moreLabel')}
          >
            {t('share.more')}
            <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" className={moreOpen ? styles.chevronOpen : styles.chevron}>
              <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </li>
      </ul>
      <ul id={moreId} className={styles.list} hidden={!moreOpen}>
        {targets
          .filter(({ target }) => !primary.has(target))
          .map((item) => (
            <li key={item.target}>
              <ServiceLink {...item} article={article} />
            </li>
          ))}
        <li>
          <button type="button" className={styles.button} onClick={() => void copyLink()}>
            <Icon path="M9 7V5a2 2 0 0 1 2-2h7a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-2v-2h2V5h-7v2H9zM4 10a2 2 0 0 1 2-2h7a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-9zm2 0v9h7v-9H6z" />
            <span>{t('share.copy')}</span>
          </button>
        </li>
      </ul>
      <div aria-live="polite" className={styles.status}>
        {copyState === 'copied' && <p>{t('share.copied')}</p>}
        {copyState === 'manual' && (
          <div className={styles.manual}>
            <label htmlFor={fallbackId}>{t('share.manual')}</label>
            <input id={fallbackId} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
          </div>
        )}
      </div>
    </section>
  );
}
