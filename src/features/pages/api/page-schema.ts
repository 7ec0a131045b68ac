import * as v from 'valibot';
import { htmlToText } from '@/lib/html';
import { pagePathFromLink } from '@/lib/page-paths';
import { renderedSchema } from '@/lib/wordpress-schema';

export const pageSchema = v.looseObject({
  id: v.number(),
  slug: v.string(),
  link: v.string(),
  parent: v.optional(v.number(), 0),
  menu_order: v.optional(v.number(), 0),
  modified_gmt: v.optional(v.nullable(v.string())),
  title: renderedSchema,
  content: v.optional(v.looseObject({ rendered: v.string(), protected: v.optional(v.boolean(), false) })),
  excerpt: v.optional(v.looseObject({ rendered: v.string() })),
  comment_status: v.optional(v.picklist(['open', 'closed']), 'closed'),
});

/** What the reader asks of a page, and all it reads. */
export const pageFields = 'id,slug,link,parent,menu_order,modified_gmt,title,content,excerpt,comment_status';

/** A WordPress page as the reader shows it. */
export interface SitePage {
  id: number;
  /** The reader's path, from WordPress's `link` (page-paths.ts). */
  path: string;
  parent: number;
  /** Plain text. */
  title: string;
  /** Plain text. */
  excerpt: string;
  /** Untrusted HTML; sanitise before rendering. Empty while a password-protected page is locked. */
  contentHtml: string;
  protected: boolean;
  commentsOpen: boolean;
  /** UTC with its zone, or null. */
  modifiedGmt: string | null;
}

export function toSitePage(page: v.InferOutput<typeof pageSchema>): SitePage | null {
  const path = pagePathFromLink(page.link);
  if (!path) return null;
  return {
    id: page.id,
    path,
    parent: page.parent,
    title: htmlToText(page.title.rendered) || '(untitled)',
    excerpt: htmlToText(page.excerpt?.rendered ?? ''),
    contentHtml: page.content?.rendered ?? '',
    protected: Boolean(page.content?.protected),
    commentsOpen: page.comment_status === 'open',
    modifiedGmt: page.modified_gmt ? `${page.modified_gmt}Z` : null,
  };
}
