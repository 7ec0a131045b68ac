import { parseSearch } from '@/lib/wordpress-search';
import type { DbPost } from '../db';

export type SearchedPost = Pick<DbPost, 'title' | 'excerpt' | 'content'>;

/** MySQL's default collation compares without case or accents: "zurich" finds "Zürich". */
function folded(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** SQL's `field LIKE '%text%'` on the stored field, markup and entities included, as WordPress's search writes it. */
export function like(field: string, text: string): boolean {
  return folded(field).includes(folded(text));
}

/** WordPress's search: every term in the title, excerpt or content, no excluded term in any of them. */
export function matchesSearch(post: SearchedPost, search: string): boolean {
  const { include, exclude } = parseSearch(search);
  const fields = [post.title, post.excerpt, post.content];
  return include.every((term) => fields.some((field) => like(field, term))) && !exclude.some((term) => fields.some((field) => like(field, term)));
}
