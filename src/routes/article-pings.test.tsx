import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { server } from '@/mocks/node';
import { discussionPostId } from '@/mocks/seed/discussion-post';
import { htmlToText } from '@/lib/html';
import { pageDataFormat, pageDataQueries, resetPageData, type PageData } from '@/lib/page-data';
import { setRunningBuild } from '@/lib/static-build';
import { commentQueries } from '@/features/comments/api/comments';
import { createBuildFetch } from '@/prerender/build-fetch';
import { readSnapshot } from '@/prerender/snapshot';
import { renderApp } from '../../test/render-app';
import { mockBuildCredentials } from '../../test/build-credentials';

/**
 * Pingbacks and trackbacks: WordPress lists them only to a signed-in user, so
 * the build reads them with its Application Password and the article shows
 * them from the build's data file, apart from the comments and after them.
 */
const post = () => db.posts.find((candidate) => candidate.id === discussionPostId)!;
const path = () => `/news/${post().slug}`;
const plainComments = () => db.comments.filter((comment) => comment.post === discussionPostId && comment.status === 'approved' && (comment.type ?? 'comment') === 'comment');

/**
 * The page's data file as the build writes it: the article rendered the way the build renders it
 * (import.meta.env.SSR, every request answered from a snapshot read with or without credentials).
 */
async function builtDataFile(authorization: string | null): Promise<PageData> {
  const { snapshot } = await readSnapshot(null, { authorization });
  const network = globalThis.fetch;
  globalThis.fetch = createBuildFetch({ snapshot, shipped: () => null, network, hash: (text) => text }).fetch;
  vi.stubEnv('SSR', true);
  try {
    const { queryClient, unmount } = renderApp(path());
    await screen.findByRole('heading', { level: 1, name: htmlToText(post().title) });
    const settled = (queryKey: readonly unknown[]) => queryClient.getQueryCache().find({ queryKey, exact: true })?.state.status;
    await waitFor(() => {
      expect(settled(commentQueries.list(discussionPostId).queryKey)).toBe('success');
      expect(settled(commentQueries.pings(discussionPostId).queryKey)).toBe('success');
    });
    const data: PageData = { format: pageDataFormat, code: 'build-a', path: path(), queries: pageDataQueries(queryClient) };
    unmount();
    return data;
  } finally {
    vi.unstubAllEnvs();
    globalThis.fetch = network;
  }
}

/** Opens the article in the browser from that file, and records what reached WordPress. */
function openFromBuild(file: PageData) {
  const asked: string[] = [];
  server.use(
    http.get(`*${path()}/index.json`, () => HttpResponse.json(file)),
    http.get('*/wp-json/wp/v2/comments', ({ request }) => {
      asked.push(request.url);
    }),
  );
  setRunningBuild('build-a');
  return { ...renderApp(path()), asked };
}

afterEach(() => {
  setRunningBuild(null);
  resetPageData();
});

describe('pingbacks and trackbacks of an article', () => {
  it('are listed apart after the comments, each a link to the citing page with its date, and counted as WordPress counts', async () => {
    const { asked } = openFromBuild(await builtDataFile(`Basic ${btoa(`${mockBuildCredentials.user}:${mockBuildCredentials.password}`)}`));
    const pings = await screen.findByRole('region', { name: 'Pingbacks and trackbacks (3)' });
    const items = within(pings).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^PingbackPower Plant Weekly\w{3} \d+, 2021$/),
      expect.stringMatching(/^PingbackMarine Engineering Notes\w{3} \d+, 2021$/),
      expect.stringMatching(/^TrackbackEnergy Transition Digest\w{3} \d+, 2021$/),
    ]);
    const link = within(items[0]!).getByRole('link', { name: 'Power Plant Weekly' });
    expect(link).toHaveAttribute('href', 'https://power-plant-weekly.example/2021/12/hydrogen-generators-roundup/');
    expect(link).toHaveAttribute('rel', 'external nofollow ugc');
    // After the comment thread, never inside it.
    const thread = document.getElementById('comments')!;
    expect(thread.compareDocumentPosition(pings) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(thread).queryByText('Power Plant Weekly')).toBeNull();
    // The thread's own heading counts its comments; the pings have theirs.
    expect(within(thread).getByRole('heading', { level: 2 })).toHaveTextContent(`${plainComments().length} comments`);
    // WordPress's own count (get_comments_number) includes its pings.
    expect(screen.getByRole('link', { name: `${plainComments().length + 3} comments` })).toHaveAttribute('href', '#comments');
    // The browser never asks for them: it has no password to ask with.
    await waitFor(() => expect(asked.length).toBeGreaterThan(0));
    expect(asked.filter((url) => new URL(url).searchParams.has('type'))).toEqual([]);
  });

  it('are not shown, nor counted, when the build had no credentials', async () => {
    openFromBuild(await builtDataFile(null));
    expect(await screen.findByRole('link', { name: `${plainComments().length} comments` })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Pingbacks/ })).toBeNull();
  });

  it('are not shown on an article the build did not prerender, and nothing asks for them', async () => {
    const asked: string[] = [];
    server.use(
      http.get('*/wp-json/wp/v2/comments', ({ request }) => {
        asked.push(request.url);
      }),
    );
    renderApp(path());
    expect(await screen.findByRole('link', { name: `${plainComments().length} comments` })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Pingbacks/ })).toBeNull();
    expect(asked.filter((url) => new URL(url).searchParams.has('type'))).toEqual([]);
  });
});
