/**
 * The reader on a real WordPress whose language is German (Settings → General,
 * `WPLANG` de_DE): the build reads the language from the site's front page, as
 * a visitor can, and the reader is German from the prerendered HTML on. One
 * build and a few checks, so the suite stays quick.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPostDate } from '@/lib/dates';
import { readHtmlLang } from '@/lib/i18n/site-locale-fetch';
import { createSeed } from '@/mocks/seed/create-seed';
import { hydrated, openPage, sharedBrowser } from '../../e2e/browser';
import { buildAndServe, type ServedReader } from '../../e2e/reader-build';
import { setWordPressLanguage } from '../sites';

const browser = sharedBrowser();
const german: Record<string, string> = JSON.parse(readFileSync('src/lib/i18n/catalogs/de.json', 'utf8'));
const newest = createSeed()
  .posts.filter((post) => post.status === 'publish')
  .sort((a, b) => b.date_gmt.localeCompare(a.date_gmt))[0]!;
let reader: ServedReader;

beforeAll(async () => {
  setWordPressLanguage('de_DE');
  // Inside the project, so the prerendering step's server bundle finds node_modules.
  const parent = join(process.cwd(), 'node_modules/.cache');
  mkdirSync(parent, { recursive: true });
  reader = await buildAndServe({ apiRoot: `${process.env.WORDPRESS_URL}/wp-json`, parent });
}, 240_000);

afterAll(async () => {
  await reader?.close();
  setWordPressLanguage('');
});

describe('the reader on a German WordPress', () => {
  it('finds the language where the build looks for it: the front page’s <html lang>', async () => {
    const html = await (await fetch(`${process.env.WORDPRESS_URL}/`)).text();
    expect(readHtmlLang(html)).toBe('de-DE');
  });

  it('prerenders in German: <html lang dir>, the interface’s words, the dates', async () => {
    const html = await (await fetch(reader.url('/'))).text();
    expect(html).toContain('<html lang="de-DE" dir="ltr">');
    expect(html).toContain(`>${german['nav.latest']}</h1>`);
    const date = formatPostDate(newest.date, 'de-DE');
    expect(date).not.toBe(formatPostDate(newest.date, 'en-US'));
    expect(html).toContain(`>${date}</time>`);
  });

  it('stays German after hydration and on the next view, with focus on its heading', async () => {
    const { context, page } = await openPage(browser(), reader.url('/'));
    await page.getByRole('heading', { level: 1, name: german['nav.latest'] }).waitFor();
    const title = (await page.locator('main article h2 a').first().textContent()) ?? '';
    await hydrated(page, 'main article h2 a', title);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['de-DE', 'ltr']);
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { level: 2, name: german['share.heading'] }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de-DE');
    await context.close();
  });
});
