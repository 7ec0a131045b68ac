import * as v from 'valibot';
import { ApiError } from '@/lib/api-error';
import { renderedSchema } from '@/lib/wordpress-schema';
import { postSchema, toArticle, type Article, type WpPost } from './post-schema';

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
  sticky: v.fallback(postSchema.entries.sticky, false),
  categories: v.fallback(postSchema.entries.categories, []),
  tags: v.fallback(postSchema.entries.tags, []),
  yoast_head_json: v.fallback(postSchema.entries.yoast_head_json, undefined),
  _embedded: v.fallback(postSchema.entries._embedded, undefined),
});

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
