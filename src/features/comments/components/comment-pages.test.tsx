import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { db } from '@/mocks/db';
import { server } from '@/mocks/node';
import { discussionPostId } from '@/mocks/seed/discussion-post';
import siteConfig from '../../../../public/site-config.json';
import { renderWithProviders } from '../../../../test/render-app';
import { CommentsSection } from './comments-section';

/** The seeded discussion: seven questions, the first answered back and forth seven times, and pings. */
const approved = () => db.comments.filter((comment) => comment.post === discussionPostId && comment.status === 'approved');
const topLevel = () => approved().filter((comment) => comment.parent === 0 && (comment.type ?? 'comment') === 'comment');

function renderThread() {
  return renderWithProviders(<CommentsSection postId={discussionPostId} postTitle="Hydrogen-Ready Generators" commentsOpen />);
}

/** The demo site's `discussion` settings with some changed, as a site owner would set them in site-config.json. */
function discussion(settings: Record<string, unknown>) {
  server.use(http.get('*/site-config.json', () => HttpResponse.json({ ...siteConfig, discussion: { ...siteConfig.discussion, ...settings } })));
}

const shownAuthors = (list: HTMLElement) => within(list).getAllByRole('article').map((article) => article.getAttribute('aria-label'));
const topLevelAuthors = (list: HTMLElement) =>
  [...list.children].map((item) => item.querySelector(':scope > article')!.getAttribute('aria-label'));

describe('a thread longer than a page', () => {
  it('opens on the newest page, as set, and pages back with accessible buttons that move focus to the page shown', async () => {
    const questions = topLevel();
    expect(questions.length).toBeGreaterThan(siteConfig.discussion.commentsPerPage);
    const { user } = renderThread();
    const pages = await screen.findByRole('navigation', { name: 'Comment pages' }, { timeout: 5000 });
    // Every comment is counted, whatever page is shown; pings are not comments.
    expect(screen.getByRole('heading', { level: 2, name: `${approved().filter((c) => !c.type || c.type === 'comment').length} comments on “Hydrogen-Ready Generators”` })).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    const newest = screen.getByRole('list', { name: 'Comments, page 2 of 2' });
    expect(topLevelAuthors(newest)).toEqual(questions.slice(5).map((comment) => `Comment by ${comment.author_name}`));

    await user.click(within(pages).getByRole('button', { name: /Older comments/ }));
    const oldest = await screen.findByRole('list', { name: 'Comments, page 1 of 2' });
    await waitFor(() => expect(oldest).toHaveFocus());
    expect(topLevelAuthors(oldest)).toEqual(questions.slice(0, 5).map((comment) => `Comment by ${comment.author_name}`));
    expect(within(screen.getByRole('navigation', { name: 'Comment pages' })).getByRole('button', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('button', { name: /Older comments/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: /Newer comments/ }));
    expect(await screen.findByRole('list', { name: 'Comments, page 2 of 2' })).toHaveFocus();
  });

  it('nests replies to the site’s depth, lines up deeper ones at the last level, and offers no reply there', async () => {
    const { user } = renderThread();
    await user.click(await screen.findByRole('button', { name: 'Page 1' }, { timeout: 5000 }));
    await screen.findByRole('list', { name: 'Comments, page 1 of 2' });
    const first = document.getElementById(`comment-${topLevel()[0]!.id}`)!;
    const levelOf = (article: HTMLElement) => {
      let level = 0;
      for (let node: HTMLElement | null = article; node; node = node.parentElement) if (node.tagName === 'LI') level += 1;
      return level;
    };
    // The chain under the first question, in the order it was written.
    const chain: HTMLElement[] = [];
    let parentId = Number(first.id.replace('comment-', ''));
    for (;;) {
      const reply = approved().find((comment) => comment.parent === parentId);
      if (!reply) break;
      chain.push(document.getElementById(`comment-${reply.id}`)!);
      parentId = reply.id;
    }
    expect(chain.length).toBeGreaterThan(5);
    // Levels 2 to 5, then the rest at level 5, after the comment they answer.
    expect(chain.map(levelOf)).toEqual([2, 3, 4, 5, 5, 5, 5]);
    const replyButtons = chain.map((article) => within(article).queryByRole('button', { name: /^Reply to/ }) !== null);
    expect(replyButtons).toEqual([true, true, true, false, false, false, false]);
  });

  it('follows other settings: the oldest page first, newest comments on top, fewer levels', async () => {
    discussion({ defaultCommentsPage: 'oldest', commentOrder: 'desc', threadCommentsDepth: 2, commentsPerPage: 3 });
    renderThread();
    const list = await screen.findByRole('list', { name: 'Comments, page 1 of 3' }, { timeout: 5000 });
    expect(topLevelAuthors(list)).toEqual(topLevel().slice(0, 3).reverse().map((comment) => `Comment by ${comment.author_name}`));
    const articles = within(list).getAllByRole('article');
    expect(Math.max(...articles.map((article) => article.closest('ol')!.closest('li') ? 2 : 1))).toBe(2);
    expect(shownAuthors(list)).toHaveLength(3 + approved().filter((c) => c.parent > 0).length);
  });

  it('keeps WordPress’s defaults for settings it cannot use, and says so in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    discussion({ pageComments: 'yes', threadCommentsDepth: 40 });
    renderThread();
    await screen.findByRole('heading', { level: 2, name: /^\d+ comments/ }, { timeout: 5000 });
    await waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringMatching(/"discussion" section has unusable (threadCommentsDepth, pageComments|pageComments, threadCommentsDepth);/)));
    // Without paging, every comment on one page; at depth 5, the chain still nests.
    expect(screen.queryByRole('navigation', { name: 'Comment pages' })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(approved().filter((c) => !c.type || c.type === 'comment').length);
  });
});
