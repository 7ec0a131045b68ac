import { absoluteUrl, type ShareImage, type SiteContext } from './head-model';

interface SizedSource {
  url: string;
  width: number;
  height: number;
}

/** The shape of a featured image this module needs (an article's `image`). */
export interface PictureFacts {
  url: string;
  width: number;
  height: number;
  alt: string;
  sources: SizedSource[];
}

const widest = 1200;
const narrowest = 200;

/**
 * An absolute address for a picture. Relative ones are on the reader's own
 * address; on the built-in mock, WordPress's host is the page's origin, whose
 * files the reader serves itself.
 */
export function absoluteFileUrl(url: string, site: Pick<SiteContext, 'siteUrl' | 'wordpressOrigin' | 'wordpressIsReader'>): string {
  if (!/^[a-z][a-z\d+.-]*:/i.test(url)) return absoluteUrl(url.startsWith('/') ? url : `/${url}`, site);
  const parsed = new URL(url);
  if (site.wordpressIsReader && parsed.origin === site.wordpressOrigin) {
    return absoluteUrl(`${parsed.pathname}${parsed.search}`, site);
  }
  return parsed.href;
}

/**
 * The size to share: the widest at most 1200 px (what the networks show),
 * else the narrowest larger one; never under 200 px, which the networks refuse.
 */
export function shareImage(picture: PictureFacts | null, fallbackAlt: string, site: SiteContext): ShareImage {
  const sources = picture?.sources.length ? picture.sources : picture ? [picture] : [];
  const usable = sources.filter((source) => source.width >= narrowest && source.height > 0);
  const fitting = usable.filter((source) => source.width <= widest).sort((a, b) => b.width - a.width);
  const larger = usable.filter((source) => source.width > widest).sort((a, b) => a.width - b.width);
  const chosen = fitting[0] ?? larger[0];
  if (!picture || !chosen) return site.defaultImage;
  return {
    url: absoluteFileUrl(chosen.url, site),
    width: chosen.width,
    height: chosen.height,
    alt: picture.alt || fallbackAlt,
  };
}
