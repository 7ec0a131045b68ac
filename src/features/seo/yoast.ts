import type { YoastHead } from '@/lib/yoast-head';
import { absoluteUrl, plainDescription, type HeadMeta, type PageHead, type SiteContext } from './head-model';
import { absoluteFileUrl } from './share-image';

type UrlSite = Pick<SiteContext, 'siteUrl' | 'wordpressOrigin' | 'wordpressIsReader' | 'toReaderPath'>;

/**
 * A URL on the WordPress host, said in the reader's own address: permalinks
 * become the reader's pages, WordPress's search its search. Files WordPress
 * serves itself (uploads, the feed) stay where they are, except on the mock,
 * whose files the reader serves. Anything else is returned unchanged.
 */
export function toReaderUrl(value: string, site: UrlSite): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return value;
  }
  if (url.origin !== site.wordpressOrigin) return value;
  const search = url.searchParams.get('s');
  if (url.pathname === '/' && search !== null) {
    // `{search_term_string}` is a template that SearchAction needs verbatim.
    return absoluteUrl(`/search?q=${encodeURIComponent(search).replace(/%7B/g, '{').replace(/%7D/g, '}')}`, site);
  }
  // A file (a picture, a PDF) is not a permalink, whatever folder it is in.
  const isFile = /\.[a-z\d]{2,5}$/i.test(url.pathname);
  const readerPath = isFile ? null : site.toReaderPath(url.href);
  if (readerPath !== null) return absoluteUrl(readerPath, site);
  return absoluteFileUrl(url.href, site);
}

/** Every string in a JSON value that is a WordPress URL, rewritten; `path` fields (server paths) dropped. */
export function rewriteUrls(value: unknown, site: UrlSite): unknown {
  if (typeof value === 'string') return toReaderUrl(value, site);
  if (Array.isArray(value)) return value.map((item) => rewriteUrls(item, site));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'path')
        .map(([key, item]) => [key, rewriteUrls(item, site)]),
    );
  }
  return value;
}

const keyOf = (meta: HeadMeta) => ('property' in meta ? meta.property : meta.name);
const isImageKey = (key: string) => key === 'og:image' || key.startsWith('og:image:');

function yoastMeta(yoast: YoastHead, site: UrlSite): HeadMeta[] {
  const url = (value: string | undefined) => (value ? toReaderUrl(value, site) : undefined);
  const property = (name: string, content: string | number | undefined): HeadMeta[] =>
    content === undefined || content === '' || Number.isNaN(content) ? [] : [{ property: name, content: String(content) }];
  const named = (name: string, content: string | undefined): HeadMeta[] => (content ? [{ name, content }] : []);
  const image = yoast.og_image?.[0];
  return [
    ...property('og:type', yoast.og_type),
    ...property('og:title', yoast.og_title),
    ...property('og:description', yoast.og_description),
    ...property('og:url', url(yoast.og_url)),
    ...property('og:site_name', yoast.og_site_name),
    ...property('og:locale', yoast.og_locale),
    // Only the fields a crawler reads: never `path`, the file's place on the WordPress server.
    ...(image
      ? [
          ...property('og:image', url(image.url)),
          ...property('og:image:width', image.width),
          ...property('og:image:height', image.height),
          ...property('og:image:alt', image.alt),
          ...property('og:image:type', image.type),
        ]
      : []),
    ...property('article:publisher', url(yoast.article_publisher)),
    ...property('article:published_time', yoast.article_published_time),
    ...property('article:modified_time', yoast.article_modified_time),
    ...named('twitter:card', yoast.twitter_card),
    ...named('twitter:title', yoast.twitter_title),
    ...named('twitter:description', yoast.twitter_description),
    ...named('twitter:image', url(yoast.twitter_image)),
    ...named('twitter:site', yoast.twitter_site),
    ...named('twitter:creator', yoast.twitter_creator),
  ];
}

/** The head with Yoast SEO's fields first, every WordPress URL moved to the reader's address. */
export function withYoast(derived: PageHead, yoast: YoastHead | null, site: UrlSite): PageHead {
  if (!yoast) return derived;
  const overrides = yoastMeta(yoast, site);
  const given = new Map(overrides.map((meta) => [keyOf(meta), meta]));
  const yoastHasImage = overrides.some((meta) => keyOf(meta) === 'og:image');
  const kept = derived.meta
    .filter((meta) => !(yoastHasImage && isImageKey(keyOf(meta))))
    .map((meta) => {
      const override = given.get(keyOf(meta));
      if (!override) return meta;
      given.delete(keyOf(meta));
      return override;
    });
  const robots = yoast.robots ? Object.values(yoast.robots).filter(Boolean).join(', ') : '';
  return {
    ...derived,
    title: yoast.title || derived.title,
    description: yoast.description ? plainDescription(yoast.description) : derived.description,
    canonical: yoast.canonical ? toReaderUrl(yoast.canonical, site) : derived.canonical,
    robots: robots || derived.robots,
    meta: [...kept, ...given.values()],
    jsonLd: yoast.schema ? [rewriteUrls(yoast.schema, site) as Record<string, unknown>] : derived.jsonLd,
  };
}
