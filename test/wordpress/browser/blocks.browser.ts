/**
 * Block content on a real WordPress: the seeded block-heavy post (the mock's
 * own, src/mocks/seed/block-posts.ts, as the block editor saves it), read by a
 * reader built for that WordPress, whose block stylesheets and global styles
 * come from the site itself. Layout measured from element boxes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../../scripts/serve.mjs';
import { openPage, sharedBrowser } from '../../e2e/browser';
import { sharedReaderDist, sharedWordPressReader } from '../shared-reader';

const browser = sharedBrowser();
let reader: RunningServer;
const tourPath = '/news/rotterdam-workshop-block-by-block/';
const longWordsPath = '/news/hydraulikpumpenwartungsintervallverlaengerungsvereinbarung/';

beforeAll(async () => {
  reader = await sharedWordPressReader();
}, 240_000);

afterAll(async () => {
  await reader?.close();
});

const readerUrl = (path: string) => `${reader.url.replace(/\/$/, '')}${path}`;

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };
const boxes = (page: Page, selector: string): Promise<Box[]> => page.$$eval(selector, (elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as Box));

async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }
    window.scrollTo(0, 0);
  });
  // Every picture in (not networkidle: the audio block's media request may stay open).
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
}

describe('block content from a real WordPress', () => {
  it('ships the site’s own stylesheet of every block, and a page links only those its content uses', async () => {
    const files = readdirSync(join(sharedReaderDist(), 'wp-blocks'));
    // Every one, for an article published after the build (reader.browser.ts): the site's own files.
    expect(files).toEqual(expect.arrayContaining(['common.css', 'columns.css', 'gallery.css', 'cover.css', 'image.css', 'verse.css', 'navigation.css']));
    expect(readFileSync(join(sharedReaderDist(), 'wp-blocks', 'verse.css'), 'utf8')).toMatch(/pre\.wp-block-verse\{[^}]*white-space:pre-wrap/);
    const tour = readFileSync(join(sharedReaderDist(), tourPath, 'index.html'), 'utf8');
    const linked = [...tour.matchAll(/href="\/wp-blocks\/([a-z0-9-]+)\.css"/g)].map((match) => match[1]);
    expect(linked).toEqual(expect.arrayContaining(['common', 'columns', 'social-links']));
    expect(linked).not.toContain('navigation');
    expect(linked).not.toContain('verse');
  });

  it('shows the social icons WordPress rendered in a row, each named, on its service’s colour', async () => {
    const { context, page } = await openPage(browser(), readerUrl(tourPath));
    const list = page.locator('.wp-block-social-links');
    await list.waitFor();
    const links = list.getByRole('link');
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.textContent))).toEqual(['LinkedIn', 'YouTube', 'Email the workshop', 'RSS Feed']);
    const icons = await boxes(page, '.wp-social-link');
    expect(new Set(icons.map((icon) => Math.round(icon.top))).size).toBe(1);
    for (const icon of icons) expect(icon.width).toBeLessThan(80);
    expect(await page.$eval('.wp-social-link-linkedin', (item) => getComputedStyle(item).backgroundColor)).toBe('rgb(13, 102, 194)');
    await context.close();
  });

  it('lays the post out as its blocks ask', async () => {
    const { context, page } = await openPage(browser(), readerUrl(tourPath));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scrollThrough(page);

    const columns = await boxes(page, '.wp-block-columns > .wp-block-column');
    expect(columns).toHaveLength(3);
    expect(new Set(columns.map((column) => Math.round(column.top))).size).toBe(1);
    expect(columns[0]!.right).toBeLessThanOrEqual(columns[1]!.left);

    const gallery = await page.$$eval('.wp-block-gallery img', (images) =>
      images.map((image) => ({ ...(image.getBoundingClientRect().toJSON() as Box), loaded: (image as HTMLImageElement).naturalWidth > 0 })),
    );
    expect(gallery).toHaveLength(6);
    for (const image of gallery) expect(image.loaded && image.width > 50 && image.height > 50).toBe(true);
    expect(new Set(gallery.map((image) => Math.round(image.top))).size).toBeLessThan(gallery.length);

    const [floated] = await boxes(page, 'figure.alignleft');
    const firstLine = await page.$eval('figure.alignleft + p', (p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range.getClientRects()[0]!.toJSON() as Box;
    });
    expect(firstLine.left).toBeGreaterThanOrEqual(floated!.right);

    const [cover] = await boxes(page, '.wp-block-cover');
    expect(cover!.height).toBeGreaterThanOrEqual(360);
    expect(await page.$eval('.wp-block-cover__image-background', (image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    expect(await page.$eval('.wp-block-cover__background', (overlay) => getComputedStyle(overlay).backgroundColor)).toBe('rgb(0, 0, 0)');

    // The palette is the site's (its global styles): the computed colour is the preset's value.
    const preset = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--wp--preset--color--vivid-red').trim());
    expect(preset).not.toBe('');
    const [red, presetAsColour] = await page.$eval(
      'p.has-vivid-red-color',
      (p, value) => {
        const probe = document.createElement('span');
        probe.style.color = value;
        document.body.append(probe);
        const colours = [getComputedStyle(p).color, getComputedStyle(probe).color];
        probe.remove();
        return colours;
      },
      preset,
    );
    expect(red).toBe(presetAsColour);
    const [spacer] = await boxes(page, '.wp-block-spacer');
    expect(spacer!.height).toBe(60);
    await context.close();
  });

  it.each([tourPath, longWordsPath])('at 320 px nothing on %s is wider than the screen', async (path) => {
    const { context, page } = await openPage(browser(), readerUrl(path), { viewport: 'smallPhone' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scrollThrough(page);
    const wider = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((element) => !element.closest('table, pre, .wp-block-table'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect({ page: await page.evaluate(() => document.documentElement.scrollWidth), wider }).toEqual({ page: 320, wider: [] });
    await context.close();
  });
});
