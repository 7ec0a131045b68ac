// @vitest-environment jsdom
/**
 * WordPress pages and classic menus: the same requests to the mock and to a
 * real WordPress holding the same seed (scripts/wordpress/seed-pages.php),
 * compared as the reader reads them. Menus with and without the build's
 * Application Password: each site its own (credentials.ts).
 */
import * as v from 'valibot';
import { pageFields, pageSchema, toSitePage } from '@/features/pages/api/page-schema';
import { menuTree, type MenuEntry } from '@/features/menu/menu-links';
import { htmlToText } from '@/lib/html';
import { askBoth, mockSite, wordpress, type Answer, type Site } from '../sites';
import { basicAuth, credentialsOf } from '../credentials';
import { protectedPageId, protectedPagePassword } from '@/mocks/seed/protected-page';

/** A page as the reader shows it, its address as a path: the two sites live at different origins. */
function pages(answer: Answer) {
  expect(answer.status).toBe(200);
  return v.parse(v.array(pageSchema), answer.body).map((page) => {
    const read = toSitePage(page)!;
    return { ...read, contentHtml: undefined, text: htmlToText(read.contentHtml).replace(/\s+/g, '') };
  });
}

const pageQuery = (query: string) => `/pages?${query}&orderby=id&order=asc&_fields=${pageFields}`;

describe('pages', () => {
  it.each([
    ['a top-level page', 'slug=about-us'],
    ['a nested page', 'slug=our-history'],
    ['a page under a non-Latin slug, asked decoded', `slug=${encodeURIComponent('上海办事处')}`],
    ['a page under a non-Latin slug, asked as WordPress stores it', 'slug=%25e4%25b8%258a%25e6%25b5%25b7%25e5%258a%259e%25e4%25ba%258b%25e5%25a4%2584'],
    ['a draft, which no reader sees', 'slug=draft-careers'],
    ['the children of a page', 'parent=2001'],
    ['a password-protected page, its text withheld', 'slug=partner-area'],
  ])('%s: the same pages, read the same way', async (_name, query) => {
    const both = await askBoth(pageQuery(query));
    expect(pages(both.mock)).toEqual(pages(both.wordpress));
  });

  it('gives a protected page’s text and comments for the right password, refuses a wrong one with WordPress’s code', async () => {
    const listed = await askBoth(pageQuery('slug=partner-area'));
    expect(pages(listed.wordpress)[0]).toMatchObject({ protected: true, text: '' });
    const right = await askBoth(`/pages/${protectedPageId}?password=${protectedPagePassword}&_fields=content`);
    expect(right.wordpress.status).toBe(200);
    const text = (answer: Answer) => htmlToText((answer.body as { content: { rendered: string } }).content.rendered).replace(/\s+/g, '');
    expect(text(right.wordpress)).not.toBe('');
    expect(text(right.mock)).toBe(text(right.wordpress));
    const code = (answer: Answer) => ({ status: answer.status, code: (answer.body as { code?: string }).code });
    const wrong = await askBoth(`/pages/${protectedPageId}?password=guess&_fields=content`);
    expect(code(wrong.wordpress)).toEqual({ status: 403, code: 'rest_post_incorrect_password' });
    expect(code(wrong.mock)).toEqual(code(wrong.wordpress));
    const authors = (answer: Answer) => (answer.body as { author_name: string }[]).map((comment) => comment.author_name);
    const comments = await askBoth(`/comments?post=${protectedPageId}&password=${protectedPagePassword}`);
    expect(authors(comments.wordpress)).toEqual(['Ahmed Farouk']);
    expect(authors(comments.mock)).toEqual(authors(comments.wordpress));
    const refused = await askBoth(`/comments?post=${protectedPageId}`);
    expect(code(refused.wordpress)).toEqual({ status: 401, code: 'rest_cannot_read_post' });
    expect(code(refused.mock)).toEqual(code(refused.wordpress));
  });

  it('pages the whole list the same way, in menu order', async () => {
    const both = await askBoth('/pages?per_page=100&orderby=menu_order&order=asc&_fields=id,parent,title,link');
    expect(both.mock.headers.get('X-WP-Total')).toBe(both.wordpress.headers.get('X-WP-Total'));
    const outline = (answer: Answer) => (answer.body as { parent: number; title: { rendered: string }; link: string }[]).map((page) => [page.parent, page.title.rendered, new URL(page.link).pathname]);
    expect(outline(both.mock)).toEqual(outline(both.wordpress));
    expect(outline(both.mock)).toContainEqual([2004, '上海办事处', '/service-network/%e4%b8%8a%e6%b5%b7%e5%8a%9e%e4%ba%8b%e5%a4%84/']);
  });
});

async function ask(site: Site, route: string, signed: boolean | 'wrong') {
  const credentials = credentialsOf(site.name);
  const headers = signed === 'wrong' ? basicAuth({ user: credentials.user, password: 'abcd abcd abcd abcd abcd abcd' }) : signed ? basicAuth(credentials) : {};
  return site.request(route, { headers });
}

/** The menu as the reader builds it, with each item's address as a path (the two sites live at different origins). */
function outline(answer: Answer) {
  const items = answer.body as { id: number; parent: number; title: { rendered: string }; url: string; object: string }[];
  const tree = menuTree(items.map((item) => ({ id: item.id, parent: item.parent, label: htmlToText(item.title.rendered), url: new URL(item.url).pathname, object: item.object })));
  const shape = (entries: MenuEntry[]): unknown[] => entries.map((entry) => [entry.label, entry.href, shape(entry.children)]);
  return shape(tree);
}

describe('classic menus', () => {
  it.each(['/menus', '/menu-items'])('%s: refused to a visitor, as to a wrong password, with WordPress’s own error', async (route) => {
    for (const signed of [false, 'wrong'] as const) {
      const [mock, real] = await Promise.all([ask(mockSite(), route, signed), ask(wordpress, route, signed)]);
      expect({ status: mock.status, code: (mock.body as { code: string }).code }).toEqual({ status: real.status, code: (real.body as { code: string }).code });
      expect(real.status).toBe(401);
    }
  });

  it('with the build’s Application Password: the same menu, nested the same way', async () => {
    const menusOf = async (site: Site) => {
      const menus = await ask(site, '/menus?_fields=id,name,locations', true);
      expect(menus.status).toBe(200);
      const [menu] = menus.body as { id: number; name: string; locations: string[] }[];
      expect(menu).toMatchObject({ name: 'Primary', locations: [] });
      return outline(await ask(site, `/menu-items?menus=${menu!.id}&per_page=100&_fields=id,parent,title,url,object`, true));
    };
    const [mock, real] = await Promise.all([menusOf(mockSite()), menusOf(wordpress)]);
    expect(mock).toEqual(real);
    expect(mock).toContainEqual(['About Us', '/about-us', [['Our History', '/about-us/our-history', []], ['Leadership', '/about-us/leadership', []]]]);
  });
});
