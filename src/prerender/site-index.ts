import type { WpRecord } from './bulk-read';
import type { Snapshot } from './snapshot';

/** What the build needs to know of every published post: where it lives and when it last changed. */
export interface IndexedPost {
  id: number;
  slug: string;
  /** UTC, as WordPress's `modified_gmt` (no zone). */
  modifiedGmt: string;
}

export interface IndexedTerm {
  id: number;
  slug: string;
  count: number;
}

/** The pages the site has: an article per published post, an archive per category and tag that has posts. */
export interface SiteIndex {
  /** Newest first, as the lists show them. */
  posts: IndexedPost[];
  categories: IndexedTerm[];
  tags: IndexedTerm[];
}

const terms = (records: readonly WpRecord[]): IndexedTerm[] =>
  records.map((term) => ({ id: term.id, slug: String(term.slug), count: Number(term.count) || 0 })).filter((term) => term.count > 0);

/** The site's pages, from the snapshot the build read; `posts` in the order the lists show them. */
export function siteIndex(snapshot: Snapshot, posts: readonly WpRecord[]): SiteIndex {
  return {
    posts: posts.map((post) => ({ id: post.id, slug: String(post.slug), modifiedGmt: String(post.modified_gmt ?? '') })),
    categories: terms(snapshot.categories),
    tags: terms(snapshot.tags),
  };
}
