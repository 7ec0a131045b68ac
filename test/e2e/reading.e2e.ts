import type { Page } from 'playwright-core';
import { referenceSlug, referenceTitle } from '../reference-page';
import { expandedState, hydrated, openPage, sharedBrowser, type ViewportName } from './browser';

const browser = sharedBrowser();

async function openCategory(page: Page, viewport: ViewportName, name: string) {
  if (viewport === 'phone') {
    await page.getByRole('button', { name: 'Select Page' }).click();
    await expect.poll(() => expandedState(page, 'button', 'Select Page')).toBe(true);
  }
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
}

describe.each(['desktop', 'phone'] as const)('reading on %s', (viewport) => {
  it('goes from the list to the reference article and back, then page 2, a category and a search', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport });

    await page.getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/news/${referenceSlug}`);
    const article = page.getByRole('article').first();
    // The count arrives with the comments when the article was opened from the list.
    await article.getByRole('link', { name: '0 comments' }).waitFor();
    expect(await article.textContent()).toContain('Jul 5, 2023 | Global Onsite Activity | 0 comments');
    await page.getByText('In a joint statement, they said they agreed to cooperate on undersea cable connections').waitFor();
    const caption = page.locator('figcaption', { hasText: 'Thierry Breton' });
    await caption.waitFor();
    expect(await page.getByRole('img', { name: 'Thierry Breton' }).count()).toBeGreaterThan(0);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();

    await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'Page 2' }).click();
    await page.getByText(/page 2 of \d+/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/page/2/');

    await openCategory(page, viewport, 'Global Onsite Activity');
    await page.getByRole('heading', { level: 1, name: 'Global Onsite Activity' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/category/global-onsite-activity');

    if (viewport === 'phone') await page.getByRole('button', { name: 'Select Page' }).click();
    const search = page.getByRole('searchbox', { name: 'Search articles' }).first();
    await search.fill('semiconductor');
    await search.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Results for “semiconductor”' }).waitFor();
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    await context.close();
  });

  it('restores the scroll position on Back', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport });
    const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
    await links.nth(7).waitFor();
    await links.nth(7).scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(200);
    const title = (await links.nth(7).textContent()) ?? '';
    await links.nth(7).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.waitForFunction(() => window.scrollY < 50);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, before);
    await context.close();
  });
});

describe('on a 320 px phone', () => {
  /** Elements whose right edge passes the screen's: a sideways scroll, or something cut off. */
  function overflowing(page: Page) {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          // Hidden or clipped on purpose (visually-hidden text, a scroller's contents) does not count.
          return box.width > 0 && box.right > width + 0.5 && !element.closest('[class*="visually-hidden"], .visually-hidden');
        })
        .map((element) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(element.getBoundingClientRect().right)} px)`);
    });
  }

  it.each([
    ['the list with the menu open', '/page/3/', 'menu'],
    ['the reference article', `/news/${referenceSlug}`, null],
    ['search results', '/search?q=marine%20service', null],
    ['the contact panel', '/', 'contact'],
  ] as const)('fits %s on the screen', async (_, path, open) => {
    const { context, page } = await openPage(browser(), path, { viewport: 'smallPhone' });
    await page.getByRole('main').getByRole('article').first().waitFor();
    if (open === 'menu') {
      await hydrated(page, 'header button', 'Select Page');
      await page.getByRole('button', { name: 'Select Page' }).click();
    }
    if (open === 'contact') {
      // The prerendered button answers once its code has arrived.
      await hydrated(page, 'button[aria-label^="Chat with us"]', '');
      await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).click();
      await page.getByRole('dialog').getByRole('link').first().waitFor();
    }
    expect(await overflowing(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
    await context.close();
  });
});

describe('an article written in Arabic', () => {
  it('reads right to left in its title, text and list card, inside a page that stays left to right', async () => {
    const { context, page } = await openPage(browser(), '/news/dubai-service-centre-opens');
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    const direction = (selector: string) => page.locator(selector).first().evaluate((element) => (element.matches(':dir(rtl)') ? 'rtl' : 'ltr'));
    expect(await direction('h1')).toBe('rtl');
    expect(await direction('[data-article-text]')).toBe('rtl');
    expect(await direction('main')).toBe('ltr');
    expect(await direction('nav[aria-label="Main"]')).toBe('ltr');

    // Its background refresh done first: a request in flight when the tab moves on reaches the host.
    await page.waitForLoadState('networkidle');
    await page.goto(new URL('/search?q=%D8%AF%D8%A8%D9%8A', page.url()).href);
    const card = page.getByRole('main').getByRole('article').first();
    await card.waitFor();
    expect(await card.getByRole('heading').evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
    await context.close();
  });
});

describe('an article card’s picture', () => {
  it('opens the article when the picture is clicked, though only the title is a link for the keyboard and screen readers', async () => {
    const { context, page } = await openPage(browser(), '/');
    await hydrated(page, 'main article a[aria-hidden="true"]', '');
    // The first card with a picture (the featured sticky post leading the list has none).
    const card = page.getByRole('main').getByRole('article').filter({ has: page.locator('img') }).first();
    const title = await card.getByRole('heading').getByRole('link').textContent();
    // The picture repeats the title link for the pointer; screen readers and the keyboard get the title alone.
    expect(await card.getByRole('link', { name: title! }).count()).toBe(1);
    expect(await card.getByRole('link').filter({ has: page.locator('img') }).count()).toBe(0);
    await card.locator('img').first().click();
    await page.getByRole('heading', { level: 1, name: title! }).waitFor();
    await context.close();
  });
});
