import { siteOrigin } from '@/lib/site-links';
import { menuTarget, menuTree } from './menu-links';

const site = (path: string) => `${siteOrigin()}${path}`;

describe('where a menu item leads', () => {
  it('maps the WordPress site’s pages, categories, tags and posts to the reader’s paths', () => {
    expect(menuTarget(site('/about-us/'), 'page')).toEqual({ href: '/about-us', external: false });
    expect(menuTarget(site('/about-us/our-history/'), 'page')).toEqual({ href: '/about-us/our-history', external: false });
    expect(menuTarget(site('/service-network/%e4%b8%8a%e6%b5%b7/'), 'page')).toEqual({ href: `/service-network/${encodeURIComponent('上海')}`, external: false });
    expect(menuTarget(site('/category/news/company-news/'), 'category')).toEqual({ href: '/category/company-news', external: false });
    expect(menuTarget(site('/tag/pumps/'), 'post_tag')).toEqual({ href: '/tag/pumps', external: false });
    expect(menuTarget(site('/2023/07/05/a-post/'), 'post')).toEqual({ href: '/news/a-post', external: false });
  });

  it('reads a link typed by hand: home, the reader’s own kinds of address, a dated permalink, else a page', () => {
    expect(menuTarget(site('/'))).toEqual({ href: '/', external: false });
    expect(menuTarget('/category/pumps/')).toEqual({ href: '/category/pumps', external: false });
    expect(menuTarget(site('/2023/07/05/a-post/'))).toEqual({ href: '/news/a-post', external: false });
    expect(menuTarget('/contact/')).toEqual({ href: '/contact', external: false });
  });

  it('keeps links that leave the site as they are', () => {
    expect(menuTarget('https://group.example.org/', 'custom')).toEqual({ href: 'https://group.example.org/', external: true });
    // Another site's page is not ours, whatever WordPress calls it.
    expect(menuTarget('https://group.example.org/about/', 'page')).toEqual({ href: 'https://group.example.org/about/', external: true });
    expect(menuTarget('mailto:press@example.com')).toEqual({ href: 'mailto:press@example.com', external: true });
  });
});

describe('the menu’s tree', () => {
  it('puts each item under its parent, in the list’s order', () => {
    const tree = menuTree([
      { id: 1, parent: 0, label: 'About', url: site('/about/'), object: 'page' },
      { id: 2, parent: 1, label: 'History', url: site('/about/history/'), object: 'page' },
      { id: 3, parent: 2, label: 'Founders', url: site('/about/history/founders/'), object: 'page' },
      { id: 4, parent: 1, label: 'Team', url: site('/about/team/'), object: 'page' },
      { id: 5, parent: 0, label: 'Group', url: 'https://group.example.org/' },
    ]);
    expect(tree.map((entry) => entry.label)).toEqual(['About', 'Group']);
    expect(tree[0]!.children.map((entry) => entry.label)).toEqual(['History', 'Team']);
    expect(tree[0]!.children[0]!.children).toEqual([{ id: '3', label: 'Founders', href: '/about/history/founders', external: false, children: [] }]);
  });

  it('puts an item whose parent is missing, or whose parents loop, at the top rather than losing it', () => {
    const tree = menuTree([
      { id: 1, parent: 99, label: 'Orphan', url: '/orphan/' },
      { id: 2, parent: 3, label: 'A', url: '/a/' },
      { id: 3, parent: 2, label: 'B', url: '/b/' },
    ]);
    expect(tree.map((entry) => entry.label)).toEqual(['Orphan', 'A', 'B']);
  });
});
