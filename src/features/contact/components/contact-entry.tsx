import { useLocale, useMessages } from '@/lib/i18n/use-messages';
import { initials } from '@/lib/initials';
import type { Agent, AgentEntry } from '../contact-agents';
import { statusLabel, type Availability } from '../schedule';
import styles from './contact-entry.module.css';

/** The person in a team's name: `Sales Manager - Mrs. Wendy Fu` → `Mrs. Wendy Fu`. */
const person = (name: string) => name.split(' - ').pop() ?? name;

interface ContactEntryProps {
  entry: AgentEntry;
  /** Now, for a valid agent. */
  status?: Availability;
  /** The chat link, for a valid agent. */
  href?: string;
  /** Offline agents can still be written to. */
  clickable: boolean;
  onStart: (agent: Agent) => void;
}

/** One team or person in the contact list: a chat link when they can be reached, a plain row otherwise. */
export function ContactEntry({ entry, status, href, clickable, onStart }: ContactEntryProps) {
  const t = useMessages();
  const { tag } = useLocale();
  if (!entry.valid || !status || !href) {
    return (
      <div className={`${styles.entry} ${styles.unavailable}`}>
        <span className={styles.avatar} aria-hidden="true">
          {initials(person(entry.agent.name))}
        </span>
        <span className={styles.text}>
          <bdi className={styles.name}>{entry.agent.name}</bdi>
          <span className={styles.status}>{t('contact.unavailable')}</span>
        </span>
      </div>
    );
  }
  const agent = entry.agent;
  const content = (
    <>
      <span className={styles.avatar} aria-hidden="true">
        {agent.avatar ? <img src={agent.avatar} alt="" width="40" height="40" /> : initials(person(agent.name))}
        <span className={`${styles.dot} ${status.online ? styles.online : ''}`} />
      </span>
      <span className={styles.text}>
        <bdi className={styles.name}>{agent.name}</bdi>
        {agent.role && (
          <span className={styles.role}>
            <span className="visually-hidden">{t('contact.partSeparator')}</span>
            <bdi>{agent.role}</bdi>
          </span>
        )}
        <span className={`${styles.status} ${status.online ? styles.statusOnline : ''}`}>
          <span className="visually-hidden">{t('contact.partSeparator')}</span>
          <bdi>{statusLabel(status, t, tag)}</bdi>
        </span>
      </span>
    </>
  );
  if (!status.online && !clickable) return <div className={`${styles.entry} ${styles.offline}`}>{content}</div>;
  return (
    <a className={`${styles.entry} ${styles.entryLink}`} href={href} target="_blank" rel="noopener noreferrer" onClick={() => onStart(agent)}>
      {content}
    </a>
  );
}
