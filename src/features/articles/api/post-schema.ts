import * as v from 'valibot';
import { ApiError } from '@/lib/api-error';
import { htmlToText } from '@/lib/html';
import { renderedSchema } from '@/lib/wordpress';

const termSchema = v.object({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  taxonomy: v.optional(v.string()),
});

const mediaSizeSchema = v.object({
  source_url: v.string(),
  width: v.number(),
  height: v.number(),
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
      sizes: v.optional(v.record(v.string(), v.looseObject(mediaSizeSchema.entries))),
    }),
  ),
});

const postSchema = v.looseObject({
  id: v.number(),
  date: v.string(),
  modified: v.optional(v.string()),
  slug: v.string(),
  link: v.optional(v.string()),
  title: renderedSchema,
  // `protected: true` with an empty `rendered` for a password-protected post.
  content: v.optional(v.looseObject({ rendered: v.string(), protected: v.optional(v.boolean(), false) })),
  excerpt: v.optional(v.looseObject({ rendered: v.string(), protected: v.optional(v.boolean(), false) })),
  comment_status: v.optional(v.picklist(['open', 'closed']), 'open'),
  categories: v.optional(v.array(v.number()), []),
  tags: v.optional(v.array(v.number()), []),
  _embedded: v.optional(
    v.looseObject({
      author: v.optional(v.array(v.looseObject({ id: v.optional(v.number()), name: v.optional(v.string()) }))),
      'wp:featuredmedia': v.optional(v.array(embeddedMediaSchema)),
      'wp:term': v.optional(v.array(v.array(termSchema))),
    }),
  ),
});

/**
 * The same post with every field a reader can do without made forgiving: a
 * post with `title: null` or `categories: ["1"]` is still shown (untitled, or
 * without its category) instead of failing the whole list. Without an id, a
 * slug or a date there is nothing to link to, and the post is left out.
 */
const forgivingPostSchema = v.looseObject({
  ...postSchema.entries,
  modified: v.fallback(postSchema.entries.modified, undefined),
  link: v.fallback(postSchema.entries.link, undefined),
  title: v.fallback(renderedSchema, { rendered: '' }),
  content: v.fallback(postSchema.entries.content, undefined),
  excerpt: v.fallback(postSchema.entries.excerpt, undefined),
  comment_status: v.fallback(postSchema.entries.comment_status, 'closed'),
  categories: v.fallback(postSchema.entries.categories, []),
  tags: v.fallback(postSchema.entries.tags, []),
  _embedded: v.fallback(postSchema.entries._embedded, undefined),
});

export type WpPost = v.InferOutput<typeof postSchema>;

const reported = new Set<string>();

/** Says once per post and problem what was wrong, for whoever runs the site. */
function reportOnce(raw: unknown, problem: string, outcome: string) {
  const label = (raw as { id?: unknown; slug?: unknown } | null) ?? {};
  const key = `${String(label.id)}|${problem}`;
  if (reported.has(key)) return;
  reported.add(key);
  console.warn(`WordPress sent post ${String(label.id ?? '?')} (${String(label.slug ?? 'no slug')}) with ${problem}; ${outcome}.`);
}

/** Every post of a list answer that can be shown; one bad post never takes the others down. */
export function readPosts(items: readonly unknown[]): Article[] {
  const articles = items.flatMap((raw) => {
    const strict = v.safeParse(postSchema, raw);
    if (strict.success) return [toArticle(strict.output)];
    const problem = v.summarize(strict.issues).replace(/\n/g, '; ');
    const forgiving = v.safeParse(forgivingPostSchema, raw);
    if (!forgiving.success) {
      reportOnce(raw, problem, 'it is left out');
      return [];
    }
    reportOnce(raw, problem, 'it is shown without the unreadable parts');
    return [toArticle(forgiving.output as WpPost)];
  });
  // Not one readable post is not an empty site: say the answer could not be read.
  if (items.length > 0 && articles.length === 0) throw new ApiError('invalid-response', 'No post in the answer could be read.');
  return articles;
}

export interface Term {
  id: number;
  name: string;
  slug: string;
}

export interface ImageSource {
  url: string;
  width: number;
  height: number;
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
  /** Plain text. */
  title: string;
  /** Plain text. */
  excerpt: string;
  /** Untrusted HTML; sanitise before rendering. Empty while a password-protected post is locked. */
  contentHtml: string;
  /** Password-protected: WordPress withholds the text and the comments until the password is given. */
  protected: boolean;
  commentsOpen: boolean;
  categories: Term[];
  tags: Term[];
  author: string | null;
  image: FeaturedImage | null;
  readingMinutes: number;
}

function toImage(media: v.InferOutput<typeof embeddedMediaSchema> | undefined): FeaturedImage | null {
  if (!media?.source_url) return null;
  const details = media.media_details;
  const width = details?.width ?? 0;
  const height = details?.height ?? 0;
  const sizes = Object.values(details?.sizes ?? {})
    .filter((size) => size.width > 0 && size.height > 0)
    // Crops (the square thumbnail) would distort a 16:9 slot; keep sizes of the original ratio.
    .filter((size) => !width || !height || Math.abs(size.width / size.height - width / height) < 0.02)
    .map((size) => ({ url: size.source_url, width: size.width, height: size.height }));
  if (width && !sizes.some((size) => size.width === width)) sizes.push({ url: media.source_url, width, height });
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

function readingMinutes(html: string): number {
  const words = htmlToText(html).split(' ').filter(Boolean).length;
  return Math.max(1, Math.round(words / 220));
}

function toArticle(post: WpPost): Article {
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
  return {
    id: post.id,
    slug: post.slug,
    date: post.date,
    modified: post.modified ?? post.date,
    title: htmlToText(post.title.rendered) || '(untitled)',
    excerpt: htmlToText(post.excerpt?.rendered ?? '').replace(/[\s.]*\[…\]$/, '…'),
    contentHtml,
    protected: Boolean(post.content?.protected || post.excerpt?.protected),
    commentsOpen: post.comment_status === 'open',
    categories,
    tags,
    author: embedded?.author?.[0]?.name ?? null,
    image: toImage(embedded?.['wp:featuredmedia']?.[0]),
    readingMinutes: readingMinutes(contentHtml),
  };
}

