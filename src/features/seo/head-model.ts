/** What the head of one page says, before it is rendered: plain data, built by pure functions. */
export interface PageHead {
  /** The whole `<title>`, site name included. */
  title: string;
  /** Plain text, at most 160 characters. */
  description: string;
  /** Absolute; null for views that have no address of their own. */
  canonical: string | null;
  /** `noindex` and the like; null lets crawlers index the page. */
  robots: string | null;
  prev: string | null;
  next: string | null;
  /** Open Graph (`property`) and Twitter (`name`) tags, in print order. */
  meta: HeadMeta[];
  /** Structured data, one JSON-LD script each. */
  jsonLd: Record<string, unknown>[];
  feed: { title: string; href: string };
}

export type HeadMeta = { property: string; content: string } | { name: string; content: string };

export interface ShareImage {
  /** Absolute. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** What every head needs to know about the site. */
export interface SiteContext {
  /** The reader's public address, without a trailing slash. */
  siteUrl: string;
  siteName: string;
  /** Open Graph locale, such as `en_US`. */
  locale: string;
  /** The WordPress site's origin (where permalinks, uploads and the feed live). */
  wordpressOrigin: string;
  /**
   * True when the WordPress host is the reader's own page origin (the built-in
   * mock): its files are then served from the reader's public address.
   */
  wordpressIsReader: boolean;
  /** Maps a WordPress permalink to the reader's path, or null when the reader has no page for it. */
  toReaderPath: (href: string) => string | null;
  /** Used when a page has no picture of its own. */
  defaultImage: ShareImage;
  /** The publisher's logo for structured data. */
  logo: { url: string; width: number; height: number };
}

const descriptionLimit = 160;

/** Plain text cut at a word boundary to fit a meta description. */
export function plainDescription(text: string, limit = descriptionLimit): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit - 1);
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length > limit / 2 ? atWord : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** `Page – Site name`, or the site name alone for an untitled page. */
export function documentTitle(page: string, site: Pick<SiteContext, 'siteName'>): string {
  return page ? `${page} – ${site.siteName}` : site.siteName;
}

/** The reader's absolute address of a path: `siteUrl + path`, so a reader under a sub-path keeps it. */
export function absoluteUrl(path: string, site: Pick<SiteContext, 'siteUrl'>): string {
  return new URL(`${site.siteUrl}${path.startsWith('/') ? path : `/${path}`}`).href;
}

/** Where the build writes the feed of a site whose WordPress has none at the reader's address (the built-in mock). */
export const feedFilePath = '/feed.xml';

/** What the site publishes, in a sentence: the home page's description and the feed's. */
export const siteDescription = 'The latest news, events and service stories from our teams around the world.';

/** The site's feed: WordPress's own, or on the mock the one the build writes beside the pages. */
export function siteFeed(site: Pick<SiteContext, 'siteName' | 'siteUrl' | 'wordpressOrigin' | 'wordpressIsReader'>): PageHead['feed'] {
  return { title: `${site.siteName} » Feed`, href: site.wordpressIsReader ? `${site.siteUrl}${feedFilePath}` : `${site.wordpressOrigin}/feed/` };
}

/** The reader's path for an article. */
export function articlePath(slug: string): string {
  return `/news/${slug}`;
}
