/**
 * The reader on a site in another language: the built-in mock seeded in it
 * (VITE_MOCK_LOCALE, as a tester would), built, prerendered and served like
 * the main suite's English build. Each language is checked for its `<html
 * lang dir>`, its interface words and axe; Arabic also for its mirrored layout.
 * E2E_LANGUAGES=ar,de-DE narrows the list.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { siteLocale } from '@/lib/i18n/locales';
import { referenceSlug } from '../reference-page';
import { buildAndServe, type ServedReader } from './reader-build';
import { axeViolations } from './axe';
import { hydrated, openPage, sharedBrowser, type ViewportName } from './browser';

const browser = sharedBrowser();
const languages = (process.env.E2E_LANGUAGES ?? 'ar,de-DE,fr-FR,es-ES,pt-BR,zh-CN').split(',').map((tag) => tag.trim()).filter(Boolean);

/** The interface's words in a language, from the catalog the reader ships. */
function catalog(tag: string): Record<string, string> {
  return JSON.parse(readFileSync(`src/lib/i18n/catalogs/${siteLocale(tag).catalog}.json`, 'utf8'));
}

describe.each(languages)('a site in %s', (tag) => {
  const words = catalog(tag);
  const { dir } = siteLocale(tag);
  let reader: ServedReader;

  beforeAll(async () => {
    reader = await buildAndServe({ apiRoot: '', env: { VITE_MOCK_LOCALE: tag } });
  }, 180_000);

  afterAll(async () => {
    await reader?.close();
  });

  const open = (path: string, options: { viewport?: ViewportName; colorScheme?: 'light' | 'dark' } = {}) => openPage(browser(), reader.url(path), options);

  it('prerenders and hydrates in the site’s language and direction', async () => {
    const html = await (await fetch(reader.url('/'))).text();
    expect(html).toMatch(new RegExp(`<html lang="${tag}" dir="${dir}">`));
    const { context, page } = await open('/');
    await page.getByRole('heading', { level: 1, name: words['nav.latest'] }).waitFor();
    await hydrated(page, 'main article h2 a', (await page.locator('main article h2 a').first().textContent()) ?? '');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([tag, dir]);
    // The seeded posts are English: their titles say so, the site's own words around them do not.
    expect(await page.locator('main article h2').first().evaluate((heading) => heading.getAttribute('lang'))).toBe('en');
    expect(await page.locator('main article time').first().evaluate((time) => time.closest('[lang]')?.getAttribute('lang'))).toBe(tag);
    await context.close();
  });

  const views = [
    { name: 'the list', path: '/', ready: (page: Page) => page.getByRole('navigation', { name: words['list.pagination'] }).waitFor() },
    // The comments are read live: the article is whole once its (empty) thread says so.
    { name: 'an article', path: `/news/${referenceSlug}`, ready: (page: Page) => page.getByText(words['comments.beFirst']!).waitFor() },
  ];

  // Colours do not change with the language: the dark theme is checked once more where the layout is mirrored.
  const schemes = dir === 'rtl' ? (['light', 'dark'] as const) : (['light'] as const);

  describe.each(['desktop', 'phone'] as const)('on %s', (viewport) => {
    it.each(views)('$name has no WCAG 2.2 AA violations', async ({ path, ready }) => {
      for (const colorScheme of schemes) {
        const { context, page } = await open(path, { viewport, colorScheme });
        await ready(page);
        expect(await axeViolations(page), `${colorScheme} theme`).toEqual([]);
        await context.close();
      }
    });
  });

  if (dir === 'rtl') {
    it('mirrors the layout: the contact button on the left, arrows pointing back and on the reading way', async () => {
      const { context, page } = await open('/');
      const button = page.getByRole('button', { name: new RegExp(`^${words['contact.button']}`) });
      await button.waitFor();
      const box = (await button.boundingBox())!;
      expect(box.x + box.width / 2).toBeLessThan(1280 / 2);
      const arrow = page.getByRole('navigation', { name: words['list.pagination'] }).locator('.directional').first();
      expect(await arrow.evaluate((element) => getComputedStyle(element).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
      await context.close();
    });

    it.each(['desktop', 'phone'] as const)('has no violations with the contact panel or the phone menu open (%s)', async (viewport) => {
      const { context, page } = await open('/', { viewport });
      const button = page.getByRole('button', { name: new RegExp(`^${words['contact.button']}`) });
      await hydrated(page, `button[aria-label^="${words['contact.button']}"]`, '');
      await button.click();
      await page.getByRole('dialog').waitFor();
      expect(await axeViolations(page), 'contact panel').toEqual([]);
      await page.keyboard.press('Escape');
      if (viewport === 'phone') {
        await hydrated(page, 'header button', words['menu.button']!);
        await page.getByRole('button', { name: words['menu.button'] }).click();
        await page.getByRole('navigation', { name: words['menu.navigation'] }).getByRole('link').first().waitFor();
        expect(await axeViolations(page), 'phone menu').toEqual([]);
      }
      await context.close();
    });
  }
});
