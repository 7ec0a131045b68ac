import type { DbMenu, DbMenuItem, DbPage, DbPost } from '../db';

/**
 * The site's own pages (About, its sub-pages, a page under a non-Latin slug)
 * and its classic menu, which nests pages under pages and mixes in a
 * category, a post and links of its own. `npm run test:wordpress` loads the
 * same into a real WordPress (scripts/wordpress/seed-pages.php).
 */
export function sitePages(toGmt: (local: string) => string): DbPage[] {
  const page = (id: number, slug: string, title: string, paragraphs: string[], extra: Partial<DbPage> = {}): DbPage => {
    const date = '2022-01-10T09:00:00';
    const content = paragraphs.map((text) => `<p>${text}</p>\n`).join('\n');
    return {
      id,
      date,
      date_gmt: toGmt(date),
      modified: date,
      modified_gmt: toGmt(date),
      slug,
      status: 'publish',
      parent: 0,
      menu_order: 0,
      title,
      content,
      excerpt: `<p>${paragraphs[0] ?? ''}</p>\n`,
      author: 1,
      comment_status: 'closed',
      ...extra,
    };
  };
  return [
    page(2001, 'about-us', 'About Us', [
      'EMAC is a group of service companies for marine engines, generators and pumps, with workshops in Asia, Europe and the Middle East.',
      'Our engineers travel to the ship, the plant or the site, and our parts desks ship spares within a day.',
    ], { menu_order: 1 }),
    page(2002, 'our-history', 'Our History', [
      'The group began in 1998 as one workshop on the Pearl River, repairing the engines of coastal ferries.',
      'It opened its first service centre abroad in 2009, and today works with partners in thirty ports.',
    ], { parent: 2001, menu_order: 1 }),
    page(2003, 'leadership', 'Leadership', [
      'The group is run by a board of five, three of whom started as service engineers.',
    ], { parent: 2001, menu_order: 2 }),
    page(2004, 'service-network', 'Service Network', [
      'Our service centres answer around the clock. Ask us below which centre is nearest to your port.',
    ], { menu_order: 2, comment_status: 'open' }),
    // 上海办事处 (Shanghai office), stored as WordPress stores a non-Latin slug.
    page(2005, '%e4%b8%8a%e6%b5%b7%e5%8a%9e%e4%ba%8b%e5%a4%84', '上海办事处', [
      '我们的上海办事处负责华东地区的船舶发动机维修与备件供应。',
    ], { parent: 2004, menu_order: 1 }),
    page(2006, 'privacy-policy', 'Privacy Policy', [
      'This site keeps the name and email address you give with a comment, and nothing else about you.',
    ], { menu_order: 3 }),
    page(2007, 'draft-careers', 'Careers (draft)', ['Not published yet.'], { status: 'draft', menu_order: 4 }),
  ];
}

// In no theme location: the test WordPress runs a block theme (Twenty Twenty-Three), which has none.
export const siteMenus: DbMenu[] = [{ id: 30, name: 'Primary', slug: 'primary', locations: [] }];

export const siteMenuItems: DbMenuItem[] = [
  { id: 40, menu: 30, parent: 0, menu_order: 1, title: 'Home', object: 'custom', object_id: 0, url: '/' },
  { id: 41, menu: 30, parent: 0, menu_order: 2, title: 'About Us', object: 'page', object_id: 2001, url: '' },
  { id: 42, menu: 30, parent: 41, menu_order: 3, title: 'Our History', object: 'page', object_id: 2002, url: '' },
  { id: 43, menu: 30, parent: 41, menu_order: 4, title: 'Leadership', object: 'page', object_id: 2003, url: '' },
  { id: 44, menu: 30, parent: 0, menu_order: 5, title: 'Service Network', object: 'page', object_id: 2004, url: '' },
  { id: 45, menu: 30, parent: 44, menu_order: 6, title: 'Shanghai Office', object: 'page', object_id: 2005, url: '' },
  { id: 46, menu: 30, parent: 0, menu_order: 7, title: 'Company News', object: 'category', object_id: 3, url: '' },
  { id: 48, menu: 30, parent: 0, menu_order: 8, title: 'Global Onsite Activity', object: 'category', object_id: 2, url: '' },
  { id: 49, menu: 30, parent: 0, menu_order: 9, title: 'Industry News', object: 'category', object_id: 4, url: '' },
  { id: 47, menu: 30, parent: 0, menu_order: 10, title: 'EMAC Group', object: 'custom', object_id: 0, url: 'https://group.example.org/' },
];

/**
 * The user whose Application Password the build reads the menu with (README, "The site's menu").
 * Like WordPress, the mock keeps only a hash of the password (SHA-256 of it without spaces), so
 * no build, not even the mock's, holds the password itself; the tests have it (test/build-credentials.ts).
 */
export const mockBuildUser = { user: 'reader-build', passwordSha256: '9571049a85660ba8bddd2886a8043baae158699714d41445d040d9522ea7e928' } as const;

/**
 * A post split into three pages with the block editor's Page Break, its
 * content as WordPress's REST API renders it: every part, the marker between them.
 */
export function multiPagePost(toGmt: (local: string) => string): DbPost {
  const date = '2021-11-30T09:00:00';
  const part = (heading: string, text: string) => `<h2 class="wp-block-heading">${heading}</h2>\n\n<p>${text}</p>\n`;
  const content = [
    part('Part one: the daily walk-round', 'Before a generator starts, walk round it: look for leaks under the set, loose belts and a clean air filter indicator.'),
    part('Part two: the monthly load test', 'Once a month, run the set under at least a third of its rated load for half an hour, so the engine reaches working temperature.'),
    part('Part three: the yearly service', 'Once a year, change the oil and every filter, test the coolant, and have the battery and its charger checked.'),
  ].join('\n<!--nextpage-->\n');
  return {
    id: 1170,
    date,
    date_gmt: toGmt(date),
    modified: date,
    modified_gmt: toGmt(date),
    slug: 'generator-care-in-three-steps',
    status: 'publish',
    password: '',
    title: 'Generator Care in Three Steps',
    content,
    excerpt: '<p>Before a generator starts, walk round it: look for leaks under the set, loose belts and a clean air filter indicator.</p>\n',
    author: 2,
    featured_media: 0,
    comment_status: 'open',
    sticky: false,
    categories: [6],
    tags: [22, 24],
  };
}
