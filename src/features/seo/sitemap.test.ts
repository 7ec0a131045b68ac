import { db } from '@/mocks/db';
import type { Article } from '@/features/articles/api/posts';
import { fetchPosts } from '@/features/articles/api/posts-fetch';
import { articleSitemapEntry, robotsTxt, sitemapEntries, sitemapFiles, type SitemapFile } from './sitemap';

const siteUrl = 'https://news.example.com';
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const w3cDateTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/;

/** Every published post, read as the build reads WordPress: through the API, page by page. */
async function allArticles(): Promise<Article[]> {
  const first = await fetchPosts({ page: 1, perPage: 100 });
  const rest = await Promise.all(Array.from({ length: first.totalPages - 1 }, (_, index) => fetchPosts({ page: index + 2, perPage: 100 })));
  return [first, ...rest].flatMap((page) => page.items);
}

/** A file parsed as a crawler parses it, checked against the protocol's rules. */
function read(file: SitemapFile) {
  const doc = new DOMParser().parseFromString(file.xml, 'application/xml');
  expect(doc.querySelector('parsererror')).toBeNull();
  expect(file.xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const root = doc.documentElement;
  expect(root.namespaceURI).toBe(namespace);
  const items = [...root.children];
  expect(items.length).toBeLessThanOrEqual(50_000);
  const locs = items.map((item) => item.getElementsByTagNameNS(namespace, 'loc')[0]!.textContent!);
  for (const loc of locs) {
    expect(loc.length).toBeLessThan(2048);
    expect(new URL(loc).href).toBe(loc);
    expect(loc.startsWith(`${siteUrl}/`)).toBe(true);
  }
  for (const lastmod of doc.getElementsByTagNameNS(namespace, 'lastmod')) expect(lastmod.textContent).toMatch(w3cDateTime);
  return { root: root.localName, locs, items };
}

/** What WordPress lists to anyone: drafts are not published. */
const published = () => db.posts.filter((post) => post.status === 'publish');

describe('sitemap.xml', () => {
  it('lists every published article once, with lastmod from modified_gmt', async () => {
    const articles = await allArticles();
    const files = sitemapFiles(articles.map(articleSitemapEntry), { siteUrl });
    expect(files.map((file) => file.path)).toEqual(['/sitemap.xml']);
    const { root, locs, items } = read(files[0]!);
    expect(root).toBe('urlset');
    expect([...locs].sort()).toEqual(published().map((post) => `${siteUrl}/news/${post.slug}`).sort());
    const reference = db.posts.find((post) => post.slug.startsWith('eu-japan'))!;
    const item = items.find((element) => element.textContent!.includes(reference.slug))!;
    expect(item.getElementsByTagNameNS(namespace, 'lastmod')[0]!.textContent).toBe(`${reference.modified_gmt}Z`);
  });

  it('splits into an index of files past the limit per file, each URL once', async () => {
    const entries = (await allArticles()).map(articleSitemapEntry);
    const files = sitemapFiles([...entries, ...entries.slice(0, 3)], { siteUrl, maxUrlsPerFile: 10 });
    const parts = Math.ceil(published().length / 10);
    expect(files.map((file) => file.path)).toEqual(['/sitemap.xml', ...Array.from({ length: parts }, (_, index) => `/sitemap-${index + 1}.xml`)]);

    const index = read(files[0]!);
    expect(index.root).toBe('sitemapindex');
    expect(index.locs).toEqual(files.slice(1).map((file) => `${siteUrl}${file.path}`));
    const listed = files.slice(1).flatMap((file) => {
      const part = read(file);
      expect(part.root).toBe('urlset');
      expect(part.locs.length).toBeLessThanOrEqual(10);
      return part.locs;
    });
    expect(listed).toHaveLength(published().length);
    expect(new Set(listed).size).toBe(published().length);
  });

  it('escapes and percent-encodes what a URL may carry', () => {
    const [file] = sitemapFiles([{ path: "/tag/r&d's/?a=1&b=<2>" }, { path: '/news/café-東京' }], { siteUrl: `${siteUrl}/` });
    expect(file!.xml).toContain('<loc>https://news.example.com/tag/r&amp;d&apos;s/?a=1&amp;b=%3C2%3E</loc>');
    expect(file!.xml).toContain('<loc>https://news.example.com/news/caf%C3%A9-%E6%9D%B1%E4%BA%AC</loc>');
    expect(read(file!).locs).toEqual(["https://news.example.com/tag/r&d's/?a=1&b=%3C2%3E", 'https://news.example.com/news/caf%C3%A9-%E6%9D%B1%E4%BA%AC']);
  });

  it('lists the home page, every archive and every article of a site', async () => {
    const posts = await allArticles();
    const entries = sitemapEntries({ posts, categories: db.categories, tags: db.tags });
    const { locs } = read(sitemapFiles(entries, { siteUrl })[0]!);
    expect(locs).toHaveLength(1 + db.categories.length + db.tags.length + published().length);
    expect(locs).toContain(`${siteUrl}/`);
    expect(locs).toContain(`${siteUrl}/category/${db.categories[0]!.slug}`);
    expect(locs).toContain(`${siteUrl}/tag/energy-power`);
    const newest = [...published()].sort((a, b) => b.modified_gmt.localeCompare(a.modified_gmt))[0]!;
    expect(entries[0]).toEqual({ path: '/', lastmod: `${newest.modified_gmt}Z` });
  });

  it('gives WordPress’s zone-less modified_gmt its zone', () => {
    expect(articleSitemapEntry({ slug: 'a', modifiedGmt: '2023-07-05T02:12:00' })).toEqual({ path: '/news/a', lastmod: '2023-07-05T02:12:00Z' });
    expect(articleSitemapEntry({ slug: 'a', modifiedGmt: '2023-07-05T02:12:00+00:00' }).lastmod).toBe('2023-07-05T02:12:00+00:00');
    expect(articleSitemapEntry({ slug: 'a', modifiedGmt: null }).lastmod).toBeNull();
  });

  it('refuses a limit the protocol does not allow', () => {
    expect(() => sitemapFiles([], { siteUrl, maxUrlsPerFile: 0 })).toThrow(RangeError);
    expect(sitemapFiles([{ path: '/' }], { siteUrl, maxUrlsPerFile: 60_000 })).toHaveLength(1);
  });
});

describe('robots.txt', () => {
  it('lets crawlers in and points them to the sitemap', () => {
    const text = robotsTxt(`${siteUrl}/`);
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).toMatch(/^Sitemap: https:\/\/news\.example\.com\/sitemap\.xml$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
  });
});
