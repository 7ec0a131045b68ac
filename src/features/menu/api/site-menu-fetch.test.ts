import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { createBuildFetch } from '@/prerender/build-fetch';
import { readSnapshot } from '@/prerender/snapshot';
import { mockBuildCredentials } from '../../../../test/build-credentials';
import { readBlockNavigation, readClassicMenu, readPageMenu } from './site-menu-fetch';

/** The build's fetch (src/prerender/build-fetch.ts), with or without its Application Password. */
async function asTheBuild<T>(authorization: string | null, read: () => Promise<T>) {
  const { snapshot } = await readSnapshot();
  const network = globalThis.fetch;
  const build = createBuildFetch({ snapshot, shipped: () => null, network, hash: (text) => text, authorization });
  globalThis.fetch = build.fetch;
  try {
    return { result: await read(), refused: build.refusedCredentials() };
  } finally {
    globalThis.fetch = network;
  }
}

const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;

describe('the site’s menu, as the build reads it', () => {
  it('reads the classic menu with the build’s Application Password, nested, with reader paths', async () => {
    const { result, refused } = await asTheBuild(basic(mockBuildCredentials.user, mockBuildCredentials.password), () => readClassicMenu());
    expect(refused).toEqual([]);
    expect(result?.source).toBe('menu');
    const labels = (entries: NonNullable<typeof result>['entries']) => entries.map((entry) => [entry.label, entry.href, entry.external]);
    expect(labels(result!.entries)).toEqual([
      ['Home', '/', false],
      ['About Us', '/about-us', false],
      ['Service Network', '/service-network', false],
      ['Company News', '/category/company-news', false],
      ['Global Onsite Activity', '/category/global-onsite-activity', false],
      ['Industry News', '/category/industry-news', false],
      ['EMAC Group', 'https://group.example.org/', true],
    ]);
    expect(labels(result!.entries[1]!.children)).toEqual([
      ['Our History', '/about-us/our-history', false],
      ['Leadership', '/about-us/leadership', false],
    ]);
    expect(result!.entries[2]!.children[0]).toMatchObject({ label: 'Shanghai Office', href: `/service-network/${encodeURIComponent('上海办事处')}` });
  });

  it('has no menu without credentials, as WordPress shows menus only to editors', async () => {
    expect((await asTheBuild(null, () => readClassicMenu())).result).toBeNull();
  });

  it('says so when WordPress refuses the password, and has no menu', async () => {
    const { result, refused } = await asTheBuild(basic(mockBuildCredentials.user, 'wrong password'), () => readClassicMenu());
    expect(result).toBeNull();
    expect(refused).toEqual(['/menus: HTTP 401']);
  });

  it('falls back to the pages, nested, answered from the build’s snapshot as WordPress answers', async () => {
    const live = await readPageMenu();
    expect((await asTheBuild(null, () => readPageMenu())).result).toEqual(live);
    expect(live.entries.map((entry) => entry.label)).toEqual(['About Us', 'Service Network', 'Privacy Policy']);
    expect(live.entries[0]!.children.map((entry) => entry.href)).toEqual(['/about-us/our-history', '/about-us/leadership']);
  });

  describe('a block theme’s navigation (wp_navigation), for a site without a classic menu', () => {
    type Entries = NonNullable<Awaited<ReturnType<typeof readBlockNavigation>>>['entries'];
    const outline = (entries: Entries): unknown[] => entries.map((entry) => (entry.children.length ? [entry.label, entry.href, outline(entry.children)] : [entry.label, entry.href]));

    it('reads the newest published navigation without credentials, with WordPress’s page list and sub-menus', async () => {
      const { result, refused } = await asTheBuild(null, () => readBlockNavigation());
      expect(refused).toEqual([]);
      expect(result?.source).toBe('navigation');
      // Not "Footer links" (edited later, published earlier) nor the newer draft; the link to a draft page left out.
      expect(outline(result!.entries)).toEqual([
        ['Home', '/'],
        ['About Us', '/about-us', [['Our History', '/about-us/our-history'], ['Leadership', '/about-us/leadership']]],
        // The page list names every published page, a password-protected one too, as WordPress's does.
        [
          'Service Network',
          '/service-network',
          [
            ['上海办事处', `/service-network/${encodeURIComponent('上海办事处')}`],
            ['Partner Area', '/service-network/partner-area'],
          ],
        ],
        ['Privacy Policy', '/privacy-policy'],
        ['Company News', '/category/company-news'],
        ['Around the world', '/category/global-onsite-activity', [['Industry News', '/category/industry-news'], ['EMAC Group', 'https://group.example.org/']]],
      ]);
      expect(result!.entries.at(-1)!.children.at(-1)!.external).toBe(true);
    });

    it('reads the same with the build’s Application Password', async () => {
      const signed = await asTheBuild(basic(mockBuildCredentials.user, mockBuildCredentials.password), () => readBlockNavigation());
      expect(signed.result).toEqual((await asTheBuild(null, () => readBlockNavigation())).result);
    });

    it('has none on a site without navigations, or whose newest has no links, or on a WordPress without the route', async () => {
      server.use(http.get('*/wp-json/wp/v2/navigation', () => HttpResponse.json([])));
      expect((await asTheBuild(null, () => readBlockNavigation())).result).toBeNull();
      server.use(http.get('*/wp-json/wp/v2/navigation', () => HttpResponse.json([{ id: 5, content: { rendered: '<div class="wp-block-spacer"></div>', protected: false } }])));
      expect((await asTheBuild(null, () => readBlockNavigation())).result).toBeNull();
      server.use(http.get('*/wp-json/wp/v2/navigation', () => HttpResponse.json({ code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } }, { status: 404 })));
      expect((await asTheBuild(null, () => readBlockNavigation())).result).toBeNull();
    });

    it('fails the build on an answer that is not a list of navigations, rather than showing another menu', async () => {
      server.use(http.get('*/wp-json/wp/v2/navigation', () => HttpResponse.json({ unexpected: true })));
      await expect(asTheBuild(null, () => readBlockNavigation())).rejects.toThrow();
    });
  });
});
