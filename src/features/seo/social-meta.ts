import type { HeadMeta, ShareImage, SiteContext } from './head-model';

/** Open Graph and Twitter tags shared by every kind of page. */
export function socialMeta(type: 'article' | 'website', title: string, description: string, url: string | null, image: ShareImage, site: SiteContext): HeadMeta[] {
  const meta: HeadMeta[] = [
    { property: 'og:type', content: type },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
  ];
  if (url) meta.push({ property: 'og:url', content: url });
  meta.push(
    { property: 'og:site_name', content: site.siteName },
    { property: 'og:locale', content: site.locale },
    { property: 'og:image', content: image.url },
    { property: 'og:image:width', content: String(image.width) },
    { property: 'og:image:height', content: String(image.height) },
    { property: 'og:image:alt', content: image.alt },
    { name: 'twitter:card', content: 'summary_large_image' },
  );
  return meta;
}
