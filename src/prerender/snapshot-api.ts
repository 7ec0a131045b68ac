import { canonicalSlug } from '@/lib/wordpress';
import type { WpRecord } from './bulk-read';
import type { Snapshot } from './snapshot';

/**
 * WordPress's REST answers to the reader's own requests, worked out from a
 * snapshot instead of asked for: the filters, order and paging of
 * WP_REST_Posts_Controller and WP_REST_Comments_Controller for the parameters
 * the reader's queries use (posts.ts, comments.ts, terms.ts). A request with
 * any other parameter is not answered here (null), so the build never guesses.
 * The tests compare pages rendered this way with pages rendered from live
 * answers, byte for byte.
 */
export interface SnapshotAnswer {
  status: number;
  /** `X-WP-Total` and `X-WP-TotalPages` of a list. */
  total?: number;
  totalPages?: number;
  body: string;
}

interface Indexed {
  record: WpRecord;
  json: string;
}

export interface SnapshotApi {
  answer(route: string, params: URLSearchParams): SnapshotAnswer | null;
  /** Published posts, newest first, as WordPress lists them. */
  posts: readonly WpRecord[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** WordPress's `a=1,2` and `a[]=1&a[]=2`. */
function list(params: URLSearchParams, name: string): string[] {
  return [...params.getAll(name), ...params.getAll(`${name}[]`)].flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
}

const numbers = (params: URLSearchParams, name: string) => list(params, name).map(Number);

function error(status: number, code: string, message: string): SnapshotAnswer {
  return { status, body: JSON.stringify({ code, message, data: { status } }) };
}

function only(params: URLSearchParams, allowed: readonly string[]): boolean {
  return [...params.keys()].every((key) => allowed.includes(key.replace(/\[\]$/, '')));
}

/** `_fields`, as WordPress applies it to each item (top-level names only; the reader asks no deeper). */
function pick(item: Indexed, fields: readonly string[]): string {
  if (fields.length === 0) return item.json;
  return JSON.stringify(Object.fromEntries(Object.entries(item.record).filter(([key]) => fields.includes(key))));
}

function page(params: URLSearchParams, items: readonly Indexed[], invalidPageCode: string | null, strip: (item: Indexed) => string): SnapshotAnswer {
  const perPage = Number(params.get('per_page') ?? 10);
  const number = Number(params.get('page') ?? 1);
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100 || !Number.isInteger(number) || number < 1) return error(400, 'rest_invalid_param', 'Invalid parameter(s): page, per_page');
  const total = items.length;
  const totalPages = Math.ceil(total / perPage);
  if (number > totalPages && total > 0 && invalidPageCode !== null) return error(400, invalidPageCode, 'The page number requested is larger than the number of pages available.');
  return { status: 200, total, totalPages, body: `[${items.slice((number - 1) * perPage, number * perPage).map(strip).join(',')}]` };
}

const postParams = ['page', 'per_page', 'categories', 'tags', 'include', 'exclude', 'slug', 'sticky', 'before', 'after', 'order', 'orderby', '_embed', '_fields'];
const commentParams = ['page', 'per_page', 'post', 'order', 'orderby', 'type', '_fields'];
/** WP_Comment_Query's `type`s of pings; `pings` is both. */
const pingTypes: Record<string, readonly string[]> = { pings: ['pingback', 'trackback'], pingback: ['pingback'], trackback: ['trackback'] };
const pageParams = ['page', 'per_page', 'parent', 'slug', 'include', 'orderby', 'order', '_fields'];

function withoutEmbedded(item: Indexed): Indexed {
  const { _embedded: _dropped, ...record } = item.record;
  return { record: record as WpRecord, json: JSON.stringify(record) };
}

export function snapshotApi(snapshot: Snapshot): SnapshotApi {
  const index = (record: WpRecord): Indexed => ({ record, json: JSON.stringify(record) });
  // WordPress orders by post_date; posts of the same second by id, newest first (what MySQL gives for the mock's seeds).
  const posts = snapshot.posts.map(index).sort((a, b) => text(b.record.date).localeCompare(text(a.record.date)) || b.record.id - a.record.id);
  // Worked out once: a build asks for posts by slug once or more per page.
  const slugOf = new Map(posts.map(({ record }) => [record.id, canonicalSlug(text(record.slug))]));
  const comments = snapshot.comments.map(index);
  // Read with the build's credentials, or not at all (null): then WordPress's answer to a visitor.
  const pings = snapshot.pings?.map(index) ?? null;
  // Posts and pages share WordPress's one table of ids; either may have a password.
  const locked = new Set([...snapshot.posts, ...snapshot.pages].filter((post) => (post.content as { protected?: boolean } | undefined)?.protected).map((post) => post.id));
  const terms = { categories: snapshot.categories.map(index), tags: snapshot.tags.map(index) };
  const sitePages = snapshot.pages.map(index);

  function answerPosts(params: URLSearchParams): SnapshotAnswer | null {
    if (!only(params, postParams) || (params.get('orderby') ?? 'date') !== 'date') return null;
    const [categories, tags, include, exclude] = ['categories', 'tags', 'include', 'exclude'].map((name) => numbers(params, name)) as [number[], number[], number[], number[]];
    const slugs = list(params, 'slug').map(canonicalSlug);
    const before = params.get('before');
    const after = params.get('after');
    const stickyParam = params.get('sticky');
    if (stickyParam !== null && !['true', 'false', '1', '0'].includes(stickyParam)) return null;
    const sticky = stickyParam === null ? null : stickyParam === 'true' || stickyParam === '1';
    const ids = (name: string, record: WpRecord) => (Array.isArray(record[name]) ? (record[name] as number[]) : []);
    let found = posts.filter(({ record }) => {
      if (categories.length && !ids('categories', record).some((id) => categories.includes(id))) return false;
      if (tags.length && !ids('tags', record).some((id) => tags.includes(id))) return false;
      if (include.length && !include.includes(record.id)) return false;
      if (exclude.includes(record.id)) return false;
      if (slugs.length && !slugs.includes(slugOf.get(record.id)!)) return false;
      if (sticky !== null && record.sticky !== sticky) return false;
      if (before && !(text(record.date) < before)) return false;
      return !(after && !(text(record.date) > after));
    });
    if (params.get('order') === 'asc') found = [...found].reverse();
    const embed = params.has('_embed');
    const fields = list(params, '_fields');
    return page(params, found, 'rest_post_invalid_page_number', (item) => pick(embed ? item : withoutEmbedded(item), fields));
  }

  function answerComments(params: URLSearchParams): SnapshotAnswer | null {
    if (!only(params, commentParams) || (params.get('orderby') ?? 'date_gmt').replace(/_gmt$/, '') !== 'date') return null;
    const type = params.get('type') ?? 'comment';
    const ofPings = pingTypes[type];
    if (type !== 'comment' && !ofPings) return null;
    if (ofPings && pings === null) return error(401, 'rest_forbidden_param', 'Query parameter not permitted: type');
    const postIds = numbers(params, 'post');
    // A password-protected post's comments are refused to a visitor, and so is a batch that names one.
    // Its pings too: the build's editor could read them, but the reader shows them to visitors.
    if (postIds.some((id) => locked.has(id))) return error(401, 'rest_cannot_read_post', 'Sorry, you are not allowed to read the post for this comment.');
    const asc = params.get('order') === 'asc';
    const source = ofPings ? pings!.filter(({ record }) => ofPings.includes(text(record.type))) : comments;
    const found = source
      .filter(({ record }) => postIds.length === 0 || postIds.includes(Number(record.post)))
      .sort((a, b) => {
        const order = text(a.record.date_gmt).localeCompare(text(b.record.date_gmt)) || a.record.id - b.record.id;
        return asc ? order : -order;
      });
    const fields = list(params, '_fields');
    // The comments route answers a page past the last with an empty one.
    return page(params, found, null, (item) => pick(item, fields));
  }

  /**
   * Pages as WP_REST_Pages_Controller lists them, by id or menu_order (the
   * snapshot keeps no dates, so a request in date order is not answered here).
   */
  function answerPages(params: URLSearchParams): SnapshotAnswer | null {
    const orderby = params.get('orderby') ?? 'date';
    if (!only(params, pageParams) || (orderby !== 'id' && orderby !== 'menu_order')) return null;
    const [parents, include] = ['parent', 'include'].map((name) => numbers(params, name)) as [number[], number[]];
    const filterParents = params.has('parent') || params.has('parent[]');
    const slugs = list(params, 'slug').map(canonicalSlug);
    const found = sitePages
      .filter(({ record }) => {
        if (filterParents && !parents.includes(Number(record.parent ?? 0))) return false;
        if (include.length && !include.includes(record.id)) return false;
        return !(slugs.length && !slugs.includes(canonicalSlug(text(record.slug))));
      })
      .sort((a, b) => {
        const order = orderby === 'menu_order' ? Number(a.record.menu_order ?? 0) - Number(b.record.menu_order ?? 0) || a.record.id - b.record.id : a.record.id - b.record.id;
        return params.get('order') === 'asc' ? order : -order;
      });
    const fields = list(params, '_fields');
    return page(params, found, 'rest_post_invalid_page_number', (item) => pick(item, fields));
  }

  /** A term by slug: the archive pages' one request of their own. Whole lists are few and asked of WordPress once per build. */
  function answerTerm(taxonomy: 'categories' | 'tags', params: URLSearchParams): SnapshotAnswer | null {
    if (!only(params, ['slug', '_fields']) || !params.has('slug')) return null;
    const slugs = list(params, 'slug').map(canonicalSlug);
    const found = terms[taxonomy].filter(({ record }) => slugs.includes(canonicalSlug(text(record.slug))));
    const fields = list(params, '_fields');
    return { status: 200, total: found.length, totalPages: found.length ? 1 : 0, body: `[${found.map((item) => pick(item, fields)).join(',')}]` };
  }

  return {
    posts: posts.map((item) => item.record),
    answer(route, params) {
      if (route === '/posts') return answerPosts(params);
      if (route === '/comments') return answerComments(params);
      if (route === '/pages') return answerPages(params);
      if (route === '/categories' || route === '/tags') return answerTerm(route.slice(1) as 'categories' | 'tags', params);
      return null;
    },
  };
}
