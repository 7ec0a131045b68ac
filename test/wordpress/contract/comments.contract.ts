// @vitest-environment jsdom
/**
 * Comments: reading threads, the list's batched comment counts, password-protected
 * posts, and posting as a reader who is not logged in, on a stock site (the mock's
 * `comments-refused` scenario) and with the reader's comments plugin (the mock's default).
 */
import * as v from 'valibot';
import { commentSchema, toComment, type Comment } from '@/features/comments/api/comments-fetch';
import { createSeed } from '@/mocks/seed/create-seed';
import { scenarioHandlers } from '@/mocks/scenarios';
import { askBoth, mockSite, postJson, setAnonymousComments, wordpress, type Answer } from '../sites';
import { knownDifferences } from '../known-differences';

const seed = createSeed();
const protectedPost = seed.posts.find((post) => post.password)!;
const closedPost = seed.posts.find((post) => post.comment_status === 'closed' && !post.password)!;
// Comments posted here stay on the real site: post them where the reading tests do not look.
const openPost = seed.posts.findLast(
  (post) => post.comment_status === 'open' && !post.password && post.status === 'publish' && !seed.comments.some((comment) => comment.post === post.id),
)!;
const returning = seed.comments.find((comment) => comment.status === 'approved' && comment.author_name !== 'EMAC Service Desk')!;

function errorCode(answer: Answer) {
  return { status: answer.status, code: (answer.body as { code?: string } | undefined)?.code };
}

/** A thread as the reader draws it: who wrote what, under whom. */
function thread(answer: Answer) {
  void knownDifferences.termAndCommentIds;
  const comments: Comment[] = v.parse(v.array(commentSchema), answer.body).map(toComment);
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  return comments.map((comment) => ({
    author: comment.authorName,
    text: comment.contentHtml.replace(/\s+/g, ' ').trim(),
    date: comment.date,
    status: comment.status,
    replyTo: comment.parentId ? (byId.get(comment.parentId)?.authorName ?? 'elsewhere') : null,
  }));
}

describe('reading comments', () => {
  it('lists a post’s thread oldest first, with replies under the same comments', async () => {
    const threaded = seed.comments.find((comment) => comment.parent > 0)!.post;
    const both = await askBoth(`/comments?post=${threaded}&per_page=100&page=1&order=asc&orderby=date`);
    expect(both.mock.headers.get('X-WP-Total')).toBe(both.wordpress.headers.get('X-WP-Total'));
    expect(thread(both.mock)).toEqual(thread(both.wordpress));
  });

  it('counts comments for a page of posts in one request', async () => {
    const ids = seed.posts.filter((post) => post.status === 'publish' && !post.password).slice(0, 10).map((post) => post.id);
    const both = await askBoth(`/comments?post=${ids.join(',')}&per_page=100&page=1&_fields=id,post`);
    const posts = (answer: Answer) => (answer.body as { post: number }[]).map((comment) => comment.post).sort();
    expect(both.mock.status).toBe(200);
    expect(both.wordpress.status).toBe(200);
    expect(posts(both.mock)).toEqual(posts(both.wordpress));
  });

  it('refuses the whole batch when one post of the page is password-protected', async () => {
    const ids = [openPost.id, protectedPost.id];
    const both = await askBoth(`/comments?post=${ids.join(',')}&per_page=100&page=1&_fields=id,post`);
    expect(errorCode(both.wordpress)).toEqual({ status: 401, code: 'rest_cannot_read_post' });
    expect(errorCode(both.mock)).toEqual(errorCode(both.wordpress));
  });

  it('keeps a protected post’s comments for readers with its password', async () => {
    const locked = await askBoth(`/comments?post=${protectedPost.id}`);
    expect(errorCode(locked.mock)).toEqual(errorCode(locked.wordpress));
    const open = await askBoth(`/comments?post=${protectedPost.id}&password=${protectedPost.password}&order=asc`);
    expect(open.wordpress.status).toBe(200);
    expect(thread(open.mock)).toEqual(thread(open.wordpress));
    // WordPress weighs a password only when one post is asked for: a batch stays refused.
    const batch = await askBoth(`/comments?post=${openPost.id},${protectedPost.id}&password=${protectedPost.password}`);
    expect(errorCode(batch.mock)).toEqual(errorCode(batch.wordpress));
  });
});

describe('posting a comment as a reader who is not logged in', () => {
  afterAll(() => setAnonymousComments(false));

  it('is refused by a stock WordPress, as by the mock’s comments-refused scenario', async () => {
    setAnonymousComments(false);
    const body = { post: openPost.id, parent: 0, author_name: 'Stock Reader', author_email: 'stock@example.com', content: `Refused ${Date.now()}` };
    const both = await askBoth('/comments', postJson(body), mockSite(scenarioHandlers('comments-refused')));
    expect(errorCode(both.wordpress)).toEqual({ status: 401, code: 'rest_comment_login_required' });
    expect(errorCode(both.mock)).toEqual(errorCode(both.wordpress));
  });

  describe('with the reader’s comments plugin, as the mock by default', () => {
    beforeAll(() => setAnonymousComments(true));

    it('holds a first comment for moderation and publishes a returning reader’s at once', async () => {
      void knownDifferences.commentDates;
      const stamp = Date.now();
      const first = { post: openPost.id, parent: 0, author_name: `New Reader ${stamp}`, author_email: `new-${stamp}@example.com`, content: `First words ${stamp}` };
      const again = { post: openPost.id, parent: 0, author_name: returning.author_name, author_email: returning.author_email, content: `Back again ${stamp}` };
      for (const body of [first, again]) {
        const both = await askBoth('/comments', postJson(body));
        expect(both.wordpress.status, body.author_name).toBe(201);
        expect(both.mock.status, body.author_name).toBe(201);
        const read = (answer: Answer) => {
          const { date: _date, dateGmt: _dateGmt, ...comment } = toComment(v.parse(commentSchema, answer.body));
          return { ...comment, id: typeof comment.id, contentHtml: comment.contentHtml.trim() };
        };
        expect(read(both.mock)).toEqual(read(both.wordpress));
      }
    });

    it('answers mistakes and refusals with the same status and code', async () => {
      const stamp = Date.now();
      const reader = { author_name: 'Careful Reader', author_email: `careful-${stamp}@example.com` };
      const cases = [
        { ...reader, post: openPost.id, author_email: 'not-an-address', content: `x ${stamp}` },
        { ...reader, post: openPost.id, author_name: '', author_email: '', content: `x ${stamp}` },
        { ...reader, post: openPost.id, content: '   ' },
        { ...reader, post: closedPost.id, content: `closed ${stamp}` },
        { ...reader, post: protectedPost.id, content: `locked ${stamp}` },
        { ...reader, post: 999_999, content: `nowhere ${stamp}` },
      ];
      for (const body of cases) {
        const both = await askBoth('/comments', postJson(body));
        expect(errorCode(both.mock), JSON.stringify(body)).toEqual(errorCode(both.wordpress));
      }
    });

    it('refuses the same comment twice', async () => {
      void knownDifferences.commentFlood;
      const body = { post: openPost.id, parent: 0, author_name: returning.author_name, author_email: returning.author_email, content: `Twice ${Date.now()}` };
      expect((await wordpress.request('/comments', postJson(body))).status).toBe(201);
      const mock = mockSite();
      expect((await mock.request('/comments', postJson(body))).status).toBe(201);
      const [fromMock, fromWordPress] = [await mock.request('/comments', postJson(body)), await wordpress.request('/comments', postJson(body))];
      expect(errorCode(fromWordPress)).toEqual({ status: 409, code: 'comment_duplicate' });
      expect(errorCode(fromMock)).toEqual(errorCode(fromWordPress));
    });
  });
});
