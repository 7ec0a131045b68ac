import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { apiRoot, usesMockApi } from '@/lib/config';
import { useStored } from '@/lib/local-store';
import { siteConfigQuery, type SiteConfig } from '@/lib/site-config';
import { readNewsletterConfig, resolveNewsletterEndpoint } from '../api/newsletter';
import { subscriberKey, subscriberSchema } from '../api/use-subscribe';
import { NewsletterForm } from './newsletter-form';
import styles from './newsletter-box.module.css';
import { RichMessage } from '@/lib/i18n/rich-message';
import { useMessages } from '@/lib/i18n/use-messages';

// Outside the component so React Query runs it once per config, not per render
// (a bad section would otherwise warn on every render).
function selectNewsletter(config: SiteConfig) {
  return {
    siteName: config.siteName,
    endpoint: resolveNewsletterEndpoint(readNewsletterConfig(config.newsletter), { usesMockApi, apiRoot: apiRoot() }),
  };
}

/**
 * The reference page's "Subscribe To Our Newsletter" box, once per page (in the
 * footer). Renders nothing where there is no list to join. A reader this
 * device knows is on the list is not asked again, in this tab or any other.
 */
export function NewsletterBox() {
  const { data } = useQuery({ ...siteConfigQuery, select: selectNewsletter });
  // Shared with every box and tab; null in prerendered markup, the device's own right after.
  const subscriber = useStored(subscriberKey, subscriberSchema);
  // A sign-up in this very box goes on showing its own outcome; "another address" shows the form again.
  const [formWanted, setFormWanted] = useState<'signed-up-here' | 'another' | null>(null);
  if (!data?.endpoint) return null;
  if (subscriber && !formWanted) {
    return <KnownSubscriber email={subscriber} siteName={data.siteName} onAnotherAddress={() => setFormWanted('another')} />;
  }
  return (
    <NewsletterForm
      // The button that had focus is gone; the field it asked for takes it.
      focusField={formWanted === 'another'}
      endpoint={data.endpoint}
      siteName={data.siteName}
      onSending={() => setFormWanted((current) => current ?? 'signed-up-here')}
    />
  );
}

function KnownSubscriber({ email, siteName, onAnotherAddress }: { email: string; siteName: string; onAnotherAddress: () => void }) {
  const headingId = useId();
  const t = useMessages();
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {t('newsletter.heading')}
      </h2>
      <p className={styles.intro}>
        <RichMessage id="newsletter.known" values={{ siteName, email }} elements={[<strong key="address" className={styles.address} />]} />
      </p>
      <p className={styles.intro}>
        <button type="button" className={styles.linkButton} onClick={onAnotherAddress}>
          {t('newsletter.another')}
        </button>
      </p>
    </section>
  );
}
