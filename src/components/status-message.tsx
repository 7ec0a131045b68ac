import type { ReactNode } from 'react';
import styles from './status-message.module.css';

interface StatusMessageProps {
  tone: 'error' | 'empty' | 'info';
  title: string;
  children?: ReactNode;
  /** Buttons or links offered to get out of this state. */
  actions?: ReactNode;
  /** Heading level that fits where the message sits. */
  headingLevel?: 1 | 2 | 3;
}

/** The shared shape of error, empty and not-found states: what happened, and what to do. */
export function StatusMessage({ tone, title, children, actions, headingLevel = 2 }: StatusMessageProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <section className={`${styles.message} ${styles[tone]}`} role={tone === 'error' ? 'alert' : undefined}>
      <Heading className={styles.title}>{title}</Heading>
      {children ? <div className={styles.body}>{children}</div> : null}
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </section>
  );
}
