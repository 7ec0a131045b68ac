import { useId } from 'react';
import { isoDate } from '@/lib/dates';
import { useMessages, usePostDate } from '@/lib/i18n/use-messages';
import type { Ping } from '../api/comments';
import styles from './ping-list.module.css';

/**
 * The pingbacks and trackbacks of a post, apart from its comments and after
 * them, as WordPress themes list them: one line each, the citing page's title
 * as a link to it, its kind and its date.
 */
export function PingList({ pings }: { pings: readonly Ping[] }) {
  const headingId = useId();
  const t = useMessages();
  const postDate = usePostDate();
  if (pings.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('pings.heading', { count: pings.length })}
      </h2>
      <ol className={styles.list}>
        {pings.map((ping) => {
          // A ping without a title (WordPress keeps what the other site sent) is named by its address.
          const title = ping.title || ping.url;
          return (
            <li key={ping.id} className={styles.ping}>
              <span className={styles.kind}>{t(ping.kind === 'trackback' ? 'pings.trackback' : 'pings.pingback')}</span>
              {/* The title isolated in the page's direction: another site's words, in any script. */}
              {ping.url ? (
                <a className={styles.title} href={ping.url} rel="external nofollow ugc">
                  <bdi>{title}</bdi>
                </a>
              ) : (
                <span className={styles.title}>
                  <bdi>{title}</bdi>
                </span>
              )}
              <time className={styles.date} dateTime={isoDate(ping.date)}>
                {postDate(ping.date)}
              </time>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
