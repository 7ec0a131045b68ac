/**
 * The one fake WordPress: an in-memory store in the shapes WordPress keeps,
 * seeded deterministically. Handlers read and write it; tests reset it.
 */
import { createSeed } from './seed/create-seed';

export interface DbPost {
  id: number;
  /** Site-local time without zone, as WordPress's `date` field: `2023-07-05T09:30:00`. */
  date: string;
  /** The same instant in UTC, as `date_gmt`. */
  date_gmt: string;
  modified: string;
  modified_gmt: string;
  slug: string;
  /** Drafts exist in the store but WordPress shows them to no reader. */
  status: 'publish' | 'draft';
  /** The post's password; '' for none. WordPress hides a protected post's text and comments. */
  password: string;
  /** HTML, as WordPress renders it (entities encoded). */
  title: string;
  /** HTML body. */
  content: string;
  /** HTML excerpt, usually `<p>…</p>`. */
  excerpt: string;
  author: number;
  /** 0 when the post has no featured image. */
  featured_media: number;
  comment_status: 'open' | 'closed';
  sticky: boolean;
  categories: number[];
  tags: number[];
  /** A multilingual plugin's language of the post (Polylang's `lang`); absent on a one-language site. */
  lang?: string;
}

/**
 * A WordPress page: a post of type `page`, placed under its `parent` (0 at the top). It shares a post's
 * fields (a non-Latin slug is stored percent-encoded, lower case, as for posts), without the
 * picture, stickiness and terms, which the reader does not read of pages. A page may have a password, as a post.
 */
export type DbPage = Pick<
  DbPost,
  'id' | 'date' | 'date_gmt' | 'modified' | 'modified_gmt' | 'slug' | 'status' | 'title' | 'content' | 'excerpt' | 'author' | 'comment_status'
> & {
  parent: number;
  menu_order: number;
  /** '' or absent for none. */
  password?: string;
};

/** One entry of a classic menu (Appearance → Menus): a page, a category, a post or a custom link. */
export interface DbMenuItem {
  id: number;
  menu: number;
  /** 0 at the top, else the id of the item it sits under. */
  parent: number;
  menu_order: number;
  title: string;
  object: 'page' | 'category' | 'post' | 'custom';
  /** The page's, category's or post's id; 0 for a custom link. */
  object_id: number;
  /** A custom link's address; the others' comes from their object. */
  url: string;
}

export interface DbMenu {
  id: number;
  name: string;
  slug: string;
  /** Theme locations it is assigned to (`primary`). */
  locations: string[];
}

/** A block inside a block-theme navigation menu, as the editor saves it (name, attributes, inner blocks). */
export interface NavigationBlock {
  name: string;
  attrs: Record<string, unknown>;
  inner: NavigationBlock[];
}

/** A block-theme navigation menu: a `wp_navigation` post, its content the blocks of the header's Navigation block. */
export type DbNavigation = Pick<DbPost, 'id' | 'date' | 'date_gmt' | 'modified' | 'modified_gmt' | 'slug' | 'title'> & {
  status: 'publish' | 'draft';
  blocks: NavigationBlock[];
};

export interface DbTerm {
  id: number;
  name: string;
  slug: string;
  description: string;
  parent: number;
}

export interface DbMediaSize {
  file: string;
  width: number;
  height: number;
  mime_type: string;
  source_url: string;
}

export interface DbMedia {
  id: number;
  date: string;
  slug: string;
  /** HTML caption, as WordPress renders it. */
  caption: string;
  alt_text: string;
  mime_type: string;
  source_url: string;
  width: number;
  height: number;
  /** WordPress's generated sizes: thumbnail, medium, medium_large, large... */
  sizes: Record<string, DbMediaSize>;
}

export interface DbUser {
  id: number;
  name: string;
  slug: string;
  description: string;
}

export interface DbComment {
  id: number;
  post: number;
  parent: number;
  author: number;
  author_name: string;
  author_email: string;
  author_url: string;
  date: string;
  date_gmt: string;
  /** HTML. */
  content: string;
  status: 'approved' | 'hold';
  /** WordPress's comment_type; a plain comment when absent. Pings are listed apart, and only to signed-in users. */
  type?: 'comment' | 'pingback' | 'trackback';
}

export interface DbSettings {
  /** When true new comments are held (`status: "hold"`), as with WordPress's "Comment must be manually approved". */
  commentModeration: boolean;
  /**
   * WordPress's default "Comment author must have a previously approved comment": a new comment is
   * held unless an approved one has the same author name and email.
   */
  commentPreviouslyApproved: boolean;
  /** When true anonymous comments are refused with 401 rest_comment_login_required. */
  commentRegistrationRequired: boolean;
  /** Site's UTC offset in hours, used for `date` vs `date_gmt`. */
  gmtOffset: number;
  /** Site's IANA time zone, as WordPress's `timezone_string` (empty for a bare offset). */
  timezone: string;
  /** The site language (Settings → General), as its theme prints it in `<html lang>`: `en-US`, `de-DE`, `ar`. */
  language: string;
}

export interface Db {
  posts: DbPost[];
  pages: DbPage[];
  menus: DbMenu[];
  menuItems: DbMenuItem[];
  navigations: DbNavigation[];
  categories: DbTerm[];
  tags: DbTerm[];
  media: DbMedia[];
  users: DbUser[];
  comments: DbComment[];
  settings: DbSettings;
  /** Newsletter addresses, lower-cased. */
  subscribers: Set<string>;
}

/** The mock's site language for `npm start`, builds and the browser suite: `VITE_MOCK_LOCALE=ar`. */
export const defaultMockLanguage = import.meta.env.VITE_MOCK_LOCALE?.trim() || 'en-US';

export const db: Db = createSeed();
setSiteLanguage(defaultMockLanguage);

/**
 * Seeds the site in another language: its front page declares it, and the
 * seeded articles, which are written in English, say so with a multilingual
 * plugin's `lang` field, as they would on such a site.
 */
export function setSiteLanguage(language: string): void {
  db.settings.language = language;
  const english = /^en\b/i.test(language);
  for (const post of db.posts) {
    if (english) delete post.lang;
    else post.lang = 'en';
  }
}

/** Puts the store back to the seed (in the mock's default language); tests call it after each test. */
export function resetDb(): void {
  Object.assign(db, createSeed());
  setSiteLanguage(defaultMockLanguage);
}

export function nextId(items: readonly { id: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.id), 0) + 1;
}
