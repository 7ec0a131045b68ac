// @vitest-environment jsdom
/**
 * Block-theme navigation menus (`/wp/v2/navigation`): the same requests to
 * the mock and to a real WordPress holding the same seed
 * (scripts/wordpress/seed-navigation.php), compared as the build reads them.
 */
import { blockNavigationEntries } from '@/features/menu/block-navigation';
import type { MenuEntry } from '@/features/menu/menu-links';
import { siteOrigin } from '@/lib/site-links';
import { askBoth, mockSite, wordpress, type Answer, type Site } from '../sites';
import { basicAuth, credentialsOf } from '../credentials';

interface Navigation {
  id: number;
  date: string;
  modified: string;
  title: { rendered: string };
  status: string;
  content: { rendered: string; protected: boolean };
}

/** The menu the build makes of a navigation, each site's own address read as the reader's (they live at different origins). */
function menuOf(site: Site, navigation: Navigation) {
  const origin = site.name === 'mock' ? 'http://reader.example' : process.env.WORDPRESS_URL!;
  const entries = blockNavigationEntries(navigation.content.rendered.replaceAll(origin, siteOrigin()));
  const shape = (list: MenuEntry[]): unknown[] => list.map((entry) => [entry.label, entry.href, entry.external, shape(entry.children)]);
  return shape(entries);
}

const navigations = (answer: Answer) => {
  expect(answer.status).toBe(200);
  return answer.body as Navigation[];
};

describe('block navigation menus', () => {
  it('lists the same published navigations to a visitor, newest first, without the draft', async () => {
    const both = await askBoth('/navigation?_fields=id,date,modified,title,status,content');
    const outline = (list: Navigation[]) => list.map((n) => [n.id, n.date, n.modified, n.title.rendered, n.status, n.content.protected]);
    expect(outline(navigations(both.mock))).toEqual(outline(navigations(both.wordpress)));
    expect(outline(navigations(both.mock)).map(([id]) => id)).toEqual([2102, 2101]);
    expect(both.mock.headers.get('X-WP-Total')).toBe(both.wordpress.headers.get('X-WP-Total'));
  });

  it('renders the same menu: page list nested, sub-menu, a link to a draft page left out', async () => {
    const both = await askBoth('/navigation?per_page=1&orderby=date&order=desc&_fields=id,content');
    const [mock] = navigations(both.mock);
    const [real] = navigations(both.wordpress);
    expect(menuOf(mockSite(), mock!)).toEqual(menuOf(wordpress, real!));
    expect(menuOf(wordpress, real!)).toContainEqual(['About Us', '/about-us', false, [['Our History', '/about-us/our-history', false, []], ['Leadership', '/about-us/leadership', false, []]]]);
    expect(JSON.stringify(menuOf(wordpress, real!))).not.toContain('Careers');
  });

  it('orders by the last edit when asked, as WordPress does', async () => {
    const both = await askBoth('/navigation?orderby=modified&order=desc&_fields=id');
    expect(navigations(both.mock)).toEqual(navigations(both.wordpress));
    expect(navigations(both.mock).map((n) => n.id)).toEqual([2101, 2102]);
  });

  it.each([
    ['a visitor', false, 401],
    ['the build’s editor', true, 403],
  ])('refuses the saved block markup (context=edit) to %s', async (_who, signed, status) => {
    const ask = (site: Site) => site.request('/navigation?context=edit', { headers: signed ? basicAuth(credentialsOf(site.name)) : {} });
    const [mock, real] = await Promise.all([ask(mockSite()), ask(wordpress)]);
    expect([mock.status, real.status]).toEqual([status, status]);
    expect((mock.body as { code: string }).code).toBe((real.body as { code: string }).code);
  });

  it('refuses a visitor the drafts with WordPress’s error', async () => {
    const both = await askBoth('/navigation?status=draft');
    expect([both.mock.status, both.wordpress.status]).toEqual([400, 400]);
    expect((both.mock.body as { code: string }).code).toBe((both.wordpress.body as { code: string }).code);
  });
});
