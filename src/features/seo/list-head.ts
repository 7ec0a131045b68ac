import { listPagePath } from '@/lib/list-paths';
import { absoluteUrl, documentTitle, plainDescription, siteFeed, type PageHead, type SiteContext } from './head-model';
import { socialMeta } from './social-meta';

export interface ListFacts {
  /** The list's own title, without the page number or site name: "Latest news", "Pumps". */
  title: string;
  description: string;
  /**
   * The list's address on page 1 (`/`, `/category/pumps`); null for a view
   * that is not to be indexed under an address of its own, such as search results.
   */
  basePath: string | null;
  page: number;
  /** Unknown while the list loads: no "next" link until it is known. */
  totalPages?: number;
  /** The title of a later page, in the site's language: "Latest news – page 2". */
  pagedTitle?: string;
}

/** The home page's structured data: the site, and how to search it. */
export function webSiteLd(site: SiteContext) {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.siteName,
    url: `${site.siteUrl}/`,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${site.siteUrl}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** The head of one page of a list: the latest articles, an archive, search results. */
export function listHead(list: ListFacts, site: SiteContext): PageHead {
  const pageTitle = list.page > 1 ? (list.pagedTitle ?? `${list.title} – page ${list.page}`) : list.title;
  const description = plainDescription(list.description);
  const base = list.basePath;
  const canonical = base === null ? null : absoluteUrl(listPagePath(base, list.page), site);
  const isHome = base === '/' && list.page === 1;
  return {
    title: documentTitle(pageTitle, site),
    description,
    canonical,
    robots: base === null ? 'noindex' : null,
    prev: base !== null && list.page > 1 ? absoluteUrl(listPagePath(base, list.page - 1), site) : null,
    next: base !== null && list.totalPages !== undefined && list.page < list.totalPages ? absoluteUrl(listPagePath(base, list.page + 1), site) : null,
    meta: socialMeta('website', pageTitle, description, canonical, site.defaultImage, site),
    jsonLd: isHome ? [webSiteLd(site)] : [],
    feed: siteFeed(site),
  };
}

/** A page that must not be indexed and has no address of its own: not found, an empty search. */
export function plainHead(title: string, description: string, site: SiteContext): PageHead {
  const text = plainDescription(description);
  return {
    title: documentTitle(title, site),
    description: text,
    canonical: null,
    robots: 'noindex',
    prev: null,
    next: null,
    meta: socialMeta('website', title, text, null, site.defaultImage, site),
    jsonLd: [],
    feed: siteFeed(site),
  };
}
