/**
 * The reader built with VITE_WP_API_URL for the real WordPress that
 * `npm run test:wordpress` started, served from another origin, in Chromium:
 * the reading flow, search and comments as a reader sees them.
 */
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../../scripts/serve.mjs';
import { createSeed } from '@/mocks/seed/create-seed';
import { failedResponse, hydrated, openPage, sharedBrowser } from '../../e2e/browser';
import { sharedWordPressReader } from '../shared-reader';
import { setAnonymousComments } from '../sites';

const seed = createSeed();
const newest = seed.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date_gmt.localeCompare(a.date_gmt))[0]!;
const reference = seed.posts.find((post) => post.id === 1042)!;
const locked = seed.posts.find((post) => post.password)!;
const threaded = seed.posts.find((post) => post.id === seed.comments.find((comment) => comment.parent > 0)!.post)!;
const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#8217;/g, '’').replace(/&#8220;/g, '“').replace(/&#8221;/g, '”').replace(/&amp;/g, '&');

const browser = sharedBrowser();
let reader: RunningServer;
const wordpressUrl = process.env.WORDPRESS_URL!;

beforeAll(async () => {
  // The whole production build, prerendering included, reads the real WordPress over HTTP.
  reader = await sharedWordPressReader();
}, 240_000);

afterAll(async () => {
  await reader?.close();
  setAnonymousComments(false);
});

function readerUrl(path: string): string {
  return `${reader.url.replace(/\/$/, '')}${path}`;
}

/** A search typed in the header's box; done once the results view is at its address. */
async function search(page: Page, words: string) {
  const box = page.getByRole('search').first().getByRole('searchbox');
  await box.fill(words);
  // What was typed is still there to send (the box of a results view is re-rendered as it loads).
  await expect.poll(() => box.inputValue()).toBe(words);
  await box.press('Enter');
  await page.waitForURL((url) => url.pathname.endsWith('/search') && url.searchParams.get('q') === words).catch(async (error: Error) => {
    // Once in a full run (never alone) a second search did not arrive: say what the page showed.
    const alerts = await page.getByRole('alert').allTextContents();
    throw new Error(`${error.message}\nThe page is at ${page.url()}, its box holds “${await box.inputValue()}”, alerts: ${JSON.stringify(alerts)}`);
  });
  // The address changes first; the last view stays on screen until the results view can show.
  // Until then, its links (a result may be a card there too) and its header search box are the last view's.
  await page.getByRole('heading', { level: 1, name: `Results for “${words}”` }).waitFor();
}

describe('the reader on a real WordPress', () => {
  it('lists the site’s articles with their pictures, copied from WordPress into the build, and opens one', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    const fromWordPress: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${wordpressUrl}/wp-content/`)) fromWordPress.push(request.url());
    });
    await page.getByRole('link', { name: plain(newest.title) }).first().waitFor();
    // At the path WordPress has them under, on the reader's own address.
    const picture = page.locator(`article img[src^="${readerUrl('/wp-content/uploads/')}"]`).first();
    await picture.waitFor();
    expect(await picture.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBeGreaterThan(0);
    expect(await page.locator(`img[src^="${wordpressUrl}"]`).count()).toBe(0);
    expect(fromWordPress).toEqual([]);

    await page.getByRole('link', { name: plain(reference.title) }).first().click();
    await page.getByRole('heading', { level: 1, name: plain(reference.title) }).waitFor();
    await page.locator('figcaption', { hasText: 'Thierry Breton' }).waitFor();
    expect(await page.getByRole('complementary', { name: 'Mock API' }).count()).toBe(0);
    await context.close();
  });

  it('shows a thread with its replies', async () => {
    const { context, page } = await openPage(browser(), readerUrl(`/news/${threaded.slug}`));
    const count = seed.comments.filter((comment) => comment.post === threaded.id && comment.status === 'approved').length;
    await page.getByRole('heading', { level: 2, name: new RegExp(`^${count} comments`) }).waitFor();
    expect(await page.locator('#comments article').count()).toBe(count);
    await context.close();
  });

  it('shows every other card’s comment count on a page with a password-protected post', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    const listed = seed.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
    const pageOfLocked = Math.floor(listed.indexOf(locked) / 10) + 1;
    if (pageOfLocked > 1) {
      await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: `Page ${pageOfLocked}` }).click();
    }
    await page.getByRole('link', { name: plain(locked.title) }).waitFor();
    const cards = page.locator('main article').filter({ hasNot: page.getByRole('link', { name: plain(locked.title) }) });
    const others = await cards.count();
    expect(others).toBeGreaterThan(0);
    for (let index = 0; index < others; index += 1) {
      await cards.nth(index).getByText(/(^|\|\s*)\d+ comments?$/).waitFor({ timeout: 10_000 });
    }
    await context.close();
  });

  it('finds articles the way WordPress searches: without accents, in any script', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    await search(page, 'zurich');
    await page.getByRole('link', { name: /Zürich Crew Überholt Motoren/ }).waitFor();
    await search(page, 'دبي');
    await page.getByRole('link', { name: 'افتتاح مركز الخدمة في دبي' }).waitFor();
    await context.close();
  });

  it('lists a search as WordPress ranks it: the word in a title first, before newer articles that only mention it', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    await search(page, 'crew');
    await page.getByRole('heading', { level: 1, name: 'Results for “crew”' }).waitFor();
    // Under that heading there are cards only once the results are in (a skeleton before).
    const titles = page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });
    await titles.nth(2).waitFor();
    expect((await titles.allTextContents()).slice(0, 3)).toEqual([
      'ConeMac Crews Restart a Quarry After a Crusher Failure',
      'Zürich Crew Überholt Motoren – Café-Pause Inklusive',
      'DuraMac Technicians Rebuild a Mining Truck Engine in Nine Days',
    ]);
    await context.close();
  });

  it('explains a site that refuses readers’ comments, keeps the text, and posts once the plugin is on', async () => {
    setAnonymousComments(false);
    const target = seed.posts.find((post) => post.id === 1153)!;
    const { context, page } = await openPage(browser(), readerUrl(`/news/${target.slug}`), {
      expected: [failedResponse(401, '/wp-json/wp/v2/comments', 'the stock site refuses the comment: the refusal this test is about')],
    });
    // The form is folded until the reader starts a comment (once the prerendered button has its code).
    await hydrated(page, 'button', 'Leave a comment');
    await page.getByRole('button', { name: 'Leave a comment' }).click();
    const form = page.getByRole('form', { name: 'Leave a comment' });
    const words = `Thanks from the browser suite, ${Date.now()}`;
    await form.getByLabel('Name').fill('Browser Reader');
    await form.getByLabel('Email').fill(`browser-${Date.now()}@example.com`);
    await form.getByLabel('Comment').fill(words);
    await form.getByRole('button', { name: 'Post comment' }).click();
    await page.getByRole('alert').filter({ hasText: 'only accepts comments from signed-in users' }).waitFor();
    expect(await form.getByLabel('Comment').inputValue()).toBe(words);

    setAnonymousComments(true);
    await form.getByRole('button', { name: 'Post comment' }).click();
    // WordPress holds a newcomer's first comment for a moderator.
    await page.getByText('Your comment is awaiting moderation.').waitFor();
    await context.close();
  });
});

describe('the site’s block-theme navigation (seed-navigation.php), read by a build without the menu’s credentials', () => {
  it('is the header’s menu: WordPress’s page list nested, its sub-menu, no link to a draft, no sections added', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    await hydrated(page, 'header button', 'Select Page');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Around the world' }).waitFor();
    const top = await nav.locator(':scope > ul > li > a').allTextContents();
    expect(top).toEqual(['Latest news', 'About Us', 'Service Network', 'Privacy Policy', 'Company News', 'Around the world']);
    expect(await nav.getByRole('link', { name: 'Careers' }).count()).toBe(0);
    await nav.locator('summary[aria-label="Pages under Around the world"]').click();
    expect(await nav.getByRole('link', { name: 'EMAC Group' }).getAttribute('href')).toBe('https://group.example.org/');
    await nav.getByRole('link', { name: 'Industry News' }).click();
    await page.getByRole('heading', { level: 1, name: 'Industry News' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/category/industry-news');
    await context.close();
  });
});

describe('an article published after the build', () => {
  const edit = (actions: object[]) => JSON.parse(execFileSync('php', ['scripts/wordpress/publish.php', 'do', JSON.stringify(actions)], { encoding: 'utf8' })) as Record<string, number>;
  let id: number | undefined;
  afterAll(() => {
    if (id) edit([{ op: 'delete_post', ref: id }]);
  });

  it('gets WordPress’s stylesheet for a block no built page uses (a verse)', async () => {
    const title = `Verse after the build ${Date.now().toString(36)}`;
    const verse = '<!-- wp:verse -->\n<pre class="wp-block-verse">The pumps are quiet now,\nthe night shift sleeps.</pre>\n<!-- /wp:verse -->';
    ({ later: id } = edit([{ op: 'insert_post', as: 'later', title, content: verse }]));
    const { context, page } = await openPage(browser(), readerUrl(`/news/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const pre = page.locator('pre.wp-block-verse');
    await expect.poll(() => pre.evaluate((element) => getComputedStyle(element).whiteSpace)).toBe('pre-wrap');
    // Every block stylesheet the browser asked for, with the status the host answered.
    const sheets = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.includes('/wp-blocks/'))
        .map((entry) => [new URL(entry.name).pathname, entry.responseStatus] as [string, number]),
    );
    expect(sheets).toContainEqual(['/wp-blocks/verse.css', 200]);
    expect(sheets.filter(([, status]) => status !== 200)).toEqual([]);
    await context.close();
  });
});
