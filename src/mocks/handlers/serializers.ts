import { db, type DbComment, type DbMedia, type DbPost, type DbTerm, type DbUser } from '../db';
import { renderSocialLinks } from './social-links';

/** A post's term ids as WordPress lists them (wp_get_object_terms): by term name. */
function byName(ids: readonly number[], terms: readonly DbTerm[]): number[] {
  const name = (id: number) => terms.find((term) => term.id === id)?.name ?? '';
  return [...ids].sort((a, b) => name(a).localeCompare(name(b)));
}

/**
 * Everything WordPress puts in a post, in its field order, with `_embedded` when asked.
 * A password-protected post's content and excerpt come out empty, marked `protected`,
 * unless the request gave its password (`unlocked`).
 */
export function serializePost(post: DbPost, origin: string, embed: Set<string> | 'all' | null, unlocked = false) {
  const api = `${origin}/wp-json/wp/v2`;
  const withheld = Boolean(post.password) && !unlocked;
  const body: Record<string, unknown> = {
    id: post.id,
    date: post.date,
    date_gmt: post.date_gmt,
    guid: { rendered: `${origin}/?p=${post.id}` },
    modified: post.modified,
    modified_gmt: post.modified_gmt,
    slug: post.slug,
    status: post.status,
    type: 'post',
    link: `${origin}/news/${post.slug}/`,
    title: { rendered: post.title },
    ...(post.lang ? { lang: post.lang } : {}),
    // A reader without the password gets neither text nor excerpt, only the flag.
    // WordPress renders the blocks: their `<!-- wp:name {…} -->` delimiters do not reach `rendered`.
    content: { rendered: withheld ? '' : renderSocialLinks(post.content).replace(/<!-- \/?wp:[^>]*?-->/g, ''), protected: Boolean(post.password) },
    excerpt: { rendered: withheld ? '' : post.excerpt, protected: Boolean(post.password) },
    author: post.author,
    featured_media: post.featured_media,
    comment_status: post.comment_status,
    ping_status: 'closed',
    sticky: post.sticky,
    template: '',
    format: 'standard',
    meta: [],
    categories: byName(post.categories, db.categories),
    tags: byName(post.tags, db.tags),
    _links: {
      self: [{ href: `${api}/posts/${post.id}` }],
      author: [{ embeddable: true, href: `${api}/users/${post.author}` }],
      replies: [{ embeddable: true, href: `${api}/comments?post=${post.id}` }],
      ...(post.featured_media ? { 'wp:featuredmedia': [{ embeddable: true, href: `${api}/media/${post.featured_media}` }] } : {}),
      'wp:term': [
        { taxonomy: 'category', embeddable: true, href: `${api}/categories?post=${post.id}` },
        { taxonomy: 'post_tag', embeddable: true, href: `${api}/tags?post=${post.id}` },
      ],
    },
  };
  if (embed) {
    const wants = (rel: string) => embed === 'all' || embed.has(rel);
    const embedded: Record<string, unknown> = {};
    const author = db.users.find((user) => user.id === post.author);
    if (wants('author') && author) embedded.author = [serializeUser(author, origin)];
    const media = db.media.find((item) => item.id === post.featured_media);
    if (wants('wp:featuredmedia') && media) embedded['wp:featuredmedia'] = [serializeMedia(media, origin)];
    if (wants('wp:term')) {
      // Embedded as WordPress embeds a term (its `embed` context): no count or description.
      const embedTerm = (t: DbTerm, taxonomy: 'category' | 'post_tag') => {
        const { id, link, name, slug } = serializeTerm(t, taxonomy, origin);
        return { id, link, name, slug, taxonomy };
      };
      embedded['wp:term'] = [
        byName(post.categories, db.categories).flatMap((id) => db.categories.filter((term) => term.id === id)).map((t) => embedTerm(t, 'category')),
        byName(post.tags, db.tags).flatMap((id) => db.tags.filter((term) => term.id === id)).map((t) => embedTerm(t, 'post_tag')),
      ];
    }
    if (wants('replies') && !withheld) {
      const replies = db.comments.filter((c) => c.post === post.id && c.status === 'approved');
      if (replies.length) embedded.replies = [replies.map((c) => serializeComment(c, origin))];
    }
    body._embedded = embedded;
  }
  return body;
}

export function serializeUser(user: DbUser, origin: string) {
  return {
    id: user.id,
    name: user.name,
    url: '',
    description: user.description,
    link: `${origin}/author/${user.slug}/`,
    slug: user.slug,
    avatar_urls: {},
  };
}

export function serializeMedia(media: DbMedia, origin: string) {
  return {
    id: media.id,
    date: media.date,
    slug: media.slug,
    type: 'attachment',
    link: `${origin}/${media.slug}/`,
    title: { rendered: media.slug.replace(/-/g, ' ') },
    author: 1,
    caption: { rendered: media.caption },
    alt_text: media.alt_text,
    media_type: 'image',
    mime_type: media.mime_type,
    media_details: {
      width: media.width,
      height: media.height,
      file: media.source_url.replace(/^\//, ''),
      sizes: Object.fromEntries(
        Object.entries(media.sizes).map(([name, size]) => [name, { ...size, source_url: `${origin}${size.source_url}` }]),
      ),
    },
    source_url: `${origin}${media.source_url}`,
  };
}

export function serializeTerm(term: DbTerm, taxonomy: 'category' | 'post_tag', origin: string) {
  const list = taxonomy === 'category' ? 'category' : 'tag';
  return {
    id: term.id,
    count: db.posts.filter((post) => post.status === 'publish' && (taxonomy === 'category' ? post.categories : post.tags).includes(term.id)).length,
    description: term.description,
    link: `${origin}/${list}/${term.slug}/`,
    name: term.name,
    slug: term.slug,
    taxonomy,
    parent: term.parent,
    meta: [],
  };
}

export function serializeComment(comment: DbComment, origin: string) {
  return {
    id: comment.id,
    post: comment.post,
    parent: comment.parent,
    author: comment.author,
    author_name: comment.author_name,
    author_url: comment.author_url,
    date: comment.date,
    date_gmt: comment.date_gmt,
    content: { rendered: comment.content },
    link: `${origin}/news/${db.posts.find((p) => p.id === comment.post)?.slug ?? ''}/#comment-${comment.id}`,
    status: comment.status,
    type: comment.type ?? 'comment',
    author_avatar_urls: {},
    meta: [],
  };
}
