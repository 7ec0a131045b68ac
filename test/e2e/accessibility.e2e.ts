import type { Page } from 'playwright-core';
import { referenceSlug } from '../reference-page';
import { axeViolations } from './axe';
import { failedResponse, hydrated, openPage, sharedBrowser, type ExpectedProblem, type ViewportName } from './browser';

const referencePath = `/news/${referenceSlug}`;

const browser = sharedBrowser();

const views: { name: string; path: string; ready: (page: Page) => Promise<unknown>; expected?: ExpectedProblem[] }[] = [
  { name: 'latest news', path: '/', ready: (page) => page.getByRole('navigation', { name: 'Article pages' }).waitFor() },
  { name: 'page 2', path: '/page/2/', ready: (page) => page.getByText(/page 2 of/).waitFor() },
  { name: 'category', path: '/category/global-onsite-activity', ready: (page) => page.getByRole('article').first().waitFor() },
  { name: 'tag', path: '/tag/marine', ready: (page) => page.getByRole('article').first().waitFor() },
  { name: 'search results', path: '/search?q=generator', ready: (page) => page.getByRole('article').first().waitFor() },
  { name: 'empty search', path: '/search', ready: (page) => page.getByRole('heading', { name: 'What are you looking for?' }).waitFor() },
  { name: 'article', path: referencePath, ready: (page) => page.getByRole('heading', { name: /^No comments yet/ }).waitFor() },
  { name: 'article with comments', path: '/news/a-field-guide-to-pump-cavitation', ready: (page) => page.getByRole('article', { name: /^Comment by/ }).first().waitFor() },
  // Blocks with palette and custom colours, buttons, embeds' buttons: readable in both schemes.
  { name: 'block-heavy article', path: '/news/rotterdam-workshop-block-by-block/', ready: (page) => hydrated(page, 'button', 'Play video from YouTube') },
  { name: 'not found', path: '/news/no-such-article', ready: (page) => page.getByRole('heading', { name: 'We could not find this article' }).waitFor() },
  {
    name: 'server error',
    // A search is read live, so it shows the failure (a prerendered list keeps the build's articles).
    path: '/search?q=generator&scenario=server-error',
    ready: (page) => page.getByRole('alert').waitFor(),
    expected: [failedResponse(500, '/wp-json/wp/v2/posts', 'the scenario answers the search with a 500 to show the error view')],
  },
];

describe.each(['desktop', 'phone'] as const)('accessibility on %s', (viewport: ViewportName) => {
  it.each(views)('$name has no WCAG 2.2 AA violations', async ({ path, ready, expected }) => {
    const { context, page } = await openPage(browser(), path, { viewport, colorScheme: 'light', expected });
    await ready(page);
    // A view rendered in the browser (search, from the shell) names the tab once the site's name is known.
    await page.waitForFunction(() => document.title.length > 0);
    // The schemes differ only in style (light-dark() in the tokens), so one view is read in each:
    // the reader's preference changes as a phone's does at dusk.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await axeViolations(page), 'light theme').toEqual([]);
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    // The page has restyled once its background is the dark one and no colour is still on its way
    // (a reader who asks for less motion still gets a transition, of a hundred-thousandth of a second).
    await expect.poll(background).not.toBe(light);
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await axeViolations(page), 'dark theme').toEqual([]);
    await context.close();
  });

  it('has no violations with the contact panel open', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport });
    await hydrated(page, 'button[aria-label^="Chat with us"]', '');
    await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).click();
    await page.getByRole('dialog', { name: 'Sales Team' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  if (viewport === 'phone') {
    it('has no violations with the Select Page menu open', async () => {
      const { context, page } = await openPage(browser(), '/', { viewport });
      await hydrated(page, 'header button', 'Select Page');
      await page.getByRole('button', { name: 'Select Page' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Company News' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }
});

describe('keyboard only', () => {
  it('walks the main flow without a pointer', async () => {
    const { context, page } = await openPage(browser(), '/');
    await page.getByRole('navigation', { name: 'Article pages' }).waitFor();
    // The skip link is the first stop and lands on the content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    // Tab to the first article title and open it.
    let guard = 0;
    while (!(await page.evaluate(() => document.activeElement?.closest('article h2') !== null)) && guard < 40) {
      await page.keyboard.press('Tab');
      guard += 1;
    }
    const title = await page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // The comment form unfolds from its button, with focus in its first field, and is usable by keyboard.
    await page.getByRole('button', { name: 'Leave a comment' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('form', { name: 'Leave a comment' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('name');
    await page.keyboard.type('Keyboard Reader');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keys@example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Read and written without a mouse.');
    for (let step = 0; step < 5 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Post comment'; step += 1) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    // A newcomer's first comment waits for a moderator, as on a stock WordPress.
    await page.getByText('Your comment is awaiting moderation.').waitFor();
    // The contact panel opens, keeps focus (the page behind is inert) and closes with Escape.
    await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Sales Team' }).waitFor();
    for (let step = 0; step < 15; step += 1) {
      await page.keyboard.press('Tab');
      // Past its last control Chromium hands focus to its own UI (the body, headless), never to the page behind.
      expect(await page.evaluate(() => document.activeElement === document.body || Boolean(document.activeElement?.closest('dialog')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Chat with us on WhatsApp/);
    await context.close();
  });
});
