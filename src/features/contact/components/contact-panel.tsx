import { useEffect, useId, useRef, useState } from 'react';
import { trackChatStart } from '../analytics';
import { readAgents, validAgents, type Agent, type AgentEntry } from '../contact-agents';
import type { ContactConfig } from '../contact-config';
import { availability, type Availability } from '../schedule';
import { chatLink, fillMessage, type MessageContext } from '../whatsapp-link';
import { ContactEntry } from './contact-entry';
import styles from './contact-panel.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

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

/** A click on the dim layer around the panel: the dialog itself is the target (as for `::backdrop`), the point outside its box. */
function onBackdrop(event: { target: EventTarget; currentTarget: HTMLDialogElement; clientX: number; clientY: number }): boolean {
  if (event.target !== event.currentTarget) return false;
  const box = event.currentTarget.getBoundingClientRect();
  return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
}

export function ContactPanel({ config, context, pagePath, onClose }: ContactPanelProps) {
  const titleId = useId();
  const t = useMessages();
  const ctaNoteId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const pressedOnBackdrop = useRef(false);
  const now = useNow();

  useEffect(() => {
    const dialog = dialogRef.current;
    // Mounted means open. The platform makes the page behind inert, closes on Escape and gives focus back on close;
    // no cleanup closes it, so a remount in development finds it open and leaves it be.
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // The first person to write to, rather than the close button the browser would pick.
    listRef.current?.querySelector<HTMLElement>('a[href]')?.focus();
  }, []);

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
    // The pointer handlers are the dim layer's light dismiss; from the keyboard, Escape and the close button do that.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      className={`${styles.panel} ${config.position === 'left' ? styles.left : ''}`}
      aria-labelledby={titleId}
      aria-describedby={config.subtitle ? descriptionId : undefined}
      // Light dismiss by the browser where it knows `closedby` (Chromium 134+). The pointer handlers below do the same
      // for the others; where the browser has closed the dialog already, their close() does nothing.
      closedby="any"
      // Every way of closing (Escape, the close button, the dim layer) ends here, through the dialog's own close event.
      onClose={onClose}
      // Pressed and released on the dim layer, as the browser's light dismiss asks: a text selection dragged out of the panel keeps it open.
      onPointerDown={(event) => (pressedOnBackdrop.current = onBackdrop(event))}
      onClick={(event) => {
        if (pressedOnBackdrop.current && onBackdrop(event)) event.currentTarget.close();
        pressedOnBackdrop.current = false;
      }}
    >
      {/* The site's own texts (title, subtitle, button) may be in another script than the interface: each finds its own direction. */}
      <div className={styles.header}>
        <svg aria-hidden="true" viewBox="0 0 32 32" width="36" height="36" className={styles.mark}>
          <circle cx="16" cy="16" r="16" className={styles.markDisc} />
          <path d="M16 7.5a8.5 8.5 0 0 0-7.4 12.7L7.5 24.5l4.4-1.1A8.5 8.5 0 1 0 16 7.5z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
          <path d="M12.8 12.2c.3-.5.7-.5 1-.4l.9 2c.1.3 0 .6-.2.8l-.5.6c.6 1.3 1.6 2.3 2.9 2.9l.6-.5c.2-.2.5-.3.8-.2l2 .9c.2.2.1.7-.4 1-1 .8-2.3.8-3.6.2a9 9 0 0 1-4-4c-.6-1.3-.6-2.6.5-3.3z" fill="currentColor" />
        </svg>
        <div className={styles.heading}>
          <h2 id={titleId} className={styles.title} dir="auto">
            {config.title || t('contact.title')}
          </h2>
          {config.subtitle && (
            <p id={descriptionId} className={styles.subtitle} dir="auto">
              {config.subtitle}
            </p>
          )}
        </div>
        <button type="button" className={styles.close} onClick={() => dialogRef.current?.close()} aria-label={t('contact.close')}>
          <svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20">
            <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      <ul ref={listRef} className={styles.list}>
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
            <bdi>{config.callToAction || t('contact.callToAction')}</bdi>
          </a>
          {/* Who the button reaches, before the reader taps it. */}
          <p id={ctaNoteId} className={styles.ctaNote}>
            {statuses.get(ctaAgent.id)?.online ? t('contact.opensWithOnline', { name: ctaAgent.name }) : t('contact.opensWith', { name: ctaAgent.name })}
          </p>
        </div>
      )}
    </dialog>
  );
}
