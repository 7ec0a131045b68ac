/**
 * The reader built for the real WordPress with the build's Application
 * Password (seed-pages.php made it): the site's classic menu in the header,
 * a nested page at its permalink, part 2 of a post split with <!--nextpage-->,
 * and no trace of the password in what the build wrote.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, runBuild } from '../../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../../scripts/serve.mjs';
import { hydrated, openPage, sharedBrowser } from '../../e2e/browser';
import { wordpressBuildCredentials } from '../credentials';
import { filesHolding } from '../../files-holding';

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
  const wordpressSitemap = await (await fetch(`${process.env.WORDPRESS_URL}/wp-sitemap-posts-post-1.xml`)).text();
  const slug = 'generator-care-in-three-steps';
  expect(wordpressSitemap).toContain(`/${slug}/`);
  expect(wordpressSitemap).not.toContain(`/${slug}/2/`);
  const ours = await (await fetch(readerUrl('/sitemap.xml'))).text();
  expect(ours).toContain(`/news/${slug}</loc>`);
  expect(ours).not.toContain(`/news/${slug}/2`);
});

it('wrote the password nowhere', () => {
  const { user, password } = credentials();
  const secrets = [password, password.replace(/\s+/g, ''), Buffer.from(`${user}:${password}`).toString('base64')];
  expect(filesHolding(outDir, secrets).holding).toEqual([]);
});
