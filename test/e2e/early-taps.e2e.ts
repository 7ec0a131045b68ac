import type { BrowserContext, Page } from 'playwright-core';
import { referenceSlug } from '../reference-page';
import { baseUrl, sharedBrowser, viewports, watchContext } from './browser';

const browser = sharedBrowser();

interface HeldPage {
  context: BrowserContext;
  page: Page;
  /** Lets the app's code through. */
  release: () => void;
}

/**
 * A phone on a slow network: the prerendered page is shown, public/boot.js
 * runs, and the app's code (every /assets/ script) is held back until
 * `release()`, so the page is visible and not yet hydrated for as long as the
 * test needs.
 */
async function openWithAppCodeHeld(path: string): Promise<HeldPage> {
  const context = await browser().newContext({
    viewport: viewports.phone,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 1,
    reducedMotion: 'reduce',
    baseURL: baseUrl(),
  });
  watchContext(context);
  let release = () => {};
  const released = new Promise<void>((done) => (release = done));
  let asked = 0;
  await context.route('**/assets/*.js', async (route) => {
    asked += 1;
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(path);
  // boot.js has run (it is what asks for the app's code), and nothing of the app has.
  await expect.poll(() => asked).toBeGreaterThan(0);
  return { context, page, release };
}

const notHydrated = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => !Object.keys(element).some((key) => key.startsWith('__reactProps')));

describe('a tap the moment a control is visible, before the app has started', () => {
  it('on the contact button opens the panel once the code has arrived', async () => {
    const { context, page, release } = await openWithAppCodeHeld(`/news/${referenceSlug}`);
    const button = page.getByRole('button', { name: /Chat with us on WhatsApp/ });
    expect(await notHydrated(page, 'button[data-tap-queue][aria-haspopup="dialog"]')).toBe(true);
    await button.tap();
    expect(await page.getByRole('dialog').count()).toBe(0);
    release();
    await page.getByRole('dialog', { name: 'Sales Team' }).getByRole('listitem').first().getByRole('link').waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await context.close();
  });

  it('on the share bar’s More opens the other services once the code has arrived', async () => {
    const { context, page, release } = await openWithAppCodeHeld(`/news/${referenceSlug}`);
    const more = page.getByRole('button', { name: 'More ways to share' });
    await more.scrollIntoViewIfNeeded();
    expect(await notHydrated(page, 'button[data-tap-queue][aria-controls]')).toBe(true);
    await more.tap();
    release();
    await page.getByRole('link', { name: 'Share on Facebook' }).waitFor({ state: 'visible' });
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    // Performed once, not toggled twice: another tap, now handled by the app, closes it again.
    await more.tap();
    await page.getByRole('link', { name: 'Share on Facebook' }).waitFor({ state: 'hidden' });
    await context.close();
  });
});
