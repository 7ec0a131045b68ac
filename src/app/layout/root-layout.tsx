import { Component, lazy, Suspense, useRef, type ReactNode } from 'react';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router-dom';
import { OfflineNotice } from './offline-notice';
import { scrollKey } from './scroll-key';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { useNavigationFocus } from './use-navigation-focus';
import styles from './root-layout.module.css';
import { useMessages } from '@/lib/i18n/use-messages';

// Below the fold or floating over it: prerendered with the page, but their code
// is not on the first view's path. React keeps their prerendered markup until
// it arrives, then hydrates them.
const ContactWidget = lazy(() => import('@/features/contact/components/contact-widget').then((module) => ({ default: module.ContactWidget })));
const NewsletterBox = lazy(() => import('@/features/newsletter/components/newsletter-box').then((module) => ({ default: module.NewsletterBox })));

/** A floating or footer part whose code could not be downloaded shows nothing; the page around it stays. */
class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function RootLayout() {
  const navigation = useNavigation();
  const t = useMessages();
  const main = useRef<HTMLElement>(null);
  useNavigationFocus(main);

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skipLink}>
        {t('nav.skip')}
      </a>
      <SiteHeader />
      <OfflineNotice />
      {navigation.state === 'loading' && <div className={styles.progress} role="progressbar" aria-label={t('status.loadingPage')} />}
      <main ref={main} id="main" tabIndex={-1} className={styles.main}>
        <Outlet />
      </main>
      <SiteFooter>
        <QuietBoundary>
          <Suspense fallback={null}>
            <NewsletterBox />
          </Suspense>
        </QuietBoundary>
      </SiteFooter>
      <QuietBoundary>
        <Suspense fallback={null}>
          <ContactWidget />
        </Suspense>
      </QuietBoundary>
      <ScrollRestoration getKey={scrollKey} />
    </div>
  );
}
