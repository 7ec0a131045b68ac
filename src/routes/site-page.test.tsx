import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { protectedPagePassword } from '@/mocks/seed/protected-page';
import { renderApp } from '../../test/render-app';
import { tryWrongPassword } from '../../test/password-form';

describe('WordPress pages', () => {
  it('shows a nested page at its permalink with the page template: no byline, date or share bar', async () => {
    renderApp('/about-us/our-history/');
    const title = await screen.findByRole('heading', { level: 1, name: 'Our History' });
    const page = title.closest('article')!;
    expect(page).toHaveTextContent('The group began in 1998 as one workshop on the Pearl River');
    expect(within(page).queryByText(/min read|^By /)).not.toBeInTheDocument();
    expect(within(page).queryByRole('time')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Share on/ })).not.toBeInTheDocument();
    // Comments are closed on this page, so there is no comment section at all.
    expect(screen.queryByRole('region', { name: /comments/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Leave a comment' })).not.toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Our History – EMAC News'));
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/\/about-us\/our-history$/);
  });

  it('finds a page under a non-Latin slug, typed decoded or percent-encoded', async () => {
    renderApp(`/service-network/${encodeURIComponent('上海办事处')}`);
    expect(await screen.findByRole('heading', { level: 1, name: '上海办事处' })).toBeInTheDocument();
  });

  it('offers comments on a page that takes them', async () => {
    renderApp('/service-network');
    await screen.findByRole('heading', { level: 1, name: 'Service Network' });
    expect(await screen.findByRole('button', { name: 'Leave a comment' })).toBeInTheDocument();
  });

  it('does not serve a page at another parent’s path, nor an unknown path, nor a draft', async () => {
    for (const path of ['/our-history', '/no/such/page', '/draft-careers']) {
      const { unmount } = renderApp(path);
      expect(await screen.findByRole('heading', { level: 1, name: 'This page does not exist' })).toBeInTheDocument();
      unmount();
    }
  });

  it('says a page could not be loaded, with a retry that works', async () => {
    let fail = true;
    server.use(http.get('*/wp-json/wp/v2/pages', () => (fail ? HttpResponse.json({ code: 'internal_server_error', message: 'Boom', data: { status: 500 } }, { status: 500 }) : undefined)));
    const { user } = renderApp('/about-us');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' })).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About Us' })).toBeInTheDocument();
  });

  describe('a password-protected page', () => {
    const path = '/service-network/partner-area/';
    const pageText = /price list for spare parts/;

    it('asks for its password, with its text and comments withheld', async () => {
      renderApp(path);
      const title = await screen.findByRole('heading', { level: 1, name: 'Partner Area' });
      const page = title.closest('article')!;
      expect(within(page).getByRole('heading', { level: 2, name: 'This page is protected' })).toBeInTheDocument();
      expect(within(page).getByLabelText('Password')).toBeInTheDocument();
      expect(page).not.toHaveTextContent(pageText);
      expect(screen.queryByRole('button', { name: 'Leave a comment' })).not.toBeInTheDocument();
    });

    it('says a wrong password is wrong and keeps it, then opens the text and comments for the right one, for the tab’s session', async () => {
      const { user, unmount } = renderApp(path);
      const field = await tryWrongPassword(user);

      await user.clear(field);
      await user.type(field, protectedPagePassword);
      await user.click(screen.getByRole('button', { name: 'Unlock' }));
      const page = (await screen.findByText(pageText)).closest('article')!;
      expect(within(page).queryByLabelText('Password')).toBeNull();
      expect(await screen.findByText('The new warranty form saves us a day per claim. Thank you.')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Leave a comment' })).toBeInTheDocument();
      expect(sessionStorage.length).toBe(1);
      expect(localStorage.getItem(sessionStorage.key(0)!)).toBeNull();
      unmount();

      // Again in this tab: open at once, no form.
      renderApp(path);
      expect(await screen.findByText(pageText, {}, { timeout: 5000 })).toBeInTheDocument();
      expect(screen.queryByLabelText('Password')).toBeNull();
    });
  });
});
