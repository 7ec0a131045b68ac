import { isApiError } from '@/lib/api-error';
import { readByIds, readCollection, type WpRecord } from './bulk-read';

/**
 * What the build knows of the site: every published post, page, approved comment,
 * category and tag, as WordPress sent them, with only the fields the reader
 * reads. Pages are rendered from it (snapshot-api.ts), and the next build
 * asks WordPress only what changed since (readSnapshot with a previous one).
 */
export interface Snapshot {
  format: typeof snapshotFormat;
  posts: WpRecord[];
  /** WordPress pages: few, and read in full by every build. */
  pages: WpRecord[];
  comments: WpRecord[];
  /**
   * Pingbacks and trackbacks, which WordPress lists only to a signed-in user: read with the build's
   * Application Password (WORDPRESS_USER, WORDPRESS_APP_PASSWORD), absent without one.
   */
  pings?: WpRecord[];
  categories: WpRecord[];
  tags: WpRecord[];
}

/** Changes with the fields below, so an older cache is read again in full. */
export const snapshotFormat = 2 as const;

// What toArticle (post-schema.ts) and toComment/toTerm read; `_links` must come too or WordPress embeds nothing.
const postQuery = {
  _fields: 'id,date,date_gmt,modified,modified_gmt,slug,title,content,excerpt,comment_status,sticky,categories,tags,yoast_head_json,lang,_links,_embedded',
  _embed: 'author,wp:featuredmedia,wp:term',
  orderby: 'id',
  order: 'asc',
};
// What toSitePage (page-schema.ts) reads, and what the menu's fallback lists (menu_order).
const pageQuery = { _fields: 'id,slug,link,parent,menu_order,modified_gmt,title,content,excerpt,comment_status', orderby: 'id', order: 'asc' };
const commentQuery = { _fields: 'id,post,parent,author_name,date,date_gmt,content,status', orderby: 'id', order: 'asc' };
// A ping is shown as a link to the page that cited the post: its title (author_name), address and date.
const pingQuery = { type: 'pings', _fields: 'id,post,author_name,author_url,date,date_gmt,type', orderby: 'id', order: 'asc' };
const termQuery = { _fields: 'id,name,slug,description,count,parent', orderby: 'id', order: 'asc' };

/** What a build read, for its log. */
export interface SnapshotReport {
  mode: 'full' | 'incremental';
  /** Posts read in full this time: all of them, or those new or changed since the last build. */
  postsRead: number;
  postsRemoved: number;
  commentsAdded: number;
  commentsRemoved: number;
  /** Pings read with the build's credentials; null without credentials, or WordPress's refusal of them. */
  pings: number | null | { refused: string };
}

/** How the build signs its reads of what WordPress shows only to signed-in users: `Basic …`, or null. */
export interface SnapshotOptions {
  authorization?: string | null;
}

const byId = (a: WpRecord, b: WpRecord) => a.id - b.id;

/** Terms and pages: few, read in full each time. */
async function readTerms() {
  const [categories, tags, pages] = await Promise.all([readCollection('/categories', termQuery), readCollection('/tags', termQuery), readCollection('/pages', pageQuery)]);
  return { categories: categories.sort(byId), tags: tags.sort(byId), pages: pages.sort(byId) };
}

/**
 * Every ping, read in full by each build that has credentials (they are few). Credentials WordPress
 * refuses leave the pings out, and the build says so; they never fail it.
 */
async function readPings(authorization: string | null | undefined): Promise<{ pings?: WpRecord[]; report: SnapshotReport['pings'] }> {
  if (!authorization) return { report: null };
  try {
    const pings = (await readCollection('/comments', pingQuery, { Authorization: authorization })).sort(byId);
    return { pings, report: pings.length };
  } catch (error) {
    const cause = error instanceof Error ? error.cause : null;
    if (isApiError(cause) && (cause.status === 401 || cause.status === 403)) return { report: { refused: `HTTP ${cause.status} ${cause.code ?? ''}`.trim() } };
    throw error;
  }
}

const withPings = (snapshot: Omit<Snapshot, 'pings'>, pings: WpRecord[] | undefined): Snapshot => (pings ? { ...snapshot, pings } : snapshot);

async function readFull(options: SnapshotOptions): Promise<{ snapshot: Snapshot; report: SnapshotReport }> {
  const [posts, comments, terms, pings] = await Promise.all([readCollection('/posts', postQuery), readCollection('/comments', commentQuery), readTerms(), readPings(options.authorization)]);
  const snapshot = withPings({ format: snapshotFormat, posts: posts.sort(byId), comments: comments.sort(byId), ...terms }, pings.pings);
  return { snapshot, report: { mode: 'full', postsRead: posts.length, postsRemoved: 0, commentsAdded: comments.length, commentsRemoved: 0, pings: pings.report } };
}

/** A term's name or slug is copied into every post that has it (`_embedded`), which WordPress does not count as a change of the post. */
function termsRenamed(before: readonly WpRecord[], after: readonly WpRecord[]): boolean {
  const label = (term: WpRecord) => `${term.id}|${String(term.name)}|${String(term.slug)}`;
  const known = new Set(before.map(label));
  return after.some((term) => !known.has(label(term)));
}

/** `modified` (site time, no zone) minus a margin, for `modified_after`: a post saved in the same second as the last one read is read again, not missed. */
function since(posts: readonly WpRecord[]): string | null {
  const latest = posts.reduce((max, post) => (typeof post.modified === 'string' && post.modified > max ? post.modified : max), '');
  if (!latest) return null;
  const instant = Date.parse(`${latest}Z`);
  return Number.isNaN(instant) ? null : new Date(instant - 10 * 60_000).toISOString().slice(0, 19);
}

/** Replaces, adds and drops records by id. */
function merge(records: readonly WpRecord[], fresh: readonly WpRecord[], kept: ReadonlySet<number>): WpRecord[] {
  const merged = new Map(records.filter((record) => kept.has(record.id)).map((record) => [record.id, record]));
  for (const record of fresh) if (kept.has(record.id)) merged.set(record.id, record);
  return [...merged.values()].sort(byId);
}

/**
 * The site as it is now. With the last build's snapshot, only what changed is
 * read: posts modified since (`modified_after`), the ids of every published
 * post (what is gone was deleted, unpublished or made private; what is new and
 * not modified was scheduled and went live) and of every approved comment
 * (approving one does not change its post's `modified`); terms and pings are few and read in full.
 */
export async function readSnapshot(previous?: Snapshot | null, options: SnapshotOptions = {}): Promise<{ snapshot: Snapshot; report: SnapshotReport }> {
  if (!previous || previous.format !== snapshotFormat) return readFull(options);
  const after = since(previous.posts);
  const [terms, postIds, commentIds, modified, pings] = await Promise.all([
    readTerms(),
    // With `sticky`: sticking a post changes an option, not the post's `modified`.
    readCollection('/posts', { _fields: 'id,sticky', orderby: 'id', order: 'asc' }),
    readCollection('/comments', { _fields: 'id', orderby: 'id', order: 'asc' }),
    after ? readCollection('/posts', { ...postQuery, modified_after: after }) : Promise.resolve(null),
    readPings(options.authorization),
  ]);
  if (!modified || termsRenamed([...previous.categories, ...previous.tags], [...terms.categories, ...terms.tags])) return readFull(options);

  const published = new Set(postIds.map((post) => post.id));
  const knownPosts = new Set([...previous.posts.map((post) => post.id), ...modified.map((post) => post.id)]);
  const scheduled = await readByIds('/posts', [...published].filter((id) => !knownPosts.has(id)), postQuery);
  const approved = new Set(commentIds.map((comment) => comment.id));
  const knownComments = new Set(previous.comments.map((comment) => comment.id));
  const newComments = await readByIds('/comments', [...approved].filter((id) => !knownComments.has(id)), commentQuery);

  const stickiness = new Map(postIds.map((post) => [post.id, post.sticky]));
  const posts = merge(previous.posts, [...modified, ...scheduled], published).map((post) =>
    post.sticky === stickiness.get(post.id) ? post : { ...post, sticky: stickiness.get(post.id) },
  );
  const comments = merge(previous.comments, newComments, approved);
  return {
    snapshot: withPings({ format: snapshotFormat, posts, comments, ...terms }, pings.pings),
    report: {
      mode: 'incremental',
      postsRead: modified.length + scheduled.length,
      postsRemoved: previous.posts.filter((post) => !published.has(post.id)).length,
      commentsAdded: newComments.length,
      commentsRemoved: previous.comments.filter((comment) => !approved.has(comment.id)).length,
      pings: pings.report,
    },
  };
}
