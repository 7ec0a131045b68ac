import { collisionWarning, pageCollisions } from './page-collisions';

describe('pages whose addresses the reader’s routes claim', () => {
  it('reports a page the reader’s route hides, naming the page and the route', () => {
    const [search, archive] = pageCollisions([
      { title: 'Search', path: '/search' },
      { title: 'Archive', path: '/category/archive' },
    ]);
    expect(search).toEqual({ title: 'Search', path: '/search', route: '/search', hidden: true });
    expect(archive).toMatchObject({ route: '/category/:slug', hidden: true });
    expect(collisionWarning(search!)).toBe('WordPress page “Search” (/search/) is not served: the reader\'s route /search has that address. Give the page another slug in WordPress.');
  });

  it('serves a page called news or page at its own address, and says what it shares', () => {
    const found = pageCollisions([
      { title: 'News', path: '/news' },
      { title: 'Page', path: '/page' },
      { title: 'Team', path: '/news/team' },
    ]);
    expect(found).toEqual([
      { title: 'News', path: '/news', route: '/news/:slug', hidden: false },
      { title: 'Page', path: '/page', route: '/page/:page', hidden: false },
      { title: 'Team', path: '/news/team', route: '/news/:slug', hidden: true },
    ]);
    expect(collisionWarning(found[0]!)).toContain('is served, but its address begins like the reader\'s route /news/:slug');
  });

  it('reports nothing for pages at addresses of their own, nested or not Latin', () => {
    expect(pageCollisions([
      { title: 'About', path: '/about-us' },
      { title: 'History', path: '/about-us/our-history' },
      { title: '上海办事处', path: `/service-network/${encodeURIComponent('上海办事处')}` },
    ])).toEqual([]);
  });
});
