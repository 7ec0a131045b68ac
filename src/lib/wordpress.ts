import * as v from 'valibot';
import { apiRoot } from './config';

/** Absolute URL of a `wp/v2` route, e.g. `wpUrl('/posts')`. */
export function wpUrl(route: string): string {
  return `${apiRoot()}/wp/v2${route}`;
}

/** WordPress's `{ rendered: "<html>" }` fields. */
export const renderedSchema = v.object({ rendered: v.string() });

/** A list response with WordPress's pagination headers read off. */
export interface Paged<T> {
  items: T[];
  total: number;
  totalPages: number;
}

/** WordPress caps `per_page` at 100. */
export const maxPerPage = 100;
