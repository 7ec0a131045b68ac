import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import siteConfig from '../../../public/site-config.json';
import { expectConsole } from '../../../test/console-guard';
import { renderApp } from '../../../test/render-app';

const navigation = () => screen.getByRole('navigation', { name: 'Main' });
const menuLink = async (name: string) => within(await screen.findByRole('navigation', { name: 'Main' })).findByRole('link', { name });

describe('the site’s menu', () => {
  it('without a menu it can read, lists the site’s pages, nested, and its sections', async () => {
    renderApp('/');
    const about = await menuLink('About Us');
    const nav = navigation();
    expect(about).toHaveAttribute('href', '/about-us');
    const links = within(nav).getAllByRole('link').map((link) => link.textContent);
    expect(links.slice(0, 1)).toEqual(['Latest news']);
    expect(links).toEqual(expect.arrayContaining(['Our History', 'Leadership', 'Service Network', '上海办事处', 'Privacy Policy', 'Company News']));
    // The sub-pages sit in a disclosure under their page, named by it.
    const toggle = within(nav).getByText((_, element) => element?.tagName === 'SUMMARY' && element.getAttribute('aria-label') === 'Pages under About Us');
    const history = within(nav).getByRole('link', { name: 'Our History' });
    expect(toggle.closest('details')).toContainElement(history);
    expect(history).toHaveAttribute('href', '/about-us/our-history');
  });

  it('takes the menu site-config.json sets, external links included', async () => {
    server.use(
      http.get('*/site-config.json', () =>
        HttpResponse.json({ ...siteConfig, menu: [{ title: 'Who we are', url: '/about-us/', children: [{ title: 'History', url: '/about-us/our-history/' }] }, { title: 'Group', url: 'https://group.example.org/' }] }),
      ),
    );
    const { user, router } = renderApp('/');
    const who = await menuLink('Who we are');
    expect(within(navigation()).getByRole('link', { name: 'Group' })).toHaveAttribute('href', 'https://group.example.org/');
    expect(within(navigation()).queryByRole('link', { name: 'Privacy Policy' })).toBeNull();
    await user.click(who);
    await waitFor(() => expect(router.state.location.pathname).toBe('/about-us'));
    expect(await screen.findByRole('heading', { level: 1, name: 'About Us' })).toBeInTheDocument();
  });

  it('ignores a menu in site-config.json that is not of the right form, says why, and shows the site’s own', async () => {
    expectConsole(/site-config\.json: "menu" is ignored/, 'the configuration under test is wrong on purpose');
    server.use(http.get('*/site-config.json', () => HttpResponse.json({ ...siteConfig, menu: [{ title: 'No address' }] })));
    renderApp('/');
    expect(await menuLink('About Us')).toBeInTheDocument();
  });
});
