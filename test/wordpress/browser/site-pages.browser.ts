/**
 * The reader built for the real WordPress with the build's Application
 * Password (seed-pages.php made it): the site's classic menu in the header,
 * a nested page at its permalink, a password-protected page, part 2 of a post
 * split with <!--nextpage-->, a post's pingbacks and trackbacks, and no trace
 * of the password in what the build wrote.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, runBuild } from '../../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { failedResponse, hydrated, openPage, sharedBrowser } from '../../e2e/browser';
import { tryWrongPassword } from '../../e2e/password-form';
import { wordpressBuildCredentials } from '../credentials';
import { filesHolding } from '../../files-holding';
import { protectedPagePassword } from '@/mocks/seed/protected-page';

const browser = sharedBrowser();
let reader: RunningServer;
let outDir: string;
const credentials = () => wordpressBuildCredentials();

beforeAll(async () => {
  mkdirSync('node_modules/.cache', { recursive: true });
  outDir = join(mkdtempSync(join(process.cwd(), 'node_modules/.cache/reader-wordpress-pages-')), 'dist');
  const port = await freePort();
  const { user, password } = credentials();
  await runBuild({
    out: outDir,
    env: { VITE_WP_API_URL: `${process.env.WORDPRESS_URL}/wp-json`, VITE_SITE_URL: `http://localhost:${port}`, WORDPRESS_USER: user, WORDPRESS_APP_PASSWORD: password },
  });
  reader = await startServer({ dir: outDir, port, host: 'localhost' });
}, 240_000);

afterAll(async () => {
  await reader?.close();
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

const readerUrl = (path: string) => `${reader.url.replace(/\/$/, '')}${path}`;

it('shows the site’s menu, and a sub-item opens the nested page at its permalink', async () => {
  const { context, page } = await openPage(browser(), readerUrl('/'));
  await hydrated(page, 'header button', 'Select Page');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'EMAC Group' }).waitFor();
  await nav.locator('summary[aria-label="Pages under About Us"]').click();
  await nav.getByRole('link', { name: 'Our History' }).click();
  await page.getByRole('heading', { level: 1, name: 'Our History' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/about-us/our-history');
  await page.getByText('The group began in 1998').waitFor();
  await context.close();
});

it('serves part 2 of a post split with <!--nextpage-->, from the build', async () => {
  const { context, page } = await openPage(browser(), readerUrl('/news/generator-care-in-three-steps/2/'));
  await page.getByRole('heading', { level: 2, name: 'Part two: the monthly load test' }).waitFor();
  expect(await page.getByRole('main').getByText('daily walk-round').count()).toBe(0);
  const parts = page.getByRole('navigation', { name: 'Pages of this article' });
  expect(await parts.getByRole('link').allTextContents()).toEqual(['1', '3']);
  // The part's canonical address names the part, as WordPress's own page for it does.
  const [post] = (await (await fetch(`${process.env.WORDPRESS_URL}/wp-json/wp/v2/posts?slug=generator-care-in-three-steps&_fields=link`)).json()) as { link: string }[];
  const wordpressPart = await (await fetch(`${post!.link.replace(/\/?$/, '/')}2/`)).text();
  expect(/<link rel=['"]canonical['"] href=['"]([^'"]+)['"]/.exec(wordpressPart)?.[1]).toMatch(/\/generator-care-in-three-steps\/2\/$/);
  expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(readerUrl('/news/generator-care-in-three-steps/2'));
  await context.close();
});

it('lists a multi-page post once in the sitemap, as WordPress’s own sitemap does', async () => {
  // What wp-sitemap-posts-post-1.xml lists (read from its provider: this PHP may lack SimpleXML for the XML).
  const wordpressSitemap = JSON.parse(execFileSync('php', ['scripts/wordpress/sitemap-urls.php', 'posts', 'post'], { encoding: 'utf8' })) as string[];
  const slug = 'generator-care-in-three-steps';
  expect(wordpressSitemap.filter((url) => url.includes(`/${slug}/`))).toEqual([expect.stringMatching(new RegExp(`/${slug}/$`))]);
  const ours = await (await fetch(readerUrl('/sitemap.xml'))).text();
  expect(ours).toContain(`/news/${slug}</loc>`);
  expect(ours).not.toContain(`/news/${slug}/2`);
});

it('asks for a protected page’s password, keeps a wrong one, and opens its text and comments for the right one', async () => {
  const { context, page } = await openPage(browser(), readerUrl('/service-network/partner-area/'), {
    expected: [failedResponse(403, '/wp-json/wp/v2/pages/', 'the wrong password this test types')],
  });
  await page.getByRole('heading', { level: 2, name: 'This page is protected' }).waitFor();
  await hydrated(page, 'button', 'Unlock');
  const field = await tryWrongPassword(page);
  await field.fill(protectedPagePassword);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByText('price list for spare parts', { exact: false }).waitFor();
  await page.getByText('The new warranty form saves us a day per claim.', { exact: false }).waitFor();
  await context.close();
});

it('lists a post’s pingbacks and trackbacks apart, read by the build with its password, and counts them as WordPress does', async () => {
  const slug = 'hydrogen-ready-generators-your-questions';
  const { context, page } = await openPage(browser(), readerUrl(`/news/${slug}/`));
  const pings = page.getByRole('region', { name: 'Pingbacks and trackbacks (3)' });
  await pings.waitFor();
  expect(await pings.getByRole('link').allTextContents()).toEqual(['Power Plant Weekly', 'Marine Engineering Notes', 'Energy Transition Digest']);
  expect(await pings.getByRole('link').first().getAttribute('href')).toBe('https://power-plant-weekly.example/2021/12/hydrogen-generators-roundup/');
  // WordPress's own page for the post says how many responses it has (get_comments_number, pings included).
  const [post] = (await (await fetch(`${process.env.WORDPRESS_URL}/wp-json/wp/v2/posts?slug=${slug}&_fields=link`)).json()) as { link: string }[];
  const theirs = /(\d+)\s+(?:responses|comments|thoughts)\b/i.exec(await (await fetch(post!.link)).text())?.[1];
  expect(theirs).toBeDefined();
  await page.getByRole('link', { name: `${theirs} comments` }).waitFor();
  await context.close();
});

it('wrote the password nowhere: not in the site, nor in the build’s cache', () => {
  const { user, password } = credentials();
  const secrets = [password, password.replace(/\s+/g, ''), Buffer.from(`${user}:${password}`).toString('base64')];
  expect(filesHolding(outDir, secrets).holding).toEqual([]);
  expect(filesHolding('.prerender', secrets).holding).toEqual([]);
});
