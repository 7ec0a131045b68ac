import siteConfig from '../../../public/site-config.json';
import { db, type DbPost } from '../db';

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of WordPress's title HTML, as Yoast SEO prints it. */
function plain(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-z]+);/gi, (entity, name: string) => named[name.toLowerCase()] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

const utc = (gmt: string) => `${gmt}+00:00`;

/**
 * What the Yoast SEO plugin adds to a post in the REST API (`yoast_head_json`),
 * in its shape: its own title and description (editors write them), absolute
 * URLs on the WordPress host, the server path of the image file, and a schema
 * graph of its own.
 */
export function yoastHeadFor(post: DbPost, origin: string) {
  const siteName = siteConfig.siteName;
  const title = plain(post.title);
  const permalink = `${origin}/news/${post.slug}/`;
  const description = `${title}: the story in brief, from the ${siteName} editors.`;
  const author = db.users.find((user) => user.id === post.author);
  const media = db.media.find((item) => item.id === post.featured_media);
  const image = media && {
    width: media.width,
    height: media.height,
    url: `${origin}${media.source_url}`,
    path: `/var/www/html/wp-content/uploads/2023/07/${media.slug}.jpg`,
    size: 'full',
    id: media.id,
    alt: media.alt_text,
    pixels: media.width * media.height,
    type: media.mime_type,
  };
  return {
    title: `${title} | ${siteName}`,
    description,
    robots: { index: 'index', follow: 'follow', 'max-snippet': 'max-snippet:-1', 'max-image-preview': 'max-image-preview:large', 'max-video-preview': 'max-video-preview:-1' },
    canonical: permalink,
    og_locale: 'en_US',
    og_type: 'article',
    og_title: title,
    og_description: description,
    og_url: permalink,
    og_site_name: siteName,
    article_published_time: utc(post.date_gmt),
    article_modified_time: utc(post.modified_gmt),
    ...(image ? { og_image: [image] } : {}),
    author: author?.name ?? '',
    twitter_card: 'summary_large_image',
    twitter_misc: { 'Written by': author?.name ?? '', 'Est. reading time': '3 minutes' },
    schema: {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          '@id': `${permalink}#article`,
          isPartOf: { '@id': permalink },
          author: { name: author?.name ?? '', '@id': `${origin}/#/schema/person/${post.author}` },
          headline: title,
          datePublished: utc(post.date_gmt),
          dateModified: utc(post.modified_gmt),
          mainEntityOfPage: { '@id': permalink },
          publisher: { '@id': `${origin}/#organization` },
          ...(image ? { image: { '@id': `${permalink}#primaryimage` }, thumbnailUrl: image.url } : {}),
        },
        { '@type': 'WebPage', '@id': permalink, url: permalink, name: `${title} | ${siteName}`, isPartOf: { '@id': `${origin}/#website` }, breadcrumb: { '@id': `${permalink}#breadcrumb` } },
        ...(image ? [{ '@type': 'ImageObject', '@id': `${permalink}#primaryimage`, url: image.url, contentUrl: image.url, width: image.width, height: image.height }] : []),
        {
          '@type': 'BreadcrumbList',
          '@id': `${permalink}#breadcrumb`,
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
            { '@type': 'ListItem', position: 2, name: title },
          ],
        },
        {
          '@type': 'WebSite',
          '@id': `${origin}/#website`,
          url: `${origin}/`,
          name: siteName,
          publisher: { '@id': `${origin}/#organization` },
          potentialAction: [{ '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: `${origin}/?s={search_term_string}` }, 'query-input': 'required name=search_term_string' }],
        },
        { '@type': 'Organization', '@id': `${origin}/#organization`, name: siteName, url: `${origin}/`, logo: { '@type': 'ImageObject', url: `${origin}/publisher-logo.png`, width: 600, height: 60 } },
      ],
    },
  };
}
