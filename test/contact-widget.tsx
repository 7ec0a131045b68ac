import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import siteConfig from '../public/site-config.json';
import { ContactWidget } from '@/features/contact/components/contact-widget';
import { escapeRegExp as escape } from '@/lib/escape-reg-exp';
import { server } from '@/mocks/node';
import { renderWithProviders } from './render-app';

/** An entry's accessible name: name, role and status, read in that order. */
export function entryName(name: string, role: string, status: string, { partial = false } = {}): RegExp {
  return new RegExp(`^${escape(name)},\\s*${escape(role)},\\s*${escape(status)}${partial ? '' : '$'}`);
}

/** Wednesday 10:00 in Shanghai, 03:00 in Berlin, on a clock the test moves; for a `beforeEach`. */
export function setWednesdayMorning() {
  vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(new Date('2026-11-25T02:00:00Z'));
}

/** The widget on a page with one link of its own. */
export function renderWidget(path = '/') {
  return renderWithProviders(
    <>
      <main>
        <a href="#before">A link on the page</a>
      </main>
      <ContactWidget />
    </>,
    { path, user: userEvent.setup({ advanceTimers: vi.advanceTimersByTime }) },
  );
}

/** Time passes with the page idle: the panel's code loads then, and who is online is known, all inside act(). */
export async function idleFor(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
    await import('@/features/contact/components/contact-panel');
  });
}

/** The shipped site configuration with its contact section changed, served for this test. */
export function withContact(change: (contact: typeof siteConfig.contact) => void) {
  const config = structuredClone(siteConfig);
  change(config.contact);
  server.use(http.get('*/site-config.json', () => HttpResponse.json(config)));
}

export async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /Chat with us on WhatsApp/ }));
  return screen.findByRole('dialog', { name: 'Sales Team' });
}
