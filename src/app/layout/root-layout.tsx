import { Outlet, ScrollRestoration, useNavigation } from 'react-router-dom';
import { ContactWidget } from '@/features/contact/components/contact-widget';
import { NewsletterBox } from '@/features/newsletter/components/newsletter-box';
import { OfflineNotice } from './offline-notice';
import { scrollKey } from './scroll-key';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import styles from './root-layout.module.css';

export function RootLayout() {
  const navigation = useNavigation();

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <SiteHeader />
      <OfflineNotice />
      {navigation.state === 'loading' && <div className={styles.progress} role="progressbar" aria-label="Loading page" />}
      <main id="main" tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <SiteFooter>
        <NewsletterBox />
      </SiteFooter>
      <ContactWidget />
      <ScrollRestoration getKey={scrollKey} />
    </div>
  );
}
