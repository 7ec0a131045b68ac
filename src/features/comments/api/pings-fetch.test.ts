import { createBuildFetch } from '@/prerender/build-fetch';
import { readSnapshot } from '@/prerender/snapshot';
import { wpUrl } from '@/lib/wordpress';
import { db } from '@/mocks/db';
import { discussionPostId } from '@/mocks/seed/discussion-post';
import { mockBuildCredentials } from '../../../../test/build-credentials';
import { readPings } from './pings-fetch';

/**
 * Pingbacks and trackbacks, which WordPress lists only to a signed-in user:
 * the build reads them with its Application Password into its snapshot, and
 * answers the reader's own request for them from it as WordPress answers the
 * build's signed request.
 */
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;
const signed = basic(mockBuildCredentials.user, mockBuildCredentials.password);

async function asTheBuild<T>(authorization: string | null, read: () => Promise<T>) {
  const { snapshot, report } = await readSnapshot(null, { authorization });
  const network = globalThis.fetch;
  // As the build renders pages: only the snapshot read is signed, never a page's own requests.
  globalThis.fetch = createBuildFetch({ snapshot, shipped: () => null, network, hash: (text) => text }).fetch;
  try {
    return { result: await read(), report };
  } finally {
    globalThis.fetch = network;
  }
}

async function answer(url: string, init?: RequestInit) {
  const response = await fetch(url, init);
  return { status: response.status, body: (await response.json()) as unknown };
}

const pingsOf = (postId: number) => wpUrl(`/comments?post=${postId}&type=pings&per_page=100&order=asc&orderby=date&_fields=id,author_name,author_url,date,type`);

describe('a post’s pingbacks and trackbacks, as the build reads them', () => {
  it('answers the reader’s request as WordPress answers the build’s signed one', async () => {
    const live = await answer(pingsOf(discussionPostId), { headers: { Authorization: signed } });
    expect(live.status).toBe(200);
    const { result, report } = await asTheBuild(signed, () => answer(pingsOf(discussionPostId)));
    expect(result).toEqual(live);
    expect(report.pings).toBe(db.comments.filter((comment) => comment.type && comment.type !== 'comment').length);
  });

  it('gives each ping’s kind, the citing page’s title and address, oldest first', async () => {
    const { result } = await asTheBuild(signed, () => readPings(discussionPostId));
    expect(result?.map(({ kind, title, url }) => [kind, title, url])).toEqual([
      ['pingback', 'Power Plant Weekly', 'https://power-plant-weekly.example/2021/12/hydrogen-generators-roundup/'],
      ['pingback', 'Marine Engineering Notes', 'https://marine-notes.example/hydrogen-on-board/'],
      ['trackback', 'Energy Transition Digest', 'https://energy-digest.example/issue-48/'],
    ]);
    // A post nobody cited has none, which is not the same as not knowing.
    expect((await asTheBuild(signed, () => readPings(db.posts[0]!.id))).result).toEqual([]);
  });

  it('knows none without credentials, or with a password WordPress refuses, and says which', async () => {
    const visitor = await answer(pingsOf(discussionPostId));
    expect(visitor).toMatchObject({ status: 401, body: { code: 'rest_forbidden_param' } });
    const without = await asTheBuild(null, () => answer(pingsOf(discussionPostId)));
    expect(without.result).toEqual(visitor);
    expect(without.report.pings).toBeNull();
    expect((await asTheBuild(null, () => readPings(discussionPostId))).result).toBeNull();

    const refused = await asTheBuild(basic(mockBuildCredentials.user, 'wrong password'), () => readPings(discussionPostId));
    expect(refused.result).toBeNull();
    expect(refused.report.pings).toEqual({ refused: expect.stringMatching(/^HTTP 401/) });
  });

  it('never lists a password-protected post’s, though the build’s editor could read them', async () => {
    const locked = db.posts.find((post) => post.password)!;
    db.comments.push({ ...db.comments.find((comment) => comment.type === 'pingback')!, id: 9999, post: locked.id });
    const live = await answer(pingsOf(locked.id), { headers: { Authorization: signed } });
    expect((live.body as unknown[]).length).toBe(1);
    const { result } = await asTheBuild(signed, () => answer(pingsOf(locked.id)));
    expect(result).toMatchObject({ status: 401, body: { code: 'rest_cannot_read_post' } });
  });
});
