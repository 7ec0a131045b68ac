/**
 * Sticky and protected posts and a long comment thread (issue 24), in the
 * reader built for the real WordPress that `npm run test:wordpress` started
 * and seeded (scripts/wordpress/seed-posts.php), in Chromium.
 */
import type { RunningServer } from '../../../scripts/serve.mjs';
import { createSeed } from '@/mocks/seed/create-seed';
import { discussionPostId } from '@/mocks/seed/discussion-post';
import { failedResponse, hydrated, openPage, sharedBrowser } from '../../e2e/browser';
import { tryWrongPassword } from '../../e2e/password-form';
import { sharedWordPressReader } from '../shared-reader';

const seed = createSeed();
const sticky = seed.posts.find((post) => post.sticky && post.status === 'publish')!;
const expo = seed.posts.find((post) => post.password === 'expo2023')!;
const discussion = seed.posts.find((post) => post.id === discussionPostId)!;

const browser = sharedBrowser();
let reader: RunningServer;

beforeAll(async () => {
  reader = await sharedWordPressReader();
}, 240_000);

afterAll(async () => {
  await reader?.close();
});

const readerUrl = (path: string) => `${reader.url.replace(/\/$/, '')}${path}`;

describe('issue 24 on a real WordPress', () => {
  it('puts the sticky post first on the home page, featured, and never again on page 2', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    const headings = page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });
    await headings.first().waitFor();
    expect(await headings.first().textContent()).toBe(`Featured: ${sticky.title}`);
    expect(await page.getByRole('link', { name: sticky.title, exact: true }).count()).toBe(1);
    await page.goto(readerUrl('/page/2/'));
    await headings.first().waitFor();
    expect(await page.getByRole('link', { name: sticky.title, exact: true }).count()).toBe(0);
    expect(await page.getByText('Featured', { exact: true }).count()).toBe(0);
    await context.close();
  });

  it('opens a protected post with its password, says a wrong one is wrong, and keeps it for the tab', async () => {
    const { context, page } = await openPage(browser(), readerUrl(`/news/${expo.slug}`), {
      expected: [failedResponse(403, `/wp-json/wp/v2/posts/${expo.id}`, 'the wrong password this test types')],
    });
    await hydrated(page, 'button', 'Unlock');
    const field = await tryWrongPassword(page);
    await field.fill(expo.password);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText(/our stand at the marine exhibition/i).first().waitFor();
    await page.getByText('See you at the stand on Thursday.').waitFor();

    await page.reload();
    await page.getByText('See you at the stand on Thursday.').waitFor();
    expect(await page.getByLabel('Password').count()).toBe(0);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(expo.password);
    await context.close();
  });

  it('pages a long thread as the site does, nested to its depth', async () => {
    const { context, page } = await openPage(browser(), readerUrl(`/news/${discussion.slug}`));
    const pages = page.getByRole('navigation', { name: 'Comment pages' });
    await page.locator('#comments').scrollIntoViewIfNeeded();
    await pages.waitFor();
    expect(await pages.getByRole('button', { name: 'Page 2' }).getAttribute('aria-current')).toBe('page');
    await hydrated(page, 'button', 'Leave a comment');
    await pages.getByRole('button', { name: /Older comments/ }).click();
    const first = page.getByRole('list', { name: 'Comments, page 1 of 2' });
    await first.waitFor();
    // Seven replies deep in WordPress; five levels here, the rest lined up at the fifth.
    expect(await first.locator(':scope > li > ol > li > ol > li > ol > li > ol > li > article').count()).toBe(4);
    expect(await first.locator('ol ol ol ol ol').count()).toBe(0);
    await context.close();
  });
});
