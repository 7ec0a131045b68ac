import { absoluteUrl, articlePath, documentTitle, plainDescription, siteFeed, type PageHead, type SiteContext } from './head-model';
import { shareImage, type PictureFacts } from './share-image';
import { socialMeta } from './social-meta';

/** What the head of an article needs (an `Article` from the articles feature fits). */
export interface ArticleFacts {
  slug: string;
  title: string;
  excerpt: string;
  publishedGmt: string | null;
  modifiedGmt: string | null;
  author: string | null;
  categories: { name: string; slug: string }[];
  tags: { name: string }[];
  image: PictureFacts | null;
}

/** Part N of a post's address: `…/news/slug` → `…/news/slug/2`, a trailing slash kept where there was one. */
export function partUrl(url: string, part: number): string {
  const address = new URL(url);
  const slash = address.pathname.endsWith('/') ? '/' : '';
  address.pathname = `${address.pathname.replace(/\/+$/, '')}/${part}${slash}`;
  return address.href;
}

/** The publisher, as structured data names it. */
export function publisherLd(site: SiteContext) {
  return {
    '@type': 'Organization',
    name: site.siteName,
    url: `${site.siteUrl}/`,
    logo: { '@type': 'ImageObject', url: site.logo.url, width: site.logo.width, height: site.logo.height },
  };
}

/** The head of an article page, derived from the post itself. */
export function articleHead(article: ArticleFacts, site: SiteContext): PageHead {
  const url = absoluteUrl(articlePath(article.slug), site);
  const description = plainDescription(article.excerpt || article.title);
  const image = shareImage(article.image, article.title, site);
  const section = article.categories[0];

  const meta = socialMeta('article', article.title, description, url, image, site);
  if (article.publishedGmt) meta.push({ property: 'article:published_time', content: article.publishedGmt });
  if (article.modifiedGmt) meta.push({ property: 'article:modified_time', content: article.modifiedGmt });
  if (section) meta.push({ property: 'article:section', content: section.name });
  for (const tag of article.tags) meta.push({ property: 'article:tag', content: tag.name });

  const newsArticle: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description,
    image: [image.url],
    datePublished: article.publishedGmt ?? undefined,
    dateModified: article.modifiedGmt ?? article.publishedGmt ?? undefined,
    author: article.author ? { '@type': 'Person', name: article.author } : { '@type': 'Organization', name: site.siteName, url: `${site.siteUrl}/` },
    publisher: publisherLd(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: section?.name,
    keywords: article.tags.length ? article.tags.map((tag) => tag.name) : undefined,
  };
  const crumbs = [
    { name: site.siteName, url: `${site.siteUrl}/` },
    ...(section ? [{ name: section.name, url: absoluteUrl(`/category/${section.slug}`, site) }] : []),
    { name: article.title, url },
  ];
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };

  return {
    title: documentTitle(article.title, site),
    description,
    canonical: url,
    robots: null,
    prev: null,
    next: null,
    meta,
    jsonLd: [newsArticle, breadcrumbs],
    feed: siteFeed(site),
  };
}
