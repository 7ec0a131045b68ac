import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { readBlockNavigation } from '@/features/menu/api/site-menu-fetch';
import { siteMenuQuery } from '@/features/menu/api/site-menu';
import { server } from '@/mocks/node';
import siteConfig from '../../../public/site-config.json';
import { expectConsole } from '../../../test/console-guard';
import { createTestQueryClient, renderApp } from '../../../test/render-app';

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

  describe('a block theme’s navigation, as the build read it', () => {
    /** The app with the menu the build read from the mock's /wp/v2/navigation, as a prerendered page carries it. */
    async function withBuiltNavigation() {
      const queryClient = createTestQueryClient();
      const menu = await readBlockNavigation();
      expect(menu).not.toBeNull();
      queryClient.setQueryData(siteMenuQuery.queryKey, menu!);
      return renderApp('/', { queryClient });
    }

    it('shows its links and sub-menus, without the sections the reader adds to a page list', async () => {
      await withBuiltNavigation();
      const around = await menuLink('Around the world');
      expect(around).toHaveAttribute('href', '/category/global-onsite-activity');
      const nav = navigation();
      const toggle = within(nav).getByText((_, element) => element?.tagName === 'SUMMARY' && element.getAttribute('aria-label') === 'Pages under Around the world');
      expect(toggle.closest('details')).toContainElement(within(nav).getByRole('link', { name: 'EMAC Group' }));
      expect(within(nav).getByRole('link', { name: 'Our History' })).toHaveAttribute('href', '/about-us/our-history');
      // The menu's own home link is the reader's "Latest news"; the sections come only from the navigation.
      expect(within(nav).getAllByRole('link', { name: 'Latest news' })).toHaveLength(1);
      expect(within(nav).queryByRole('link', { name: 'Home' })).not.toBeInTheDocument();
      expect(within(nav).queryByRole('link', { name: 'Global Onsite Activity' })).not.toBeInTheDocument();
    });

    it('shows a sub-menu that links nowhere as its label, its items still reachable', async () => {
      server.use(
        http.get('*/wp-json/wp/v2/navigation', () =>
          HttpResponse.json([
            {
              id: 7,
              content: {
                rendered:
                  '<li class="wp-block-navigation-item has-child open-on-click wp-block-navigation-submenu"><button class="wp-block-navigation-item__content wp-block-navigation-submenu__toggle" aria-expanded="false"><span class="wp-block-navigation-item__label">Regions</span></button>' +
                  '<ul class="wp-block-navigation__submenu-container"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/service-network/"><span class="wp-block-navigation-item__label">Offices</span></a></li></ul></li>',
                protected: false,
              },
            },
          ]),
        ),
      );
      await withBuiltNavigation();
      const offices = await menuLink('Offices');
      expect(offices).toHaveAttribute('href', '/service-network');
      const nav = navigation();
      expect(within(nav).queryByRole('link', { name: 'Regions' })).not.toBeInTheDocument();
      expect(within(nav).getByText('Regions')).toBeVisible();
      expect(within(nav).getByText((_, element) => element?.tagName === 'SUMMARY' && element.getAttribute('aria-label') === 'Pages under Regions').closest('details')).toContainElement(offices);
    });
  });
});
