// @vitest-environment jsdom
/**
 * Sticky posts, protected posts and every comment (issue 24): the requests the
 * reader makes for them, to the mock and to the real WordPress holding the same
 * seed, compared as the reader reads them.
 */
import * as v from 'valibot';
import { commentSchema, toComment } from '@/features/comments/api/comments-fetch';
import { createSeed } from '@/mocks/seed/create-seed';
import { discussionPostId } from '@/mocks/seed/discussion-post';
import { resetDb } from '@/mocks/db';
import { askBoth, mockSite, wordpress, type Answer, type Site } from '../sites';
import { basicAuth, credentialsOf } from '../credentials';
import { knownDifferences } from '../known-differences';

const seed = createSeed();
const expo = seed.posts.find((post) => post.password === 'expo2023')!;

function paging(answer: Answer) {
  return { status: answer.status, total: answer.headers.get('X-WP-Total'), totalPages: answer.headers.get('X-WP-TotalPages') };
}

function errorCode(answer: Answer) {
  return { status: answer.status, code: (answer.body as { code?: string } | undefined)?.code };
}

/** Who wrote what, in the order given; ids differ between the sites (known-differences.ts). */
function said(answer: Answer) {
  void knownDifferences.termAndCommentIds;
  return v.parse(v.array(commentSchema), answer.body).map(toComment).map((comment) => ({ author: comment.authorName, text: comment.contentHtml.replace(/\s+/g, ' ').trim() }));
}

describe('sticky posts', () => {
  it('sticky=true lists only them, sticky=false all the others, each with the same paging', async () => {
    for (const route of ['/posts?sticky=true&per_page=100&_fields=id,sticky', '/posts?sticky=false&per_page=10&page=1&_fields=id', '/posts?sticky=false&per_page=10&page=5&_fields=id', '/posts?sticky=true&per_page=1&_fields=id']) {
      const both = await askBoth(route);
      expect(paging(both.mock), route).toEqual(paging(both.wordpress));
      expect(both.mock.body, route).toEqual(both.wordpress.body);
    }
    const sticky = await askBoth('/posts?sticky=true&per_page=100&_fields=id');
    expect((sticky.wordpress.body as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses a sticky value that is not a boolean', async () => {
    const both = await askBoth('/posts?sticky=maybe');
    expect(errorCode(both.wordpress)).toEqual({ status: 400, code: 'rest_invalid_param' });
    expect(errorCode(both.mock)).toEqual(errorCode(both.wordpress));
  });
});

describe('a password-protected post', () => {
  it('gives its text for the right password, refuses a wrong one with WordPress’s own code', async () => {
    const right = await askBoth(`/posts/${expo.id}?password=${expo.password}&_fields=content`);
    expect(right.wordpress.status).toBe(200);
    const text = (answer: Answer) => (answer.body as { content: { rendered: string } }).content.rendered.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
    expect(text(right.mock)).toEqual(text(right.wordpress));
    expect(text(right.wordpress)).not.toBe('');
    const wrong = await askBoth(`/posts/${expo.id}?password=guess&_fields=content`);
    expect(errorCode(wrong.wordpress)).toEqual({ status: 403, code: 'rest_post_incorrect_password' });
    expect(errorCode(wrong.mock)).toEqual(errorCode(wrong.wordpress));
  });

  it('lists its comments for the right password only', async () => {
    const right = await askBoth(`/comments?post=${expo.id}&password=${expo.password}&order=asc&per_page=100`);
    expect(said(right.mock)).toEqual(said(right.wordpress));
    expect(said(right.wordpress).length).toBeGreaterThan(0);
    for (const route of [`/comments?post=${expo.id}&password=guess`, `/comments?post=${expo.id}`]) {
      const both = await askBoth(route);
      expect(errorCode(both.wordpress), route).toEqual({ status: 401, code: 'rest_cannot_read_post' });
      expect(errorCode(both.mock), route).toEqual(errorCode(both.wordpress));
    }
  });
});

describe('every comment of a long thread', () => {
  it('pages plain comments the same way, in either order, and by parent', async () => {
    for (const route of [
      `/comments?post=${discussionPostId}&per_page=5&page=1&order=asc`,
      `/comments?post=${discussionPostId}&per_page=5&page=3&order=asc`,
      `/comments?post=${discussionPostId}&per_page=5&page=2&order=desc`,
      `/comments?post=${discussionPostId}&parent=0&per_page=5&page=2&order=asc`,
    ]) {
      const both = await askBoth(route);
      expect(paging(both.mock), route).toEqual(paging(both.wordpress));
      expect(said(both.mock), route).toEqual(said(both.wordpress));
    }
  });

  it('answers a page past the last with an empty page, not an error (unlike /posts)', async () => {
    const both = await askBoth(`/comments?post=${discussionPostId}&per_page=5&page=9`);
    expect(both.wordpress.status).toBe(200);
    expect(paging(both.mock)).toEqual(paging(both.wordpress));
    expect(both.mock.body).toEqual(both.wordpress.body);
  });

  it('leaves pingbacks and trackbacks out unless asked, and refuses a visitor who asks for them', async () => {
    const all = await askBoth(`/comments?post=${discussionPostId}&per_page=100&_fields=id,type`);
    const types = (answer: Answer) => [...new Set((answer.body as { type: string }[]).map((comment) => comment.type))];
    expect(types(all.wordpress)).toEqual(['comment']);
    expect(types(all.mock)).toEqual(types(all.wordpress));
    expect(paging(all.mock)).toEqual(paging(all.wordpress));
    for (const type of ['pingback', 'trackback', 'pings']) {
      const both = await askBoth(`/comments?post=${discussionPostId}&type=${type}`);
      expect(errorCode(both.wordpress), type).toEqual({ status: 401, code: 'rest_forbidden_param' });
      expect(errorCode(both.mock), type).toEqual(errorCode(both.wordpress));
    }
  });
});

describe('pingbacks and trackbacks, as the build reads them with its Application Password', () => {
  /** Each site asked with its own build user's password. */
  async function askSigned(route: string) {
    resetDb();
    const signed = (site: Site) => site.request(route, { headers: basicAuth(credentialsOf(site.name)) });
    const [fromMock, fromWordPress] = await Promise.all([signed(mockSite()), signed(wordpress)]);
    return { mock: fromMock, wordpress: fromWordPress };
  }

  /** What the reader shows of a ping; ids differ between the sites. */
  const pings = (answer: Answer) => (answer.body as { type: string; author_name: string; author_url: string; date: string }[]).map(({ type, author_name, author_url, date }) => ({ type, author_name, author_url, date }));

  it.each([['pings', 3], ['pingback', 2], ['trackback', 1]] as const)('type=%s lists the same ones, in the same order', async (type, count) => {
    const both = await askSigned(`/comments?post=${discussionPostId}&type=${type}&per_page=100&order=asc&orderby=date&_fields=id,author_name,author_url,date,type`);
    expect(both.wordpress.status).toBe(200);
    expect(pings(both.wordpress)).toHaveLength(count);
    expect(pings(both.mock)).toEqual(pings(both.wordpress));
    expect(paging(both.mock)).toEqual(paging(both.wordpress));
  });

  it('reads a protected post’s comments without its password: the build user is an editor', async () => {
    const both = await askSigned(`/comments?post=${expo.id}&order=asc&per_page=100`);
    expect(both.wordpress.status).toBe(200);
    expect(said(both.mock)).toEqual(said(both.wordpress));
  });
});
