import type { DbNavigation, NavigationBlock } from '../db';

/**
 * The site's block-theme navigation menus (`wp_navigation` posts, as the Site
 * Editor saves them; Twenty Twenty-Three's header shows the newest published
 * one). Held as blocks: the mock renders them as WordPress does
 * (handlers/navigation.ts), and `npm run test:wordpress` saves the same blocks
 * (scripts/wordpress/seed-navigation.php). Link addresses starting with `/` are
 * on the site; both sites make them absolute, as the editor saves them.
 */
const link = (label: string, url: string, attrs: Record<string, unknown> = {}): NavigationBlock => ({
  name: 'core/navigation-link',
  attrs: { label, url, kind: 'custom', ...attrs },
  inner: [],
});

const headerBlocks: NavigationBlock[] = [
  { name: 'core/home-link', attrs: { label: 'Home' }, inner: [] },
  // Every published page, nested as WordPress nests them.
  { name: 'core/page-list', attrs: {}, inner: [] },
  link('Company News', '/category/company-news/', { type: 'category', kind: 'taxonomy' }),
  {
    name: 'core/navigation-submenu',
    attrs: { label: 'Around the world', url: '/category/global-onsite-activity/', type: 'category', kind: 'taxonomy' },
    inner: [
      link('Industry News', '/category/industry-news/', { type: 'category', kind: 'taxonomy' }),
      // A link to a page not published yet: WordPress leaves it out.
      link('Careers', '/draft-careers/', { type: 'page', id: 2007, kind: 'post-type' }),
      link('EMAC Group', 'https://group.example.org/', { opensInNewTab: true }),
    ],
  },
  { name: 'core/spacer', attrs: { height: '8px' }, inner: [] },
];

export function blockNavigations(toGmt: (local: string) => string): DbNavigation[] {
  const navigation = (id: number, date: string, title: string, blocks: NavigationBlock[], status: DbNavigation['status'] = 'publish'): DbNavigation => ({
    id,
    date,
    date_gmt: toGmt(date),
    modified: date,
    modified_gmt: toGmt(date),
    slug: title.toLowerCase().replace(/\s+/g, '-'),
    status,
    title,
    blocks,
  });
  return [
    // An older one, edited since: WordPress goes by the date it was first published, not by the last edit.
    { ...navigation(2101, '2022-01-05T09:00:00', 'Footer links', [link('Privacy Policy', '/privacy-policy/', { type: 'page', id: 2006, kind: 'post-type' })]), modified: '2023-06-01T09:00:00', modified_gmt: toGmt('2023-06-01T09:00:00') },
    navigation(2102, '2022-01-12T09:00:00', 'Header navigation', headerBlocks),
    // A draft, newer still: visitors (and the build) never see it.
    navigation(2103, '2022-02-01T09:00:00', 'Redesign (draft)', [link('Only a draft', '/about-us/')], 'draft'),
  ];
}
