import { fetchAdjacentPost, fetchHomePage, fetchPostBySlug, fetchPosts } from '@/features/articles/api/posts-fetch';
import { fetchCommentCounts, fetchComments } from '@/features/comments/api/comments-fetch';
import { fetchTermBySlug, fetchTerms } from '@/features/taxonomies/api/terms-fetch';
import { fetchPageByPath } from '@/features/pages/api/site-pages-fetch';
import { db, type DbPost } from '@/mocks/db';
import { createBuildFetch } from './build-fetch';
import { readSnapshot } from './snapshot';

/**
 * The reader's own requests, answered by the mock WordPress and then by the
 * build from its snapshot of that same site: the reader must read the same.
 */
const newest = () => db.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date.localeCompare(a.date));
/** The n-th newest published post. */
const nth = (n: number): DbPost => newest()[n]!;

async function fromSnapshot<T>(read: () => Promise<T>): Promise<T> {
  const { snapshot } = await readSnapshot();
  const network = globalThis.fetch;
  const build = createBuildFetch({ snapshot, shipped: () => null, network, hash: (text) => text });
  globalThis.fetch = build.fetch;
  try {
    return await read();
  } finally {
    globalThis.fetch = network;
  }
}

const reads: [string, () => Promise<unknown>][] = [
  ['the home list, first and later page', () => Promise.all([fetchPosts({ page: 1 }), fetchPosts({ page: 3 })])],
  ['the home list with its sticky posts first, page 1 and 2', () => Promise.all([fetchHomePage(1), fetchHomePage(2)])],
  ['the home list once a second post is made sticky', () => {
    nth(3).sticky = true;
    return Promise.all([fetchHomePage(1), fetchHomePage(2)]);
  }],
  ['a category’s and a tag’s list', () => Promise.all([fetchPosts({ page: 1, categories: [nth(0).categories[0]!] }), fetchPosts({ page: 1, tags: [nth(2).tags[0]!] })])],
  ['an article by its slug, and an unknown slug', () => Promise.all([fetchPostBySlug(nth(4).slug), fetchPostBySlug('no-such-article')])],
  ['a password-protected article', () => fetchPostBySlug(newest().find((post) => post.password)!.slug)],
  ['the previous and next articles', () => Promise.all([fetchAdjacentPost(nth(5).date, 'previous'), fetchAdjacentPost(nth(5).date, 'next'), fetchAdjacentPost(nth(0).date, 'next')])],
  [
    'related articles: a category’s articles just before one, and just after',
    () =>
      Promise.all([
        fetchPosts({ categories: [nth(1).categories[0]!], exclude: [nth(1).id], before: nth(1).date, orderby: 'date', order: 'desc', perPage: 5 }),
        fetchPosts({ categories: [nth(1).categories[0]!], exclude: [nth(1).id], after: nth(1).date, orderby: 'date', order: 'asc', perPage: 3 }),
      ]),
  ],
  ['a thread of comments', () => fetchComments(db.comments.find((comment) => comment.parent > 0 && comment.status === 'approved')!.post)],
  ['the comment counts of a list, one post protected', () => fetchCommentCounts(newest().slice(0, 12).map((post) => post.id))],
  ['a term by slug, and an unknown one', () => Promise.all([fetchTermBySlug('categories', db.categories[0]!.slug), fetchTermBySlug('tags', 'no-such-tag')])],
  ['the menu’s sections', () => fetchTerms('categories')],
  ['a page, a nested page and one under a non-Latin slug', () => Promise.all([fetchPageByPath('/about-us'), fetchPageByPath('/about-us/our-history/'), fetchPageByPath('/service-network/上海办事处')])],
  ['a page slug at the wrong path, and an unknown path', () => Promise.all([fetchPageByPath('/our-history'), fetchPageByPath('/no/such/page')])],
];

it.each(reads)('%s', async (_name, read) => {
  const live = await read();
  expect(await fromSnapshot(read)).toEqual(live);
});

it('answers a page past the last with WordPress’s error', async () => {
  const live = await fetchPosts({ page: 99 }).catch((error: unknown) => error);
  expect(await fromSnapshot(() => fetchPosts({ page: 99 }).catch((error: unknown) => error))).toEqual(live);
  expect(live).toMatchObject({ code: 'rest_post_invalid_page_number' });
});

it('does not guess at a request it was not made for', async () => {
  await expect(fromSnapshot(() => fetchPosts({ page: 1, search: 'marine' }))).rejects.toMatchObject({ message: 'The network request failed.' });
});
