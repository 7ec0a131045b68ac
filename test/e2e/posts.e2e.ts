/**
 * Issue 24 across views, on the mock build: a protected article opened once
 * stays open for the tab as the reader moves around; the sticky post leads
 * the home page only; a long thread pages in place.
 */
import { createSeed } from '@/mocks/seed/create-seed';
import { discussionPostId } from '@/mocks/seed/discussion-post';
import { hydrated, openPage, sharedBrowser } from './browser';

const seed = createSeed();
const sticky = seed.posts.find((post) => post.sticky && post.status === 'publish')!;
const expo = seed.posts.find((post) => post.password === 'expo2023')!;
const discussion = seed.posts.find((post) => post.id === discussionPostId)!;

const browser = sharedBrowser();

describe.each(['desktop', 'phone'] as const)('protected, sticky and paged on %s', (viewport) => {
  it('keeps a protected article open for the tab from the list and back, and forgets it in a new tab', async () => {
    const { context, page } = await openPage(browser(), `/news/${expo.slug}`, { viewport });
    await hydrated(page, 'button', 'Unlock');
    await page.getByLabel('Password').fill(expo.password);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('See you at the stand on Thursday.').waitFor();
    expect(new URL(page.url()).search).toBe('');

    // Away through the header, back by a client navigation: open at once.
    await page.getByRole('banner').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
    await page.goBack();
    await page.getByText('See you at the stand on Thursday.').waitFor();
    expect(await page.getByLabel('Password').count()).toBe(0);

    // Another tab of the same browser has not been given the password.
    const other = await context.newPage();
    await other.goto(`/news/${expo.slug}`);
    await hydrated(other, 'button', 'Unlock');
    expect(await other.getByText('See you at the stand on Thursday.').count()).toBe(0);
    await context.close();
  });

  it('leads the home page with the featured sticky post, not page 2, and pages a long thread in place', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport });
    const firstHeading = page.getByRole('main').getByRole('article').first().getByRole('heading', { level: 2 });
    await firstHeading.waitFor();
    expect(await firstHeading.textContent()).toBe(`Featured: ${sticky.title}`);
    await hydrated(page, 'a', '2');
    await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'Page 2' }).click();
    await page.getByText(/page 2 of \d+/).waitFor();
    expect(await page.getByRole('link', { name: sticky.title, exact: true }).count()).toBe(0);

    await page.goto(`/news/${discussion.slug}`);
    await page.locator('#comments').scrollIntoViewIfNeeded();
    const pages = page.getByRole('navigation', { name: 'Comment pages' });
    await pages.waitFor();
    await hydrated(page, 'button', 'Leave a comment');
    await pages.getByRole('button', { name: 'Page 1' }).click();
    const list = page.getByRole('list', { name: 'Comments, page 1 of 2' });
    await list.waitFor();
    expect(await list.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(`/news/${discussion.slug}`);
    await context.close();
  });
});
