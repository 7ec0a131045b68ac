/**
 * The files crawlers look for, as text: the build writes them. Rules from
 * sitemaps.org: at most 50,000 URLs a file, absolute URLs entity-escaped,
 * `lastmod` in W3C date-time; past the limit, a sitemap index lists the parts.
 */
import { articlePath } from './head-model';
import { escapeXml } from './xml';

export interface SitemapEntry {
  /** The reader's path, such as `/news/some-slug`. */
  path: string;
  /** When the page last changed, with its zone (`2023-07-05T01:30:00Z`). */
  lastmod?: string | null;
}

export interface SitemapOptions {
  /** The reader's public address, without a trailing slash. */
  siteUrl: string;
  /** URLs per file before the sitemap is split; the protocol's limit by default. */
  maxUrlsPerFile?: number;
}

export interface SitemapFile {
  /** Where the file goes, from the site's root: `/sitemap.xml`, `/sitemap-1.xml`... */
  path: string;
  xml: string;
}

export const sitemapLimit = 50_000;


/** An absolute, percent-encoded URL of a path on the reader, escaped for XML. */
function loc(siteUrl: string, path: string): string {
  return escapeXml(new URL(`${siteUrl.replace(/\/+$/, '')}${path.startsWith('/') ? path : `/${path}`}`).href);
}

function urlset(siteUrl: string, entries: SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${escapeXml(entry.lastmod)}</lastmod>` : '';
    return `  <url><loc>${loc(siteUrl, entry.path)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The latest `lastmod` among entries, or null when none has one. */
function newestOf(entries: readonly SitemapEntry[]): string | null {
  return entries.reduce<string | null>((latest, entry) => (entry.lastmod && (!latest || Date.parse(entry.lastmod) > Date.parse(latest)) ? entry.lastmod : latest), null);
}

/**
 * The sitemap: one `/sitemap.xml` while the entries fit in one file, else an
 * index at `/sitemap.xml` and its parts `/sitemap-1.xml`, `/sitemap-2.xml`...
 * A path listed twice is listed once.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], options: SitemapOptions): SitemapFile[] {
  const max = Math.min(options.maxUrlsPerFile ?? sitemapLimit, sitemapLimit);
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`maxUrlsPerFile must be a whole number from 1 to ${sitemapLimit}`);
  const seen = new Set<string>();
  const unique = entries.filter((entry) => !seen.has(entry.path) && Boolean(seen.add(entry.path)));
  if (unique.length <= max) return [{ path: '/sitemap.xml', xml: urlset(options.siteUrl, unique) }];

  const parts: SitemapFile[] = [];
  for (let start = 0; start < unique.length; start += max) {
    parts.push({ path: `/sitemap-${parts.length + 1}.xml`, xml: urlset(options.siteUrl, unique.slice(start, start + max)) });
  }
  const items = parts.map((part, index) => {
    const lastmod = newestOf(unique.slice(index * max, (index + 1) * max));
    return `  <sitemap><loc>${loc(options.siteUrl, part.path)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ''}</sitemap>`;
  });
  const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
  return [{ path: '/sitemap.xml', xml: index }, ...parts];
}

/** A UTC time as WordPress's `*_gmt` fields write it (no zone), said with its zone as the protocol needs. */
const withZone = (gmt: string | null | undefined) => (gmt ? (/(Z|[+-]\d\d:\d\d)$/.test(gmt) ? gmt : `${gmt}Z`) : null);

/**
 * A sitemap entry for an article: its reader path, changed when WordPress
 * last modified it (`modifiedGmt` with or without its zone, as `modified_gmt` comes).
 */
export function articleSitemapEntry(article: { slug: string; modifiedGmt: string | null; publishedGmt?: string | null }): SitemapEntry {
  return { path: articlePath(article.slug), lastmod: withZone(article.modifiedGmt) ?? withZone(article.publishedGmt) };
}

/**
 * Everything a sitemap lists for a site: the home page (changed with its newest
 * article), every WordPress page, every category and tag archive, and every article. Paged list
 * pages are left out: crawlers reach them through rel="next".
 */
export function sitemapEntries(site: {
  posts: readonly { slug: string; modifiedGmt: string | null }[];
  categories: readonly { slug: string }[];
  tags: readonly { slug: string }[];
  pages?: readonly { path: string; modifiedGmt: string | null }[];
}): SitemapEntry[] {
  const articles = site.posts.map(articleSitemapEntry);
  return [
    { path: '/', lastmod: newestOf(articles) },
    ...(site.pages ?? []).map((page) => ({ path: page.path, lastmod: withZone(page.modifiedGmt) })),
    ...site.categories.map((term) => ({ path: `/category/${term.slug}` })),
    ...site.tags.map((term) => ({ path: `/tag/${term.slug}` })),
    ...articles,
  ];
}

/** `robots.txt`: everything may be crawled, and the sitemap is here. */
export function robotsTxt(siteUrl: string, sitemapPath = '/sitemap.xml'): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/+$/, '')}${sitemapPath}\n`;
}
