/**
 * The site's RSS 2.0 feed, as text: the build writes it for a site whose
 * WordPress publishes none of its own at the reader's address (the built-in
 * mock). Its items link to the reader's pages, newest first.
 */
import { absoluteUrl, articlePath, feedFilePath, type SiteContext } from './head-model';
import { escapeXml } from './xml';

export interface FeedItem {
  slug: string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  excerpt: string;
  /** A UTC instant with its zone, or null when WordPress gave none. */
  publishedGmt: string | null;
  author: string | null;
  categories: readonly { name: string }[];
}

/** RFC 822 dates, as RSS 2.0 requires: `Wed, 05 Jul 2023 01:30:00 GMT`. */
const rfc822 = (instant: string) => new Date(instant).toUTCString();

function item(entry: FeedItem, site: Pick<SiteContext, 'siteUrl'>): string {
  const link = escapeXml(absoluteUrl(articlePath(entry.slug), site));
  return [
    '    <item>',
    `      <title>${escapeXml(entry.title)}</title>`,
    `      <link>${link}</link>`,
    `      <guid isPermaLink="true">${link}</guid>`,
    entry.publishedGmt ? `      <pubDate>${rfc822(entry.publishedGmt)}</pubDate>` : '',
    entry.author ? `      <dc:creator>${escapeXml(entry.author)}</dc:creator>` : '',
    ...entry.categories.map((category) => `      <category>${escapeXml(category.name)}</category>`),
    entry.excerpt ? `      <description>${escapeXml(entry.excerpt)}</description>` : '',
    '    </item>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The feed of the latest articles; `description` says what the site publishes. */
export function feedXml(items: readonly FeedItem[], site: Pick<SiteContext, 'siteUrl' | 'siteName' | 'locale'>, description: string): string {
  const newest = items.map((entry) => entry.publishedGmt).find((instant): instant is string => Boolean(instant));
  return `${[
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(site.siteName)}</title>`,
    `    <link>${escapeXml(absoluteUrl('/', site))}</link>`,
    `    <atom:link href="${escapeXml(absoluteUrl(feedFilePath, site))}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(description)}</description>`,
    `    <language>${escapeXml(site.locale.replace('_', '-'))}</language>`,
    newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    ...items.map((entry) => item(entry, site)),
    '  </channel>',
    '</rss>',
  ]
    .filter(Boolean)
    .join('\n')}\n`;
}
