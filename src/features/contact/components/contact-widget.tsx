import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { siteConfigQuery } from '@/lib/site-config';
import { readStored, storedFlag, writeStored } from '@/lib/local-store';
import { whenIdle } from '@/lib/when-idle';
import { readContactConfig } from '../contact-config';
import { checkOnline } from '../online-check';
import styles from './contact-widget.module.css';
import { useKeepClear } from './use-keep-clear';
import { useQueuedTap } from '@/lib/queued-tap';
import { useMessages } from '@/lib/i18n/use-messages';

// The panel's code (with the phone numbering plans) loads when the reader reaches for the button, not before.
let panelModule: typeof import('./contact-panel') | undefined;
const loadPanel = () => import('./contact-panel').then((module) => (panelModule = module));
const ContactPanel = lazy(() => loadPanel().then((module) => ({ default: module.ContactPanel })));

const greetingKey = 'contact-greeting-dismissed';

/** The view's own title, without the site's name the tab adds. */
function pageTitleOf(title: string, siteName: string): string {
  const suffix = ` – ${siteName}`;
  const own = title.endsWith(suffix) ? title.slice(0, -suffix.length).trim() : title.trim();
  return own || siteName;
}

/** The floating WhatsApp-style button with the service teams behind it. */
export function ContactWidget() {
  const site = useQuery(siteConfigQuery);
  const t = useMessages();
  const location = useLocation();
  const config = useMemo(() => readContactConfig(site.data?.contact), [site.data]);
  const [open, setOpen] = useState(false);
  const [online, setOnline] = useState<boolean | null>(null);
  const [greetingVisible, setGreetingVisible] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const bubbleRef = useRef<HTMLDivElement>(null);
  const [focusInside, setFocusInside] = useState(false);
  const showGreeting = greetingVisible && !open && Boolean(config?.greeting);
  const { stepAside, bubbleClear } = useKeepClear(bubbleRef, showGreeting, open || focusInside);
  useQueuedTap(buttonRef);

  const hidden = !config || config.hiddenOn.some((prefix) => location.pathname === prefix || location.pathname.startsWith(`${prefix.replace(/\/$/, '')}/`));

  useEffect(() => {
    if (!config || hidden) return;
    let current = true;
    // Hours only until the panel's code is here, in a worker; then the panel's full check, phone numbers included.
    const refresh = () => {
      if (panelModule) setOnline(panelModule.anyoneOnline(config));
      else void checkOnline(config).then((online) => current && setOnline(online));
    };
    const cancel = whenIdle(refresh);
    const timer = window.setInterval(refresh, 60_000);
    return () => {
      current = false;
      cancel();
      window.clearInterval(timer);
    };
  }, [config, hidden]);

  useEffect(() => {
    if (!config?.greeting || hidden || readStored(greetingKey, storedFlag)) return;
    const timer = window.setTimeout(() => setGreetingVisible(true), config.greeting.delaySeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [config, hidden]);

  /** After the dialog has closed (Escape, the close button, a click on the dim layer). */
  const closed = useCallback(() => {
    setOpen(false);
    // The dialog gives focus back to what had it before, which is not always the button: Safari does not focus a
    // clicked button, and the greeting that opened the panel is gone by now.
    buttonRef.current?.focus();
  }, []);

  function dismissGreeting() {
    writeStored(greetingKey, true);
    setGreetingVisible(false);
  }

  function openPanel() {
    setOpen(true);
    if (greetingVisible) dismissGreeting();
  }

  if (!config || hidden || !site.data) return null;

  const siteName = site.data.siteName;
  const position = config.position === 'left' ? styles.left : styles.right;

  return (
    <div
      className={`${styles.widget} ${position} ${stepAside ? styles.aside : ''}`}
      onFocus={() => setFocusInside(true)}
      onBlur={(event) => setFocusInside(event.currentTarget.contains(event.relatedTarget))}
    >
      {showGreeting && config.greeting && (
        // Laid out but unseen while it would cover the article's text.
        <div ref={bubbleRef} className={`${styles.bubble} ${bubbleClear ? '' : styles.bubbleWaiting}`} role="status">
          <button type="button" className={styles.bubbleText} onClick={openPanel} dir="auto">
            {config.greeting.text}
          </button>
          <button type="button" className={styles.bubbleClose} onClick={dismissGreeting} aria-label={t('contact.dismissGreeting')}>
            <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16">
              <path d="M6 6l12 12M18 6L6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      )}
      <button
        ref={buttonRef}
        type="button"
        className={styles.button}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-tap-queue
        aria-label={online === true ? t('contact.buttonOnline') : online === false ? t('contact.buttonOffline') : t('contact.button')}
        // While the panel is open the rest of the page, this button too, is inert: a click here always opens it.
        onClick={openPanel}
        onPointerEnter={() => void loadPanel().catch(() => undefined)}
        onFocus={() => void loadPanel().catch(() => undefined)}
      >
        <svg aria-hidden="true" viewBox="0 0 32 32" width="30" height="30">
          <path d="M16 4a12 12 0 0 0-10.4 18l-1.6 6 6.2-1.6A12 12 0 1 0 16 4z" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinejoin="round" />
          <path d="M11.6 10.8c.4-.7 1-.7 1.4-.5l1.3 2.8c.1.4 0 .8-.3 1.1l-.7.8c.8 1.8 2.2 3.2 4 4l.8-.7c.3-.3.7-.4 1.1-.3l2.8 1.3c.3.3.2 1-.5 1.4-1.4 1.1-3.3 1.1-5 .3a12.6 12.6 0 0 1-5.6-5.6c-.8-1.7-.8-3.6.7-4.6z" fill="currentColor" />
        </svg>
        {online && <span className={styles.onlineDot} aria-hidden="true" />}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ContactPanel
            config={config}
            context={{ siteName, pageTitle: pageTitleOf(document.title, siteName), pageUrl: window.location.href }}
            pagePath={location.pathname}
            onClose={closed}
          />
        </Suspense>
      )}
    </div>
  );
}
