import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser';

const referenceTitle = 'EU, Japan Team up to Advance Semiconductors, Cybersecurity and Undersea Cables';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the production build on the built-in mock', () => {
  it('shows the reference article in the list, with no server behind it', async () => {
    const { context, page } = await openPage(browser, '/?page=2');
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Latest news');
    await context.close();
  });
});
