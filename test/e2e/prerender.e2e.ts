/**
 * The prerendered build as readers and crawlers get it: pages readable
 * without JavaScript, hydration that changes nothing, the shell for articles
 * published after the build, old page links, and pasted markup that runs nothing.
 */
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { referenceSlug, referenceTitle } from '../reference-page';
import { baseUrl, expandedState, hydrated, live, sharedBrowser, viewports, watchContext, type ExpectedProblem } from './browser';

const browser = sharedBrowser();

/** A page not yet loaded; its console errors and uncaught errors, hydration's among them, fail the test. */
async function newPage(
  current: Browser,
  { javaScript = true, viewport = 'desktop' as keyof typeof viewports, expected = [] as ExpectedProblem[] } = {},
) {
  const context = await current.newContext({ viewport: viewports[viewport], javaScriptEnabled: javaScript, baseURL: baseUrl(), reducedMotion: 'reduce' });
  watchContext(context, expected);
  return { context, page: await context.newPage() };
}

describe('without JavaScript', () => {
  it.each([
    ['the list', '/', 'Latest news'],
    ['page 2 of the list', '/page/2/', 'Latest news'],
    ['an archive', '/category/global-onsite-activity', 'Global Onsite Activity'],
  ])('%s shows its articles and links', async (_name, path, heading) => {
    const { context, page } = await newPage(browser(), { javaScript: false });
    await page.goto(path);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
    const cards = page.getByRole('main').getByRole('article');
    expect(await cards.count()).toBeGreaterThan(0);
    const firstLink = cards.first().getByRole('link').first();
    expect(await firstLink.getAttribute('href')).toMatch(/^\/news\//);
    expect(await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('the reference article shows its text, picture, meta line, comments area and footer', async () => {
    const { context, page } = await newPage(browser(), { javaScript: false, viewport: 'phone' });
    await page.goto(`/news/${referenceSlug}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(referenceTitle);
    const text = await page.getByRole('article').first().textContent();
    expect(text).toContain('Jul 5, 2023 | Global Onsite Activity | 0 comments');
    expect(text).toContain('In a joint statement, they said they agreed to cooperate on undersea cable connections');
    expect(await page.getByRole('img', { name: 'Thierry Breton' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('contentinfo').count()).toBe(1);
    await context.close();
  });

  it('the Select Page menu on a phone opens, closes on Escape or a click on the dimmed page, and leads to a section', async () => {
    const { context, page } = await newPage(browser(), { javaScript: false, viewport: 'phone' });
    await page.goto('/');
    const button = page.getByRole('button', { name: 'Select Page' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    await button.click();
    await nav.waitFor();
    await expect.poll(() => expandedState(page, 'button', 'Select Page')).toBe(true);
    await page.keyboard.press('Escape');
    await nav.waitFor({ state: 'hidden' });
    await expect.poll(() => expandedState(page, 'button', 'Select Page')).toBe(false);

    // The dimmed page over a link: a click there closes the menu and loads nothing.
    const navigations: string[] = [];
    page.on('request', (request) => {
      if (request.isNavigationRequest()) navigations.push(request.url());
    });
    await button.click();
    await nav.waitFor();
    await page.mouse.click(100, 700);
    await nav.waitFor({ state: 'hidden' });
    const under = await page.evaluate(() => document.elementFromPoint(100, 700)?.closest('a')?.getAttribute('href'));
    expect(under, 'a link of the list, still there under the click').toMatch(/^\/news\//);

    await button.click();
    await nav.getByRole('link', { name: 'Company News' }).click();
    await page.getByRole('heading', { level: 1, name: 'Company News' }).waitFor();
    expect(navigations).toEqual([`${baseUrl()}/category/company-news`]);
    await context.close();
  });
});

describe('with JavaScript, a fresh load of each prerendered view', () => {
  it.each([
    ['the list', '/', 'desktop'],
    ['page 2', '/page/2/', 'desktop'],
    ['a category', '/category/global-onsite-activity', 'desktop'],
    ['a tag', '/tag/marine', 'phone'],
    ['the reference article', `/news/${referenceSlug}`, 'phone'],
    ['an article with comments', '/news/a-field-guide-to-pump-cavitation', 'desktop'],
  ] as const)('%s hydrates with no warning or error, and without Intl', async (_name, path, viewport) => {
    const { context, page } = await newPage(browser(), { viewport });
    // Every Intl formatter the page's thread creates: the first costs a phone tens of milliseconds.
    await context.addInitScript(() => {
      const made: string[] = ((window as unknown as { intlMade: string[] }).intlMade = []);
      const intl = Intl as unknown as Record<string, object>;
      for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules']) {
        intl[name] = new Proxy(intl[name]!, { construct: (target, args) => (made.push(name), Reflect.construct(target as never, args)) });
      }
    });
    const prerendered = await (await page.request.get(path)).text();
    await page.goto(path, { waitUntil: 'networkidle' });
    // The page names the file of the data it was rendered from, read only as the app starts.
    expect(prerendered).toMatch(/<meta name="reader-state" content="[^"]*\/index\.state\.json\?v=[0-9a-f]+">/);
    expect(prerendered).not.toContain('id="reader-state"');
    await page.locator('h1').evaluate((heading) => ((heading as HTMLElement & { prerendered?: boolean }).prerendered = true));
    // Hydrated, the page has asked Intl for nothing: its dates and counts are the build's, carried with
    // its data (lib/i18n/format-memo.ts), and the contact button's opening hours are worked out in a worker.
    await live(page);
    // Hydrated with that data, not rendered again: the heading is the very element the build wrote.
    expect(await page.locator('h1').evaluate((heading) => (heading as HTMLElement & { prerendered?: boolean }).prerendered)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { intlMade: string[] }).intlMade)).toEqual([]);
    // Hydrated: the router answers a click without a reload.
    await page.evaluate(() => ((window as unknown as { hydratedMarker: boolean }).hydratedMarker = true));
    if (viewport === 'phone') await page.getByRole('button', { name: 'Select Page' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Latest news' }).click();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { hydratedMarker?: boolean }).hydratedMarker)).toBe(true);
    await context.close();
  });

  it('the Select Page menu opens on a click before the code has arrived, and stays open as the page hydrates', async () => {
    const { context, page } = await newPage(browser(), { viewport: 'phone' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await page.getByRole('button', { name: 'Select Page' }).click();
    await nav.waitFor();
    expect(await page.evaluate(() => Object.keys(document.querySelector('header button')!).some((key) => key.startsWith('__react')))).toBe(false);

    release();
    await hydrated(page, 'header button', 'Select Page');
    await page.waitForLoadState('networkidle');
    expect(await nav.isVisible()).toBe(true);
    // Hydrated, the app closes it when a link in it shows the next view.
    await nav.getByRole('link', { name: 'Company News' }).click();
    await page.getByRole('heading', { level: 1, name: 'Company News' }).waitFor();
    await nav.waitFor({ state: 'hidden' });
    await context.close();
  });
});

it('the not-found page answers 404 and renders in the browser for any unknown path', async () => {
  const { context, page } = await newPage(browser(), {
    expected: [{ pattern: /status of 404/, reason: 'the 404 status of the document itself, which this test asks for' }],
  });
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await page.getByRole('heading', { level: 1, name: 'This page does not exist' }).waitFor();
  await context.close();
});

it('reads a doubled slash as a path, not a host, and goes on serving', async () => {
  // `//` once read as a host name and took the static host down for every reader after it.
  const doubled = await fetch(`${baseUrl()}//`);
  expect(doubled.status).toBe(200);
  expect(await doubled.text()).toContain('Latest news');
  const home = await fetch(`${baseUrl()}/`);
  expect(home.status).toBe(200);
  expect(await home.text()).toContain('Latest news');
});

it('an article published after the build opens through the shell', async () => {
  const built = join('dist', 'news', 'a-field-guide-to-pump-cavitation');
  const aside = `${built}.aside`;
  if (!existsSync(built)) throw new Error(`${built} should have been prerendered`);
  renameSync(built, aside);
  try {
    const { context, page } = await newPage(browser());
    const response = await page.goto('/news/a-field-guide-to-pump-cavitation');
    expect(response?.status()).toBe(200);
    expect(await response?.text()).not.toContain('A Field Guide to Pump Cavitation');
    await page.getByRole('heading', { level: 1, name: 'A Field Guide to Pump Cavitation' }).waitFor();
    await context.close();
  } finally {
    renameSync(aside, built);
  }
});

it('lists every prerendered article once in sitemap.xml, which robots.txt names', async () => {
  const { context, page } = await newPage(browser());
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
  const articles = locs.filter((loc) => new URL(loc).pathname.startsWith('/news/')).map((loc) => new URL(loc).pathname.slice('/news/'.length));
  expect(new Set(articles).size).toBe(articles.length);
  expect(articles.sort()).toEqual(readdirSync(join('dist', 'news')).sort());
  expect(locs.every((loc) => loc.startsWith(baseUrl()))).toBe(true);
  expect(await (await page.request.get('/robots.txt')).text()).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`);
  await context.close();
});

it('serves the feed the pages link to, with the latest articles at the reader’s addresses', async () => {
  // As a feed reader finds it: in the page's head, without running the page.
  const { context, page } = await newPage(browser(), { javaScript: false });
  await page.goto('/');
  const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const feed = await response.text();
  const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((match) => match[1]!);
  expect(links).toHaveLength(10);
  expect(links).toContain(`${baseUrl()}/news/${referenceSlug}`);
  // Each item is a page the build wrote.
  for (const link of links) expect((await page.request.get(link)).status()).toBe(200);
  await context.close();
});

it('ships the production build of React and its libraries, whatever started the build', async () => {
  // Vitest (NODE_ENV=test) started this build: a leaked NODE_ENV once made it React's development build.
  const { context, page } = await newPage(browser());
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/');
  // The app, which the page asks for once the reader shows intent.
  await live(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(1);
  for (const url of scripts) expect(await (await page.request.get(url)).text()).not.toContain('Download the React DevTools');
  await context.close();
});

it('an old ?page=2 link lands on /page/2/', async () => {
  const { context, page } = await newPage(browser());
  await page.goto('/?page=2');
  await page.waitForURL(/\/page\/2\/$/);
  await page.getByText(/page 2 of \d+/).waitFor();
  await context.close();
});

describe('the article with pasted markup', () => {
  const path = '/news/pasted-markup-check';

  it('is prerendered with nothing executable from WordPress, its data beside it as JSON', () => {
    const markup = readFileSync(join('dist', 'news', 'pasted-markup-check', 'index.html'), 'utf8');
    const scripts = markup.match(/<script\b[^>]*>/g) ?? [];
    // Ours only: the module entry and the head's structured data (JSON-LD, which never runs).
    expect(scripts.every((tag) => /type="module"|type="application\/ld\+json"/.test(tag))).toBe(true);
    for (const [, json] of markup.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) expect(json).not.toMatch(/[<>]/);
    expect(markup).not.toMatch(/<[^>]+\son[a-z]+=/i);
    expect(markup).not.toMatch(/(?:href|src|action)="?\s*javascript:/i);
    expect(markup).not.toContain('evil.example');
    // Its data, WordPress's text among it, is in the JSON file beside it, not in the page.
    expect(markup).not.toContain('</script><!--');
    const state = readFileSync(join('dist', 'news', 'pasted-markup-check', 'index.state.json'), 'utf8');
    expect(JSON.stringify(JSON.parse(state))).toContain('</script><!--');
  });

  it('runs nothing in the browser', async () => {
    const { context, page } = await newPage(browser());
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.getByText('Text after the pasted markup.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.getByRole('link', { name: 'a click handler' }).click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await context.close();
  });
});
