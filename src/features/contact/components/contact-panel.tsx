import { useEffect, useId, useRef, useState } from 'react';
import { trackChatStart } from '../analytics';
import { readAgents, validAgents, type Agent, type AgentEntry } from '../contact-agents';
import type { ContactConfig } from '../contact-config';
import { availability, type Availability } from '../schedule';
import { chatLink, fillMessage, type MessageContext } from '../whatsapp-link';
import { ContactEntry } from './contact-entry';
import styles from './contact-panel.module.css';

interface ContactPanelProps {
  config: ContactConfig;
  context: MessageContext;
  pagePath: string;
  onClose: () => void;
}

/** True when any valid agent is online now: the button's green dot. */
export function anyoneOnline(config: ContactConfig, now = new Date()): boolean {
  return validAgents(config).some((agent) => availability(agent.hours, agent.timeZone, now).online);
}

/** Re-reads the clock every 30 s and when the tab comes back, so statuses stay true while the panel is open. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = () => setNow(new Date());
    const timer = window.setInterval(tick, 30_000);
    const onVisible = () => document.visibilityState === 'visible' && tick();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return now;
}

const focusableSelector = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function ContactPanel({ config, context, pagePath, onClose }: ContactPanelProps) {
  const titleId = useId();
  const ctaNoteId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const now = useNow();

  useEffect(() => {
    const first = dialogRef.current?.querySelector<HTMLElement>(`.${styles.entryLink}`) ?? dialogRef.current?.querySelector<HTMLElement>(focusableSelector);
    first?.focus();
  }, []);

  useEffect(() => {
    /** Tab and Shift+Tab go round the dialog's own controls. */
    function trapFocus(event: KeyboardEvent) {
      const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(focusableSelector) ?? [])];
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      if (!first || !last) return;
      if (!dialogRef.current?.contains(document.activeElement)) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }

    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      } else if (event.key === 'Tab') {
        trapFocus(event);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const entries = readAgents(config);
  const linkable = validAgents(config);
  const statuses = new Map<string, Availability>(linkable.map((agent) => [agent.id, availability(agent.hours, agent.timeZone, now)]));

  const linkFor = (agent: Agent) => chatLink(agent.digits, fillMessage(agent.message ?? config.message, context));
  const started = (agent: Agent) => trackChatStart({ agentId: agent.id, agentName: agent.name, pagePath });

  // Whoever can answer now comes first; otherwise the site's own order.
  const onlineNow = (entry: AgentEntry) => entry.valid && Boolean(statuses.get(entry.agent.id)?.online);
  const ordered = [...entries].sort((a, b) => Number(onlineNow(b)) - Number(onlineNow(a)));
  const orderedLinkable = ordered.filter((entry): entry is Extract<AgentEntry, { valid: true }> => entry.valid).map((entry) => entry.agent);
  // Only an agent whose entry is shown as a link: never an unavailable one, never an offline one that is not clickable.
  const ctaAgent = orderedLinkable.find((agent) => statuses.get(agent.id)?.online) ?? (config.offlineClickable ? orderedLinkable[0] : undefined);

  return (
    <div
      className={`${styles.backdrop} ${config.position === 'left' ? styles.left : ''}`}
      onPointerDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div ref={dialogRef} className={styles.panel} role="dialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={config.subtitle ? descriptionId : undefined}>
        <div className={styles.header}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="36" height="36" className={styles.mark}>
            <circle cx="16" cy="16" r="16" fill="currentColor" />
            <path d="M16 7.5a8.5 8.5 0 0 0-7.4 12.7L7.5 24.5l4.4-1.1A8.5 8.5 0 1 0 16 7.5z" fill="none" stroke="#fff" strokeWidth="1.8" strokeLinejoin="round" />
            <path d="M12.8 12.2c.3-.5.7-.5 1-.4l.9 2c.1.3 0 .6-.2.8l-.5.6c.6 1.3 1.6 2.3 2.9 2.9l.6-.5c.2-.2.5-.3.8-.2l2 .9c.2.2.1.7-.4 1-1 .8-2.3.8-3.6.2a9 9 0 0 1-4-4c-.6-1.3-.6-2.6.5-3.3z" fill="#fff" />
          </svg>
          <div className={styles.heading}>
            <h2 id={titleId} className={styles.title}>
              {config.title}
            </h2>
            {config.subtitle && (
              <p id={descriptionId} className={styles.subtitle}>
                {config.subtitle}
              </p>
            )}
          </div>
          <button type="button" className={styles.close} onClick={onClose} aria-label="Close the chat panel">
            <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        <ul className={styles.list}>
          {ordered.map((entry) => (
            <li key={entry.agent.id}>
              <ContactEntry
                entry={entry}
                status={entry.valid ? statuses.get(entry.agent.id) : undefined}
                href={entry.valid ? linkFor(entry.agent) : undefined}
                clickable={config.offlineClickable}
                onStart={started}
              />
            </li>
          ))}
        </ul>
        {ctaAgent && (
          <div className={styles.ctaBlock}>
            <a
              className={styles.cta}
              href={linkFor(ctaAgent)}
              target="_blank"
              rel="noopener noreferrer"
              aria-describedby={ctaNoteId}
              onClick={() => started(ctaAgent)}
            >
              {config.callToAction}
            </a>
            {/* Who the button reaches, before the reader taps it. */}
            <p id={ctaNoteId} className={styles.ctaNote}>
              Opens WhatsApp with {ctaAgent.name}
              {statuses.get(ctaAgent.id)?.online ? ', online now' : ''}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
