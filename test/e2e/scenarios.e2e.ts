import { referenceTitle } from '../reference-page';
import { failedResponse, hydrated, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('mock scenarios, chosen by URL and kept for the tab', () => {
  it('server-error leaves the prerendered pages as built, shows the error where WordPress is asked, and retry recovers once it is back', async () => {
    const { context, page } = await openPage(browser(), '/?scenario=server-error', {
      expected: [failedResponse(500, '/wp-json/wp/v2/posts', 'the scenario answers a search with a 500 until the badge switches it off')],
    });
    // The home page is the build's, data and all: a WordPress in trouble takes nothing off it.
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    await hydrated(page, 'header button', 'Select Page');
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('alert').count()).toBe(0);
    const badge = page.getByRole('complementary', { name: 'Mock API' });
    expect(await badge.textContent()).toContain('Mock · server-error');
    // A search is live: there the failure shows. The tab keeps its scenario across reloads.
    await page.goto('/search?q=semiconductors');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The news server had a problem (error 500). Please try again.');
    await page.reload();
    await page.getByRole('alert').waitFor();
    // Switching to normal in the badge heals the site.
    await badge.getByText('Mock · server-error').click();
    await badge.getByRole('combobox', { name: 'Scenario' }).selectOption('normal');
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    expect(await badge.textContent()).toContain('Mock · normal');
    await context.close();
  });

  it('slow shows prerendered pages at once, opened directly or by a click, and skeletons first for a search', async () => {
    const { context, page } = await openPage(browser(), '/?scenario=slow&latency=1500');
    expect(await page.getByRole('link', { name: referenceTitle }).count()).toBe(1);
    // A click before the page has started is a plain link to the prerendered archive; after, the app opens it from the build's file.
    await hydrated(page, 'header button', 'Select Page');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Industry News' }).click();
    await page.getByRole('heading', { level: 1, name: 'Industry News' }).waitFor({ timeout: 5_000 });
    await page.getByRole('main').getByRole('article').first().waitFor({ timeout: 5_000 });
    const box = page.getByRole('search').first().getByRole('searchbox');
    await box.fill('engine');
    await box.press('Enter');
    await page.getByText('Loading articles…').waitFor({ state: 'attached' });
    await page.getByRole('heading', { level: 1, name: 'Results for “engine”' }).waitFor({ timeout: 15_000 });
    await page.getByRole('main').getByRole('article').first().waitFor({ timeout: 15_000 });
    await context.close();
  });

  it('shows the chosen scenario on every page of the tab at once, where a reader’s page would wait for a touch', async () => {
    const { context, page } = await openPage(browser(), '/?scenario=empty');
    const badge = page.getByRole('complementary', { name: 'Mock API' });
    await badge.getByText('Mock · empty').waitFor();
    // A prerendered page, opened with no query and no input: the tab's choice starts the app.
    await page.goto('/category/industry-news/');
    await badge.getByText('Mock · empty').waitFor();
    expect(await page.locator('html').getAttribute('data-reader')).not.toBeNull();
    await context.close();
    // A tab that chose nothing: the same page waits for the reader.
    const reader = await openPage(browser(), '/category/industry-news/');
    await reader.page.waitForLoadState('networkidle');
    expect(await reader.page.locator('html').getAttribute('data-reader')).toBeNull();
    expect(await reader.page.getByRole('complementary', { name: 'Mock API' }).count()).toBe(0);
    await reader.context.close();
  });

  it('empty finds nothing in a search and says so calmly', async () => {
    const { context, page } = await openPage(browser(), '/search?q=engine&scenario=empty');
    await page.getByRole('heading', { name: 'Nothing found' }).waitFor();
    await page.getByText('No articles match “engine”.', { exact: false }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('flaky recovers through retries without the reader doing anything', async () => {
    const { context, page } = await openPage(browser(), '/?scenario=flaky', {
      expected: [failedResponse(503, '/wp-json/wp/v2/', 'the scenario answers a first try with a 503 to show the retry')],
    });
    await page.getByRole('link', { name: referenceTitle }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('article-error breaks only an article the build does not have; prerendered ones and the list still open', async () => {
    // The host serves its shell for an address the build did not know, and the reader asks WordPress.
    const { context, page } = await openPage(browser(), '/news/published-after-the-build?scenario=article-error', {
      expected: [failedResponse(500, '/wp-json/wp/v2/posts?per_page=1&slug=', 'the scenario answers the article (and only it) with a 500')],
    });
    await page.getByRole('alert').getByText('This article could not be loaded').waitFor({ timeout: 20_000 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Latest news' }).click();
    await page.getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });

  it('comments-refused explains the refusal and keeps the text', async () => {
    const { context, page } = await openPage(browser(), '/news/a-field-guide-to-pump-cavitation?scenario=comments-refused', {
      expected: [failedResponse(401, '/wp-json/wp/v2/comments', 'the scenario refuses the comment with WordPress’s 401')],
    });
    await hydrated(page, 'button', 'Leave a comment');
    await page.getByRole('button', { name: 'Leave a comment' }).click();
    const form = page.getByRole('form', { name: 'Leave a comment' });
    await form.getByLabel('Name').fill('Refused Reader');
    await form.getByLabel('Email').fill('refused@example.com');
    await form.getByLabel('Comment').fill('This text must survive.');
    await form.getByRole('button', { name: 'Post comment' }).click();
    await form.getByRole('alert').getByText(/only accepts comments from signed-in users/).waitFor();
    expect(await form.getByLabel('Comment').inputValue()).toBe('This text must survive.');
    await context.close();
  });

  it('newsletter-down keeps the address and offers a retry', async () => {
    const { context, page } = await openPage(browser(), '/?scenario=newsletter-down', {
      expected: [failedResponse(503, '/wp-json/newsletter/v1/subscribers', 'the scenario answers the subscription with a 503')],
    });
    const box = page.getByRole('contentinfo').getByRole('region', { name: 'Subscribe To Our Newsletter' });
    await hydrated(page, 'footer button', 'Subscribe');
    await box.getByLabel('Email').fill('later@example.com');
    await box.getByRole('button', { name: 'Subscribe' }).click();
    await box.getByRole('alert').waitFor();
    expect(await box.getByLabel('Email').inputValue()).toBe('later@example.com');
    expect(await box.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    await context.close();
  });

  it('a reader whose connection drops is told so, and the page opens once it is back', async () => {
    const { context, page } = await openPage(browser(), '/', {
      expected: [
        {
          pattern: /^error: Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED) \(.*(\/assets\/[\w-]+\.js|\/index\.json)\)$/,
          reason: 'offline, the category view’s code and data file cannot be fetched: the failure this test is about',
        },
      ],
    });
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    // The connection drops once the page is up and running (its code and the mock have loaded).
    await hydrated(page, 'header button', 'Select Page');
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.getByRole('status').getByText('You are offline.').waitFor();
    // The category view's code has not been downloaded yet.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Industry News' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are offline' }).waitFor();
    await context.setOffline(false);
    await page.getByRole('heading', { level: 1, name: 'Industry News' }).waitFor({ timeout: 20_000 });
    expect(await page.getByText('You are offline.').count()).toBe(0);
    await context.close();
  });
});
