import type { Page } from 'playwright-core';
import { hydrated, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** What has focus, as a screen reader would start reading it: its tag and its text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return element ? { tag: element.tagName.toLowerCase(), text: element.textContent?.trim() ?? '' } : null;
  });
}

describe('a client-side navigation', () => {
  it('moves focus to the new view’s heading; Back and Forward restore the scroll and leave focus alone', async () => {
    const { context, page } = await openPage(browser(), '/');
    const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    const link = links.nth(7);
    const title = ((await link.textContent()) ?? '').trim();
    // A click before hydration is a full page load, which is not what this checks.
    await hydrated(page, 'main article h2 a', title);
    await link.scrollIntoViewIfNeeded();
    const listScroll = await page.evaluate(() => window.scrollY);
    expect(listScroll).toBeGreaterThan(200);

    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: title });
    // The page starts at its top, with the heading in view.
    await page.waitForFunction(() => window.scrollY < 50);
    // The next Tab goes on from the heading, into the article, not back to the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main article')))).toBe(true);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, listScroll);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('h1, main')))).toBe(false);

    await page.goForward();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.waitForFunction(() => window.scrollY < 50);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('h1, main')))).toBe(false);
    await context.close();
  });

  it('announces a page of the list and a search by their headings too', async () => {
    const { context, page } = await openPage(browser(), '/');
    await hydrated(page, 'nav[aria-label="Article pages"] a', '2');
    await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'Page 2' }).click();
    await page.getByText(/page 2 of \d+/).waitFor();
    await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: 'Latest news' });

    const search = page.getByRole('searchbox', { name: 'Search articles' }).first();
    await search.fill('generator');
    await search.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Results for “generator”' }).waitFor();
    await expect.poll(() => focused(page)).toEqual({ tag: 'h1', text: 'Results for “generator”' });
    await context.close();
  });
});
