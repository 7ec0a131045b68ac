import type { BrowserContext, Page } from 'playwright-core';
import { referenceSlug, referenceTitle } from '../reference-page';
import { baseUrl, sharedBrowser, viewports, watchContext, type ExpectedProblem } from './browser';

const browser = sharedBrowser();

interface HeldPage {
  context: BrowserContext;
  page: Page;
  /** Lets the app's code through. */
  release: () => void;
  /** How many of the app's scripts the page has asked for. */
  asked: () => number;
}

/**
 * A phone on a slow network: the prerendered page is shown, public/boot.js
 * runs, and the app's code (every /assets/ script), once the page asks for it,
 * is held back until `release()`, so the page is visible and not yet hydrated
 * for as long as the test needs.
 */
/** A phone's browser, its page errors watched; no page yet, so a test can listen from the first request. */
async function phoneContext(expected: ExpectedProblem[] = []): Promise<BrowserContext> {
  const context = await browser().newContext({
    viewport: viewports.phone,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    baseURL: baseUrl(),
  });
  watchContext(context, expected);
  return context;
}

async function openWithAppCodeHeld(path: string): Promise<HeldPage> {
  const context = await phoneContext();
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  let asked = 0;
  await context.route('**/assets/*.js', async (route) => {
    asked += 1;
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const booted = page.waitForResponse((response) => new URL(response.url()).pathname === '/boot.js');
  await page.goto(path);
  await booted;
  // A prerendered article waits for the reader: nothing of the app is asked for until a first touch.
  await page.waitForLoadState('networkidle');
  expect(asked).toBe(0);
  return { context, page, release, asked: () => asked };
}

const notHydrated = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => !Object.keys(element).some((key) => key.startsWith('__reactProps')));

describe('a tap the moment a control is visible, before the app has started', () => {
  it('on the contact button opens the panel once the code has arrived', async () => {
    const { context, page, release, asked } = await openWithAppCodeHeld(`/news/${referenceSlug}`);
    const button = page.getByRole('button', { name: /Chat with us on WhatsApp/ });
    expect(await notHydrated(page, 'button[data-tap-queue][aria-haspopup="dialog"]')).toBe(true);
    await button.tap();
    // The tap started the app, and is held until it is live.
    await expect.poll(asked).toBeGreaterThan(0);
    expect(await page.getByRole('dialog').count()).toBe(0);
    release();
    await page.getByRole('dialog', { name: 'Sales Team' }).getByRole('listitem').first().getByRole('link').waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await context.close();
  });

  it('on the share bar’s More opens the other services once the code has arrived', async () => {
    const { context, page, release, asked } = await openWithAppCodeHeld(`/news/${referenceSlug}`);
    const more = page.getByRole('button', { name: 'More ways to share' });
    await more.scrollIntoViewIfNeeded();
    expect(await notHydrated(page, 'button[data-tap-queue][aria-controls]')).toBe(true);
    await more.tap();
    await expect.poll(asked).toBeGreaterThan(0);
    release();
    await page.getByRole('link', { name: 'Share on Facebook' }).waitFor({ state: 'visible' });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    // Performed once, not toggled twice: another tap, now handled by the app, closes it again.
    await more.tap();
    await page.getByRole('link', { name: 'Share on Facebook' }).waitFor({ state: 'hidden' });
    await context.close();
  });
});

describe('a prerendered page waits for the reader before it starts the app', () => {
  it('downloads no app code on a first view of the list, and starts at the first key or touch', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    const data: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === 'script') scripts.push(path);
      if (path.endsWith('.json')) data.push(path);
    });
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual(['/boot.js']);
    // Nor the data the page was rendered from: the app reads it from a file beside the page as it starts.
    expect(data).toEqual([]);
    expect(await page.locator('html').getAttribute('data-reader')).toBeNull();
    // The whole list is there as HTML, its links real links.
    expect(await page.getByRole('main').getByRole('article').count()).toBeGreaterThan(5);
    // A keyboard reader's first Tab is intent enough.
    await page.keyboard.press('Tab');
    await page.locator('html[data-reader="live"]').waitFor({ state: 'attached' });
    expect(scripts.some((path) => path.startsWith('/assets/'))).toBe(true);
    expect(data[0]).toBe('/index.state.json');
    await context.close();
  });

  it('stays as it is when the reader’s first touch comes offline, and starts at the next once back online', async () => {
    const offline: ExpectedProblem = { pattern: /^error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED/, reason: 'the test takes the phone offline before its first touch' };
    const context = await phoneContext([offline]);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const failed = page.waitForEvent('requestfailed', (request) => request.url().includes('/index.state.json'));
    await page.keyboard.press('Tab');
    await failed;
    // The page it was: every card, no error, and it has not started (nothing replaced what it showed).
    await expect.poll(() => page.locator('html').getAttribute('data-reader')).toBeNull();
    expect(await page.getByRole('main').getByRole('article').count()).toBeGreaterThan(5);
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.setOffline(false);
    await page.keyboard.press('Tab');
    await page.locator('html[data-reader="live"]').waitFor({ state: 'attached' });
    // Started, and hydrated: the router answers a click without a reload.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await page.getByRole('main').getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await context.close();
  });

  it('opens the comment form tapped before the app was live', async () => {
    const { context, page, release, asked } = await openWithAppCodeHeld(`/news/${referenceSlug}`);
    const start = page.getByRole('button', { name: 'Leave a comment' });
    // Scrolling to it is intent: the app's code is asked for (and held here).
    await start.scrollIntoViewIfNeeded();
    await expect.poll(asked).toBeGreaterThan(0);
    await start.tap();
    expect(await page.getByRole('form', { name: 'Leave a comment' }).count()).toBe(0);
    release();
    await page.getByRole('form', { name: 'Leave a comment' }).waitFor();
    await context.close();
  });

  it('starts at once, with no input, where the comments are in view on arrival', async () => {
    const context = await phoneContext();
    const page = await context.newPage();
    const comments = page.waitForRequest((request) => request.url().includes('/wp-json/wp/v2/comments'));
    await page.goto(`/news/${referenceSlug}#comments`);
    // The thread is read live once it is near, as on a page that started at once.
    await comments;
    await page.locator('html[data-reader="live"]').waitFor({ state: 'attached' });
    await context.close();
  });
});
