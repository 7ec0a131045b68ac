import * as v from 'valibot';
import { requestJson } from '@/lib/http';
import { canonicalPagePath, pageSlugOf } from '@/lib/page-paths';
import { wpUrl } from '@/lib/wordpress';
import { pageFields, pageSchema, toSitePage, type SitePage } from './page-schema';

/** Reading WordPress pages; loaded when a query first needs it (site-pages.ts). */

/**
 * The page at this path, or null when the site has none there. Slugs are
 * unique only among siblings, so WordPress is asked for the path's last
 * segment and the page whose own link is this path is the one.
 */
export async function fetchPageByPath(path: string, signal?: AbortSignal): Promise<SitePage | null> {
  const wanted = canonicalPagePath(path);
  const slug = pageSlugOf(wanted);
  if (!slug) return null;
  const { data } = await requestJson(wpUrl('/pages'), { schema: v.array(pageSchema), signal, query: { slug, orderby: 'id', order: 'asc', _fields: pageFields } });
  return data.map(toSitePage).find((page) => page?.path === wanted) ?? null;
}
