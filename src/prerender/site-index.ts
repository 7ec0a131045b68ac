import { htmlToText } from '@/lib/html';
import { pagePathFromLink } from '@/lib/page-paths';
import { postParts } from '@/lib/post-parts';
import type { WpRecord } from './bulk-read';
import { pageCollisions, type PageCollision } from './page-collisions';
import type { Snapshot } from './snapshot';

/** What the build needs to know of every published post: where it lives and when it last changed. */
export interface IndexedPost {
  id: number;
  slug: string;
  /** UTC, as WordPress's `modified_gmt` (no zone). */
  modifiedGmt: string;
  /** Its pages, when `<!--nextpage-->` splits it: each has an address of its own. */
  parts: number;
}

export interface IndexedTerm {
  id: number;
  slug: string;
  count: number;
}

export interface IndexedPage {
  id: number;
  /** The reader's path, from the page's `link`. */
  path: string;
  title: string;
  /** UTC, as WordPress's `modified_gmt` (no zone). */
  modifiedGmt: string;
}

/** The pages the site has: an article per published post, an archive per category and tag that has posts, a view per WordPress page. */
export interface SiteIndex {
  /** Newest first, as the lists show them. */
  posts: IndexedPost[];
  categories: IndexedTerm[];
  tags: IndexedTerm[];
  /** The WordPress pages the reader serves: those no reader route hides. */
  pages: IndexedPage[];
  /** Pages whose addresses the reader's routes claim, for the build to report. */
  collisions: PageCollision[];
}

const terms = (records: readonly WpRecord[]): IndexedTerm[] =>
  records.map((term) => ({ id: term.id, slug: String(term.slug), count: Number(term.count) || 0 })).filter((term) => term.count > 0);

/** The site's pages, from the snapshot the build read; `posts` in the order the lists show them. */
export function siteIndex(snapshot: Snapshot, posts: readonly WpRecord[]): SiteIndex {
  const pages = snapshot.pages.flatMap((page): IndexedPage[] => {
    const path = pagePathFromLink(String(page.link ?? ''));
    const title = htmlToText(String((page.title as { rendered?: unknown } | undefined)?.rendered ?? ''));
    return path && path !== '/' ? [{ id: page.id, path, title, modifiedGmt: String(page.modified_gmt ?? '') }] : [];
  });
  const collisions = pageCollisions(pages);
  const hidden = new Set(collisions.filter((collision) => collision.hidden).map((collision) => collision.path));
  return {
    pages: pages.filter((page) => !hidden.has(page.path)),
    collisions,
    posts: posts.map((post) => ({
      id: post.id,
      slug: String(post.slug),
      modifiedGmt: String(post.modified_gmt ?? ''),
      parts: postParts(String((post.content as { rendered?: unknown } | undefined)?.rendered ?? '')).length,
    })),
    categories: terms(snapshot.categories),
    tags: terms(snapshot.tags),
  };
}
