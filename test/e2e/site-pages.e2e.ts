/**
 * WordPress pages, the site's menu and multi-page posts on the mock build,
 * which global-setup.ts builds with the mock's Application Password.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { mockBuildCredentials } from '../build-credentials';
import { filesHolding } from '../files-holding';
import { hydrated, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** Requests of the page that reach the REST API (on the mock build, MSW answers them inside the page). */
function countWordPressRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/wp-json/')) seen.push(request.url());
  });
  return seen;
}

async function settled(page: Page) {
  await hydrated(page, 'header button', 'Select Page');
  await page.waitForLoadState('networkidle');
}

describe('WordPress pages', () => {
  it('opens a nested page at its permalink from the build’s HTML, asking WordPress nothing', async () => {
    const { context, page } = await openPage(browser(), 'about:blank');
    const requests = countWordPressRequests(page);
    const response = await page.goto('/about-us/our-history/');
    expect(response?.status()).toBe(200);
    expect(await response?.text()).toContain('The group began in 1998');
    await page.getByRole('heading', { level: 1, name: 'Our History' }).waitFor();
    await settled(page);
    expect(requests).toEqual([]);
    // The page template: no byline, no share bar, and comments closed here, so no comment section.
    expect(await page.getByRole('main').getByText(/min read/).count()).toBe(0);
    expect(await page.getByRole('link', { name: /^Share on/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Leave a comment' }).count()).toBe(0);
    await context.close();
  });

  it('opens a page under a non-Latin slug', async () => {
    const { context, page } = await openPage(browser(), `/service-network/${encodeURIComponent('上海办事处')}/`);
    await page.getByRole('heading', { level: 1, name: '上海办事处' }).waitFor();
    await context.close();
  });
});

describe('the site’s menu', () => {
  it('shows WordPress’s menu in the header; a sub-menu opens and closes by keyboard', async () => {
    const { context, page } = await openPage(browser(), '/');
    await settled(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'EMAC Group' }).waitFor();
    const history = nav.getByRole('link', { name: 'Our History' });
    expect(await history.isVisible()).toBe(false);
    const toggle = nav.locator('summary[aria-label="Pages under About Us"]');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await history.waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Our History');
    await page.keyboard.press('Escape');
    await history.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Pages under About Us');
    await page.keyboard.press('Enter');
    await history.click();
    await page.getByRole('heading', { level: 1, name: 'Our History' }).waitFor();
    // Following a link closes the sub-menu.
    await history.waitFor({ state: 'hidden' });
    await context.close();
  });

  it('shows the same menu in the phone’s Select Page menu, nested items included', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: 'smallPhone' });
    await settled(page);
    await page.getByRole('button', { name: 'Select Page' }).tap();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor();
    await nav.locator('summary[aria-label="Pages under Service Network"]').tap();
    await nav.getByRole('link', { name: 'Shanghai Office' }).tap();
    await page.getByRole('heading', { level: 1, name: '上海办事处' }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    // Nothing runs off a 320 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it('ships no trace of the build’s Application Password', () => {
    const { user, password } = mockBuildCredentials;
    const secrets = [password, password.replace(/\s+/g, ''), Buffer.from(`${user}:${password}`).toString('base64'), Buffer.from(`${user}:${password.replace(/\s+/g, '')}`).toString('base64')];
    const { files, holding } = filesHolding('dist', secrets);
    expect(files.length).toBeGreaterThan(50);
    // The menu it read is in the pages, so the build did read it with the password; so are the pings.
    expect(readFileSync('dist/index.html', 'utf8')).toContain('EMAC Group');
    expect(readFileSync('dist/news/hydrogen-ready-generators-your-questions/index.html', 'utf8')).toContain('Power Plant Weekly');
    expect(holding).toEqual([]);
    // Nor does the build's cache, which holds what it read with the password (the pings).
    expect(filesHolding('.prerender', secrets).holding).toEqual([]);
  });
});

describe('a post split into pages', () => {
  it('serves part 2 from the build, with the part links', async () => {
    const { context, page } = await openPage(browser(), 'about:blank');
    const requests = countWordPressRequests(page);
    const response = await page.goto('/news/generator-care-in-three-steps/2/');
    const html = (await response?.text()) ?? '';
    expect(html).toContain('Part two: the monthly load test');
    // The part's own address is its canonical one, in the HTML the build wrote (as WordPress's `/slug/2/`).
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/news\/generator-care-in-three-steps\/2"/);
    await settled(page);
    // The comment thread is the one live part of an article, read once it nears the viewport (README, "What reads WordPress").
    expect(requests.filter((url) => !new URL(url).pathname.endsWith('/wp/v2/comments'))).toEqual([]);
    const parts = page.getByRole('navigation', { name: 'Pages of this article' });
    expect(await parts.getByText('2', { exact: true }).getAttribute('aria-current')).toBe('page');
    await parts.getByRole('link', { name: '3' }).click();
    await page.getByRole('heading', { level: 2, name: 'Part three: the yearly service' }).waitFor();
    expect(page.url()).toMatch(/\/news\/generator-care-in-three-steps\/3$/);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/news\/generator-care-in-three-steps\/3$/);
    await context.close();
  });
});

describe('pingbacks and trackbacks', () => {
  it('are in the build’s page, apart after the comments, and the browser asks WordPress nothing for them', async () => {
    const { context, page } = await openPage(browser(), 'about:blank');
    const requests = countWordPressRequests(page);
    await page.goto('/news/hydrogen-ready-generators-your-questions/');
    const pings = page.getByRole('region', { name: 'Pingbacks and trackbacks (3)' });
    await pings.waitFor();
    await settled(page);
    expect(await pings.getByRole('listitem').count()).toBe(3);
    expect(await pings.getByRole('link', { name: 'Energy Transition Digest' }).getAttribute('href')).toBe('https://energy-digest.example/issue-48/');
    // Below the comment thread.
    expect(await page.evaluate(() => {
      const thread = document.getElementById('comments')!;
      const list = [...document.querySelectorAll('section')].find((section) => section.textContent?.startsWith('Pingbacks'))!;
      return Boolean(thread.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    expect(requests.filter((url) => new URL(url).searchParams.has('type'))).toEqual([]);
    await context.close();
  });
});
