import { postQueries } from '@/features/articles/api/posts';
import { db } from '@/mocks/db';
import { createTestQueryClient } from '../../../test/render-app';
import { referenceSlug, referenceTitle } from '../../../test/reference-page';
import { exampleSite } from './example-site';
import { feedXml } from './feed';
import { siteDescription } from './head-model';

/** The feed of the mock's latest articles, read back as a feed reader would. */
async function readFeed(prepare?: () => void) {
  prepare?.();
  const latest = await createTestQueryClient().fetchQuery(postQueries.list({ page: 1 }));
  const xml = feedXml(latest.items, exampleSite(), siteDescription);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  const items = [...doc.querySelectorAll('item')].map((item) => ({
    title: item.querySelector('title')?.textContent,
    link: item.querySelector('link')?.textContent,
    pubDate: item.querySelector('pubDate')?.textContent,
    description: item.querySelector('description')?.textContent ?? null,
    categories: [...item.querySelectorAll('category')].map((category) => category.textContent),
  }));
  return { doc, items };
}

describe('the site feed', () => {
  it('lists the ten newest articles with links to the reader’s pages and RFC 822 dates', async () => {
    const { doc, items } = await readFeed();
    expect(doc.querySelector('channel > title')?.textContent).toBe('Example News');
    expect(doc.querySelector('channel > link')?.textContent).toBe('https://news.example.com/');
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(items).toHaveLength(10);
    const reference = items.find((item) => item.title === referenceTitle);
    expect(reference).toMatchObject({
      link: `https://news.example.com/news/${referenceSlug}`,
      // Published at 10:12 in the site's zone (GMT+8).
      pubDate: 'Wed, 05 Jul 2023 02:12:00 GMT',
      categories: ['Global Onsite Activity'],
    });
    expect(reference!.description).toMatch(/^Recently, after meeting/);
  });

  it('escapes what would break the XML, so a feed reader sees the title the page shows', async () => {
    const { items } = await readFeed(() => {
      const newest = [...db.posts].filter((post) => post.status === 'publish').sort((a, b) => b.date_gmt.localeCompare(a.date_gmt))[0]!;
      newest.title = 'Sales &amp; Service “Fast” at 2 &lt; 3 <em>sites</em>';
    });
    expect(items[0]!.title).toBe('Sales & Service “Fast” at 2 < 3 sites');
  });
});
