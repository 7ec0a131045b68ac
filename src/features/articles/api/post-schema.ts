import * as v from 'valibot';
import { htmlToText } from '@/lib/html';
import { titleRuns, type TitleRun } from '@/lib/title-markup';
import { readingMinutes } from '@/lib/reading-time';
import { renderedSchema } from '@/lib/wordpress-schema';
import { optionalYoastHeadSchema, type YoastHead } from '@/lib/yoast-head';

const termSchema = v.object({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  taxonomy: v.optional(v.string()),
});

/**
 * The same picture in other formats, by MIME type, as WordPress's Modern Image Formats (Performance
 * Lab) lists them and the build adds for the pictures it copies: a file name beside `source_url`.
 */
// Forgiving: PHP sends an empty map as `[]`, and a picture is still shown without its other formats.
const formatSourcesSchema = v.fallback(v.optional(v.record(v.string(), v.looseObject({ file: v.string() }))), undefined);

const mediaSizeSchema = v.object({
  source_url: v.string(),
  width: v.number(),
  height: v.number(),
  sources: formatSourcesSchema,
});

// Embedded media can be an error object (private attachment), so every field is optional.
const embeddedMediaSchema = v.looseObject({
  id: v.optional(v.number()),
  source_url: v.optional(v.string()),
  alt_text: v.optional(v.string()),
  caption: v.optional(renderedSchema),
  media_details: v.optional(
    v.looseObject({
      width: v.optional(v.number()),
      height: v.optional(v.number()),
      sources: formatSourcesSchema,
      sizes: v.optional(v.record(v.string(), v.looseObject(mediaSizeSchema.entries))),
    }),
  ),
});

export const postSchema = v.looseObject({
  id: v.number(),
  date: v.string(),
  date_gmt: v.optional(v.nullable(v.string())),
  modified: v.optional(v.string()),
  modified_gmt: v.optional(v.nullable(v.string())),
  slug: v.string(),
  link: v.optional(v.string()),
  title: renderedSchema,
  // `protected: true` with an empty `rendered` for a password-protected post.
  content: v.optional(v.looseObject({ rendered: v.string(), protected: v.optional(v.boolean(), false) })),
  excerpt: v.optional(v.looseObject({ rendered: v.string(), protected: v.optional(v.boolean(), false) })),
  comment_status: v.optional(v.picklist(['open', 'closed']), 'open'),
  sticky: v.optional(v.boolean(), false),
  categories: v.optional(v.array(v.number()), []),
  tags: v.optional(v.array(v.number()), []),
  yoast_head_json: optionalYoastHeadSchema,
  // A multilingual plugin's language of the post (Polylang's `lang`), when the site has one.
  lang: v.optional(v.string()),
  _embedded: v.optional(
    v.looseObject({
      author: v.optional(v.array(v.looseObject({ id: v.optional(v.number()), name: v.optional(v.string()) }))),
      'wp:featuredmedia': v.optional(v.array(embeddedMediaSchema)),
      'wp:term': v.optional(v.array(v.array(termSchema))),
    }),
  ),
});

export type WpPost = v.InferOutput<typeof postSchema>;


export interface Term {
  id: number;
  name: string;
  slug: string;
}

export interface ImageSource {
  url: string;
  width: number;
  height: number;
  /** The same size as WebP, when WordPress or the build made one. */
  webp?: string;
}

/** The WebP file of a size (a name beside its URL), as an address; none when there is none or it cannot be resolved. */
function webpOf(url: string, sources: v.InferOutput<typeof formatSourcesSchema>): { webp?: string } {
  const file = sources?.['image/webp']?.file;
  if (!file || /[/\\?#]/.test(file)) return {};
  try {
    return { webp: new URL(encodeURIComponent(file), url).href };
  } catch {
    return {};
  }
}

export interface FeaturedImage extends ImageSource {
  alt: string;
  caption: string;
  /** Every size WordPress generated, narrowest first, for `srcset`. */
  sources: ImageSource[];
}

/** A post as the reader shows it: text decoded, terms and image resolved. */
export interface Article {
  id: number;
  slug: string;
  date: string;
  modified: string;
  /** UTC instants with their zone (`2023-07-05T01:30:00Z`), or null when WordPress gives none. */
  publishedGmt: string | null;
  modifiedGmt: string | null;
  /** Plain text. */
  title: string;
  /** The title's inline markup (`em`, `strong`, `code`, `sup`, `sub`), when it has some; `title` is its plain text. */
  titleRuns?: TitleRun[];
  /** Plain text. */
  excerpt: string;
  /** Untrusted HTML; sanitise before rendering. Empty while a password-protected post is locked. */
  contentHtml: string;
  /** Password-protected: WordPress withholds the text and the comments until the password is given. */
  protected: boolean;
  commentsOpen: boolean;
  /** Marked "sticky" by an editor: the home list puts it first, as featured. */
  sticky: boolean;
  categories: Term[];
  tags: Term[];
  author: string | null;
  image: FeaturedImage | null;
  /** Null while a password-protected post's text is withheld: it has no length to tell. */
  readingMinutes: number | null;
  /** The Yoast SEO plugin's head for this post, when the site runs it. */
  yoastHead: YoastHead | null;
  /** The post's own language, when a multilingual plugin says it (`lang` on the article). */
  lang?: string;
}

/** WordPress's `*_gmt` fields carry no zone; they are UTC. */
const utc = (gmt: string | null | undefined): string | null => (gmt && /^\d{4}-\d\d-\d\dT[\d:]+$/.test(gmt) ? `${gmt}Z` : null);

function toImage(media: v.InferOutput<typeof embeddedMediaSchema> | undefined): FeaturedImage | null {
  if (!media?.source_url) return null;
  const details = media.media_details;
  const width = details?.width ?? 0;
  const height = details?.height ?? 0;
  const sizes = Object.values(details?.sizes ?? {})
    .filter((size) => size.width > 0 && size.height > 0)
    // Crops (the square thumbnail) would distort a 16:9 slot; keep sizes of the original ratio.
    .filter((size) => !width || !height || Math.abs(size.width / size.height - width / height) < 0.02)
    .map((size): ImageSource => ({ url: size.source_url, width: size.width, height: size.height, ...webpOf(size.source_url, size.sources) }));
  if (width && !sizes.some((size) => size.width === width)) sizes.push({ url: media.source_url, width, height, ...webpOf(media.source_url, details?.sources) });
  sizes.sort((a, b) => a.width - b.width);
  return {
    url: media.source_url,
    width,
    height,
    alt: media.alt_text ?? '',
    caption: htmlToText(media.caption?.rendered ?? ''),
    sources: sizes,
  };
}

function withTitleRuns(html: string): { titleRuns?: TitleRun[] } {
  const runs = titleRuns(html);
  return runs ? { titleRuns: runs } : {};
}

export function toArticle(post: WpPost): Article {
  const embedded = post._embedded;
  const terms = embedded?.['wp:term']?.flat() ?? [];
  const categories = post.categories
    .map((id) => terms.find((term) => term.id === id && term.taxonomy !== 'post_tag'))
    .filter((term): term is Term & { taxonomy?: string } => Boolean(term))
    .map(({ id, name, slug }) => ({ id, name: htmlToText(name), slug }));
  const tags = post.tags
    .map((id) => terms.find((term) => term.id === id && term.taxonomy !== 'category'))
    .filter((term): term is Term & { taxonomy?: string } => Boolean(term))
    .map(({ id, name, slug }) => ({ id, name: htmlToText(name), slug }));
  const contentHtml = post.content?.rendered ?? '';
  const isProtected = Boolean(post.content?.protected || post.excerpt?.protected);
  return {
    id: post.id,
    slug: post.slug,
    date: post.date,
    modified: post.modified ?? post.date,
    publishedGmt: utc(post.date_gmt),
    modifiedGmt: utc(post.modified_gmt) ?? utc(post.date_gmt),
    title: htmlToText(post.title.rendered) || '(untitled)',
    ...withTitleRuns(post.title.rendered),
    excerpt: htmlToText(post.excerpt?.rendered ?? '').replace(/[\s.]*\[…\]$/, '…'),
    contentHtml,
    protected: isProtected,
    commentsOpen: post.comment_status === 'open',
    sticky: post.sticky,
    categories,
    tags,
    author: embedded?.author?.[0]?.name ?? null,
    image: toImage(embedded?.['wp:featuredmedia']?.[0]),
    readingMinutes: isProtected && !contentHtml ? null : readingMinutes(contentHtml),
    yoastHead: post.yoast_head_json ?? null,
    ...(post.lang?.trim() ? { lang: post.lang.trim() } : {}),
  };
}

