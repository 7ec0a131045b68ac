import { blockNavigationEntries } from './block-navigation';

const outline = (html: string) => {
  const walk = (entries: ReturnType<typeof blockNavigationEntries>): unknown[] =>
    entries.map((entry) => (entry.children.length ? [entry.label, entry.href, walk(entry.children)] : [entry.label, entry.href]));
  return walk(blockNavigationEntries(html));
};

describe('a block navigation, as WordPress renders it', () => {
  it('takes links, home link, sub-menus and the page list, nested, in their order', () => {
    const html =
      '<li class="wp-block-navigation-item wp-block-home-link"><a class="wp-block-home-link__content wp-block-navigation-item__content" href="http://localhost:3000/" rel="home">Home</a></li>' +
      '<li class="wp-block-navigation-item has-child wp-block-navigation-submenu"><a class="wp-block-navigation-item__content" href="http://localhost:3000/category/industry-news/">Industry &amp; trade</a>' +
      '<button aria-label="Industry &amp; trade submenu" class="wp-block-navigation-submenu__toggle"><svg aria-hidden="true"></svg></button>' +
      '<ul class="wp-block-navigation__submenu-container"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="https://group.example.org/"><span class="wp-block-navigation-item__label">Group</span></a></li></ul></li>' +
      '<ul class="wp-block-page-list"><li class="wp-block-pages-list__item has-child"><a class="wp-block-pages-list__item__link" href="http://localhost:3000/about-us/">About Us</a>' +
      '<ul class="submenu-container"><li class="wp-block-pages-list__item"><a class="wp-block-pages-list__item__link" href="http://localhost:3000/about-us/leadership/">Leadership</a></li></ul></li></ul>';
    expect(outline(html)).toEqual([
      ['Home', '/'],
      ['Industry & trade', '/category/industry-news', [['Group', 'https://group.example.org/']]],
      ['About Us', '/about-us', [['Leadership', '/about-us/leadership']]],
    ]);
  });

  it('keeps a sub-menu that opens on click, whose label is a button and links nowhere', () => {
    const html =
      '<li class="wp-block-navigation-item has-child open-on-click wp-block-navigation-submenu"><button class="wp-block-navigation-item__content wp-block-navigation-submenu__toggle" aria-expanded="false"><span class="wp-block-navigation-item__label">Regions</span></button>' +
      '<ul class="wp-block-navigation__submenu-container"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/service-network/"><span class="wp-block-navigation-item__label">Offices</span></a></li></ul></li>';
    expect(outline(html)).toEqual([['Regions', '', [['Offices', '/service-network']]]]);
  });

  it('skips what is not a menu item: spacers, social icons, a search box, an item with no label', () => {
    const html =
      '<div style="height:8px" aria-hidden="true" class="wp-block-spacer"></div>' +
      '<ul class="wp-block-social-links"><li class="wp-social-link wp-block-social-link"><a href="https://example.org/feed"><svg></svg><span class="wp-block-social-link-label screen-reader-text">RSS Feed</span></a></li></ul>' +
      '<form role="search" class="wp-block-search"><label>Search</label><input type="search"></form>' +
      '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/about-us/"></a></li>' +
      '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/privacy-policy/"><span class="wp-block-navigation-item__label">Privacy</span></a></li>';
    expect(outline(html)).toEqual([['Privacy', '/privacy-policy']]);
  });

  it('has no entries for an empty navigation', () => {
    expect(blockNavigationEntries('')).toEqual([]);
  });
});
