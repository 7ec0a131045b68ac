import { http, HttpResponse } from 'msw';
import { isEmailAddress } from '@/lib/email';
import { db, nextId, type DbComment, type DbPost } from '../db';
import { serializeComment } from './serializers';
import { signedIn } from './menus';
import { wp } from './paths';
import { escapeHtml, intListParam, invalidParam, pagedResponse, pickFields, readPageRequest, wpError } from './wp-response';


/** What wpautop would make of plain text: paragraphs and line breaks, markup escaped. */
function renderCommentText(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br />\n')}</p>`)
    .join('\n');
}

/** Site-local time of now, as WordPress's `date` (no zone), and `date_gmt`. */
function timestamps(gmtOffset: number) {
  const now = new Date();
  const local = new Date(now.getTime() + gmtOffset * 3_600_000);
  return { date: local.toISOString().slice(0, 19), date_gmt: now.toISOString().slice(0, 19) };
}

/**
 * A post the reader may read (check_read_post_permission): published, and when it has a password,
 * that password given in a request for this one post only. Unknown ids pass, as in WordPress.
 */
type Commentable = Pick<DbPost, 'id' | 'status' | 'comment_status'> & { password?: string };

/** The post or page a comment belongs to: WordPress keeps both in one table. */
const commentTarget = (id: number): Commentable | undefined => db.posts.find((p) => p.id === id) ?? db.pages.find((p) => p.id === id);

function readableBy(post: Commentable | undefined, password: string, postsAsked = 1): boolean {
  if (!post) return true;
  return post.status === 'publish' && (!post.password || (postsAsked === 1 && post.password === password));
}

const cannotReadPost = () => wpError(401, 'rest_cannot_read_post', 'Sorry, you are not allowed to read the post for this comment.');

/** check_comment: moderation holds everything; by default only authors with an approved comment (same name and email) skip the queue. */
function approvedAtOnce(name: string, email: string): boolean {
  if (db.settings.commentModeration) return false;
  if (!db.settings.commentPreviouslyApproved) return true;
  return db.comments.some(
    (c) => c.status === 'approved' && c.author_name.toLowerCase() === name.toLowerCase() && c.author_email.toLowerCase() === email.toLowerCase(),
  );
}

export const commentHandlers = [
  http.get(wp('/wp/v2/comments'), async ({ request }) => {
    const url = new URL(request.url);
    const paging = readPageRequest(url);
    if ('error' in paging) return paging.error;
    const postIds = intListParam(url, 'post');
    const parents = intListParam(url, 'parent');
    const include = intListParam(url, 'include');
    if (include === 'invalid') return invalidParam('include', 'include[0] is not of type integer.');
    if (postIds === 'invalid') return invalidParam('post', 'post[0] is not of type integer.');
    if (parents === 'invalid') return invalidParam('parent', 'parent[0] is not of type integer.');
    // The build's user (an editor, by Application Password) reads every published post's comments, password or not.
    const editor = await signedIn(request);
    // One post the reader may not read (protected without its password, or a draft) refuses the whole batch.
    const password = url.searchParams.get('password') ?? '';
    const readable = (post: Commentable | undefined, asked: number) => (editor && post?.status === 'publish') || readableBy(post, password, asked);
    if (postIds.some((id) => !readable(commentTarget(id), postIds.length))) return cannotReadPost();
    const order = url.searchParams.get('order') ?? 'desc';
    if (order !== 'asc' && order !== 'desc') return invalidParam('order', 'order is not one of asc and desc.');
    // After the post's own check, as in get_items_permissions_check: a visitor may ask for plain comments only.
    // WordPress refuses `type=pingback` and the like without a login, and lists no pings unasked (type defaults to `comment`).
    // Signed in, `pings` is WP_Comment_Query's name for pingbacks and trackbacks together.
    const type = url.searchParams.get('type') ?? 'comment';
    if (type !== 'comment' && !editor) return wpError(401, 'rest_forbidden_param', 'Query parameter not permitted: type');
    const types = type === 'pings' ? ['pingback', 'trackback'] : [type];

    // Anonymous readers see approved comments only, as WordPress shows them, and only of posts
    // they may read (check_read_permission per comment): a protected post's stay out of an unfiltered list.
    let comments = db.comments.filter((c) => c.status === 'approved' && types.includes(c.type ?? 'comment') && readable(commentTarget(c.post), postIds.length || 2));
    if (postIds.length) comments = comments.filter((c) => postIds.includes(c.post));
    if (parents.length) comments = comments.filter((c) => parents.includes(c.parent));
    if (include.length) comments = comments.filter((c) => include.includes(c.id));
    comments = [...comments].sort((a, b) =>
      order === 'asc' ? a.date_gmt.localeCompare(b.date_gmt) || a.id - b.id : b.date_gmt.localeCompare(a.date_gmt) || b.id - a.id,
    );
    const origin = url.origin;
    // WP_REST_Comments_Controller has no page-number check: past the last page, an empty list.
    return pagedResponse(url, comments, paging, (c) => pickFields(url, serializeComment(c, origin)), null);
  }),

  http.post(wp('/wp/v2/comments'), async ({ request }) => {
    let input: Record<string, unknown>;
    try {
      const contentType = request.headers.get('Content-Type') ?? '';
      input = contentType.includes('application/json')
        ? ((await request.json()) as Record<string, unknown>)
        : Object.fromEntries(new URLSearchParams(await request.text()));
    } catch {
      return wpError(400, 'rest_invalid_json', 'Invalid JSON body passed.');
    }
    if (input === null || typeof input !== 'object') return wpError(400, 'rest_invalid_json', 'Invalid JSON body passed.');

    if (db.settings.commentRegistrationRequired) {
      return wpError(401, 'rest_comment_login_required', 'Sorry, you must be logged in to comment.');
    }
    const postId = Number(input.post);
    const post = commentTarget(postId);
    if (!post) return wpError(403, 'rest_comment_invalid_post_id', 'Sorry, you are not allowed to create this comment without a post.');
    if (!readableBy(post, typeof input.password === 'string' ? input.password : '')) return cannotReadPost();
    if (post.comment_status !== 'open') return wpError(403, 'rest_comment_closed', 'Sorry, comments are closed for this item.');

    const authorName = typeof input.author_name === 'string' ? input.author_name.trim() : '';
    const authorEmail = typeof input.author_email === 'string' ? input.author_email.trim() : '';
    if (!authorName || !authorEmail) {
      return wpError(400, 'rest_comment_author_data_required', 'Creating a comment requires valid author name and email values.');
    }
    if (!isEmailAddress(authorEmail)) return invalidParam('author_email', 'Invalid email address.');
    const content = typeof input.content === 'string' ? input.content : '';
    if (!content.trim()) return wpError(400, 'rest_comment_content_invalid', 'Invalid comment content.');

    const parent = Number(input.parent ?? 0) || 0;
    if (parent && !db.comments.some((c) => c.id === parent && c.post === postId && c.status === 'approved')) {
      return wpError(400, 'rest_comment_invalid_parent', 'Invalid parent comment ID.');
    }
    // wp_allow_comment's query: same post, same parent, same text, and the same author name or email
    // (compared without case, as MySQL's default collation does). The same "Thanks!" under two
    // different comments is not a duplicate.
    const duplicate = db.comments.some(
      (c) =>
        c.post === postId &&
        c.parent === parent &&
        (c.author_name.toLowerCase() === authorName.toLowerCase() || c.author_email.toLowerCase() === authorEmail.toLowerCase()) &&
        c.content === renderCommentText(content),
    );
    if (duplicate) return wpError(409, 'comment_duplicate', 'Duplicate comment detected; it looks as though you’ve already said that!');

    const comment: DbComment = {
      id: nextId(db.comments),
      post: postId,
      parent,
      author: 0,
      author_name: authorName,
      author_email: authorEmail,
      author_url: '',
      ...timestamps(db.settings.gmtOffset),
      content: renderCommentText(content),
      status: approvedAtOnce(authorName, authorEmail) ? 'approved' : 'hold',
    };
    db.comments.push(comment);
    return HttpResponse.json(serializeComment(comment, new URL(request.url).origin), { status: 201 });
  }),
];
