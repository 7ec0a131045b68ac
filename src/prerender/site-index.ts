import * as v from 'valibot';
import { readPagination, requestJson } from '@/lib/http';
import { maxPerPage, wpUrl } from '@/lib/wordpress';

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

export interface SiteIndex {
  posts: IndexedPost[];
  categories: IndexedTerm[];
  tags: IndexedTerm[];
}

/** Pages of a WordPress collection, a few requests at a time, in order. */
async function readAll<T extends v.GenericSchema>(route: string, schema: T, query: Record<string, string | number>, concurrency = 4) {
  const first = await requestJson(wpUrl(route), { schema: v.array(schema), query: { ...query, per_page: maxPerPage, page: 1 } });
  const { totalPages } = readPagination(first.headers);
  const pages: v.InferOutput<T>[][] = [first.data];
  for (let start = 2; start <= totalPages; start += concurrency) {
    const batch = [];
    for (let page = start; page < start + concurrency && page <= totalPages; page += 1) {
      batch.push(requestJson(wpUrl(route), { schema: v.array(schema), query: { ...query, per_page: maxPerPage, page } }).then((r) => r.data));
    }
    pages.push(...(await Promise.all(batch)));
  }
  return pages.flat();
}

const postSchema = v.object({ id: v.number(), slug: v.string(), modified_gmt: v.string() });
const termSchema = v.object({ id: v.number(), slug: v.string(), count: v.number() });

/** Every published post, category and tag of the site, read through the REST API. */
export async function readSiteIndex(options: { modifiedAfter?: string } = {}): Promise<SiteIndex> {
  const postQuery: Record<string, string> = { _fields: 'id,slug,modified_gmt', orderby: 'date', order: 'desc' };
  if (options.modifiedAfter) postQuery.modified_after = options.modifiedAfter;
  const [posts, categories, tags] = await Promise.all([
    readAll('/posts', postSchema, postQuery),
    readAll('/categories', termSchema, { _fields: 'id,slug,count', hide_empty: 'true' }),
    readAll('/tags', termSchema, { _fields: 'id,slug,count', hide_empty: 'true' }),
  ]);
  return {
    posts: posts.map((post) => ({ id: post.id, slug: post.slug, modifiedGmt: post.modified_gmt })),
    categories,
    tags,
  };
}
