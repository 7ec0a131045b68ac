import type { Page } from 'playwright-core';
import { playerOrigins } from '../../src/lib/embeds';
import { trustedTypesPolicies } from '../../src/lib/trusted-types';
import { referenceTitle } from '../reference-page';
import { baseUrl, hydrated, sharedBrowser, viewports } from './browser';

const browser = sharedBrowser();

/** The strict policy a careful host sends, with the reader's own policy names (README: Trusted Types). */
export const strictCsp = [
  "default-src 'self'",
  "script-src 'self'",
  // Blocks' own inline layout (a spacer's height, a custom colour), which the sanitiser narrows to safe declarations.
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  // Only the embed players, and only after a press of their button.
  `frame-src ${playerOrigins.join(' ')}`,
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${Object.values(trustedTypesPolicies).join(' ')}`,
].join('; ');


/** Everything the browser objects to on a page: CSP reports, console errors, uncaught errors. */
async function openWatched(path: string) {
  const context = await browser().newContext({ viewport: viewports.desktop, baseURL: baseUrl(), reducedMotion: 'reduce' });
  // The host sends the policy with every page (the build is made for this server's address,
  // so it is served here, and the header is added on the way).
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': strictCsp } });
  });
  await context.addInitScript(() => {
    const reports: string[] = [];
    (window as unknown as { __cspReports: string[] }).__cspReports = reports;
    document.addEventListener('securitypolicyviolation', (event) => {
      reports.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A missing page is answered with status 404, which the console notes; that is the host doing its job.
    if (message.type() === 'error' && !(message.location().url.includes('/no-such-page') && message.text().includes('status of 404'))) {
      problems.push(`console: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(path);
  const reports = async () => [...problems, ...(await page.evaluate(() => (window as unknown as { __cspReports: string[] }).__cspReports)).map((r) => `CSP: ${r}`)];
  return { context, page, reports };
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
}

describe(`every view under ${strictCsp}`, () => {
  it('the list, its pages and an article opened from it', async () => {
    const { context, page, reports } = await openWatched('/');
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    // The mock starts after hydration; a click before that would ask the static host for the API.
    await settle(page);
    await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'Page 2' }).click();
    await page.getByText(/page 2 of/).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Latest news' }).click();
    await page.getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.getByText('Thierry Breton', { exact: false }).first().waitFor();
    await settle(page);
    expect(await reports()).toEqual([]);
    await context.close();
  });

  it('an article loaded by its address, with its comments, and a comment posted', async () => {
    const { context, page, reports } = await openWatched('/news/a-field-guide-to-pump-cavitation/');
    await settle(page);
    // The form is folded until the reader starts a comment (its button is prerendered: wait for its code).
    await hydrated(page, 'button', 'Leave a comment');
    await page.getByRole('button', { name: 'Leave a comment' }).click();
    const form = page.getByRole('form', { name: 'Leave a comment' });
    await form.getByLabel('Name').fill('Trusted Reader');
    await form.getByLabel('Email').fill('trusted@example.com');
    await form.getByLabel('Comment').fill('Posted under a strict policy.');
    await form.getByRole('button', { name: 'Post comment' }).click();
    // A newcomer's first comment waits for moderation, as on a stock WordPress.
    await page.getByText('Your comment is awaiting moderation.').waitFor();
    await settle(page);
    expect(await reports()).toEqual([]);
    await context.close();
  });

  it('a protected article, unlocked', async () => {
    const { context, page, reports } = await openWatched('/news/meet-us-at-the-marine-expo-in-shanghai/');
    // The form is prerendered: wait until the page has come to life before using it.
    await settle(page);
    await page.getByLabel('Password').fill('expo2023');
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByText('See you at the stand on Thursday.').waitFor();
    await settle(page);
    expect(await reports()).toEqual([]);
    await context.close();
  });

  it('a block-heavy article, its layout intact, and an embed played', async () => {
    const { context, page, reports } = await openWatched('/news/rotterdam-workshop-block-by-block/');
    // Page routes come before the context's (which would fetch the real player); no request leaves the machine.
    await page.route(/youtube-nocookie/, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Player</title>' }));
    // (Not networkidle: the audio block's media request may stay open.)
    await page.waitForLoadState('load');
    expect(await page.$eval('.wp-block-spacer', (spacer) => spacer.getBoundingClientRect().height)).toBe(60);
    await hydrated(page, 'button', 'Play video from YouTube');
    await page.getByRole('button', { name: 'Play video from YouTube' }).click();
    const player = await page.locator('iframe[title="YouTube player"]').elementHandle();
    await (await player!.contentFrame())!.waitForLoadState('load');
    expect(await reports()).toEqual([]);
    await context.close();
  });

  it('a category, a tag, a search, a missing page and the contact panel', async () => {
    const { context, page, reports } = await openWatched('/category/global-onsite-activity/');
    await page.getByRole('heading', { level: 1, name: 'Global Onsite Activity' }).waitFor();
    await settle(page);
    // A search is made in the page (the host has no file for /search).
    await page.getByRole('searchbox').first().fill('engine');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/search\?q=engine/);
    // The address changes first, and the category stays on screen (its cards too) until the results can show.
    await page.getByRole('heading', { level: 1, name: 'Results for “engine”' }).waitFor();
    // Leaving while the results still fetch would send those requests past the worker, to the host:
    // the page tells the worker it is closing as it unloads, and the worker lets its late requests through.
    // So it waits for the last of them, the cards' comment counts ("networkidle" is the document's,
    // reached once, long before a client navigation's requests).
    await page.getByRole('main').getByRole('article').first().getByText(/\d+ comments?$/).waitFor();
    await page.goto('/no-such-page/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // The chat button is prerendered and does nothing until hydrated (it has no text: its name is its label).
    await hydrated(page, 'button[aria-label^="Chat with us on WhatsApp"]', '');
    await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).click();
    await page.getByRole('dialog', { name: 'Sales Team' }).getByRole('link', { name: 'Contact EMAC Now!' }).waitFor();
    await settle(page);
    expect(await reports()).toEqual([]);
    await context.close();
  });
});
