import type { Page } from 'playwright-core';
import { hydrated, openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();

const tourPath = '/news/rotterdam-workshop-block-by-block/';
const longWordsPath = '/news/hydraulikpumpenwartungsintervallverlaengerungsvereinbarung/';

type Box = { left: number; right: number; top: number; bottom: number; width: number; height: number };

function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.$$eval(selector, (elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as Box));
}

/** Brings every lazy picture near the viewport, so it loads, as a reader scrolling down would. */
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

const colourOf = (page: Page, selector: string, property: 'color' | 'backgroundColor') =>
  page.$eval(selector, (element, property) => getComputedStyle(element)[property], property);

describe('block content, laid out by WordPress’s own block CSS', () => {
  it('links only the stylesheets of the blocks the article uses', async () => {
    const { context, page } = await openPage(browser(), tourPath);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const sheets = await page.$$eval('link[rel="stylesheet"][href^="/wp-blocks/"]', (links) => links.map((link) => link.getAttribute('href')));
    expect(sheets).toEqual(expect.arrayContaining(['/wp-blocks/common.css', '/wp-blocks/columns.css', '/wp-blocks/gallery.css', '/wp-blocks/cover.css', '/wp-blocks/embed.css']));
    expect(sheets).not.toContain('/wp-blocks/navigation.css');
    // In the head, after the reader's own stylesheet: the text is not held a download behind the
    // title, and the cascade is WordPress's rules over the reader's, as before.
    const order = await page.$$eval('link[rel="stylesheet"]', (links) => links.map((link) => `${link.parentElement?.localName} ${link.getAttribute('href')?.startsWith('/wp-blocks/') ? 'block' : 'reader'}`));
    expect(order[0]).toBe('head reader');
    expect(new Set(order.slice(1))).toEqual(new Set(['head block']));
    // Another article, without these blocks, links none of their stylesheets.
    const other = await openPage(browser(), '/news/a-field-guide-to-pump-cavitation/');
    await other.page.getByRole('heading', { level: 1 }).waitFor();
    const otherSheets = await other.page.$$eval('link[rel="stylesheet"][href^="/wp-blocks/"]', (links) => links.map((link) => link.getAttribute('href')));
    expect(otherSheets.filter((sheet) => /columns|gallery|cover|embed/.test(sheet ?? ''))).toEqual([]);
    await other.context.close();
    await context.close();
  });

  it('columns side by side, a gallery in a grid with every picture shown, floats beside the text, a cover, presets and spacers', async () => {
    const { context, page } = await openPage(browser(), tourPath);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scrollThrough(page);

    const columns = await boxes(page, '.wp-block-columns > .wp-block-column');
    expect(columns).toHaveLength(3);
    expect(new Set(columns.map((column) => Math.round(column.top))).size).toBe(1);
    expect(columns[0]!.right).toBeLessThanOrEqual(columns[1]!.left);
    expect(columns[1]!.right).toBeLessThanOrEqual(columns[2]!.left);

    const gallery = await page.$$eval('.wp-block-gallery img', (images) =>
      images.map((image) => ({ ...(image.getBoundingClientRect().toJSON() as Box), loaded: (image as HTMLImageElement).naturalWidth > 0 })),
    );
    expect(gallery).toHaveLength(6);
    for (const image of gallery) {
      expect(image.loaded).toBe(true);
      expect(image.width).toBeGreaterThan(50);
      expect(image.height).toBeGreaterThan(50);
    }
    const rows = new Set(gallery.map((image) => Math.round(image.top)));
    expect(rows.size).toBeLessThan(gallery.length);

    // The paragraph after a left-floated picture starts its first line to the picture's right.
    const [floated] = await boxes(page, 'figure.alignleft');
    const firstLine = await page.$eval('figure.alignleft + p', (p) => {
      const range = document.createRange();
      range.selectNodeContents(p);
      return range.getClientRects()[0]!.toJSON() as Box;
    });
    expect(firstLine.left).toBeGreaterThanOrEqual(floated!.right);
    expect(firstLine.top).toBeLessThan(floated!.bottom);
    const [right] = await boxes(page, 'figure.alignright');
    const [body] = await boxes(page, '[data-article-text]');
    expect(Math.abs(right!.right - body!.right)).toBeLessThan(2);

    const [cover] = await boxes(page, '.wp-block-cover');
    const [coverImage] = await boxes(page, '.wp-block-cover__image-background');
    expect(cover!.height).toBeGreaterThanOrEqual(360);
    expect(coverImage!.width).toBeCloseTo(cover!.width, 0);
    expect(await colourOf(page, '.wp-block-cover__background', 'backgroundColor')).toBe('rgb(0, 0, 0)');
    expect(await colourOf(page, '.wp-block-cover p', 'color')).toBe('rgb(255, 255, 255)');

    expect(await colourOf(page, 'p.has-vivid-red-color', 'color')).toBe('rgb(207, 46, 46)');
    expect(await colourOf(page, 'p.has-pale-cyan-blue-background-color', 'backgroundColor')).toBe('rgb(142, 209, 252)');
    expect(await page.$eval('p.has-large-font-size', (p) => getComputedStyle(p).fontSize)).toBe('36px');
    const [spacer] = await boxes(page, '.wp-block-spacer');
    expect(spacer!.height).toBe(60);

    const [media, text] = await Promise.all([boxes(page, '.wp-block-media-text__media'), boxes(page, '.wp-block-media-text__content')]);
    expect(text[0]!.left).toBeGreaterThanOrEqual(media[0]!.right);
    const buttons = await boxes(page, '.wp-block-button__link');
    expect(Math.round(buttons[0]!.top)).toBe(Math.round(buttons[1]!.top));
    await context.close();
  });

  it('keeps preset colours readable in the dark scheme', async () => {
    const { context, page } = await openPage(browser(), tourPath, { colorScheme: 'dark' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const pageText = await page.$eval('[data-article-text]', (body) => getComputedStyle(body).color);
    // Red and black text from the palette would be too dark on the dark page: they take its text colour.
    expect(await colourOf(page, 'p.has-vivid-red-color', 'color')).toBe(pageText);
    // A box with its own light background keeps the dark text it was designed with.
    expect(await colourOf(page, 'p.has-pale-cyan-blue-background-color', 'backgroundColor')).toBe('rgb(142, 209, 252)');
    expect(await colourOf(page, 'p.has-pale-cyan-blue-background-color', 'color')).toBe('rgb(27, 36, 48)');
    await context.close();
  });
});

describe('embeds', () => {
  it('load nothing of the provider until asked, then the player, sandboxed', async () => {
    const { context, page } = await openPage(browser(), tourPath);
    const provider: string[] = [];
    await context.route(/youtube|vimeo|spotify/, (route) => {
      provider.push(route.request().url());
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Player</title><p>Player</p>' });
    });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await hydrated(page, 'button', 'Play video from YouTube');
    await scrollThrough(page);
    expect(provider).toEqual([]);
    expect(await page.locator('iframe').count()).toBe(0);
    await expect.poll(() => page.getByRole('button', { name: 'Show content from Spotify' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Play video from YouTube' }).click();
    const frame = page.locator('iframe[title="YouTube player"]');
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    expect((await frame.getAttribute('sandbox'))?.split(' ').sort()).toEqual(['allow-popups', 'allow-presentation', 'allow-same-origin', 'allow-scripts']);
    await expect.poll(() => provider).toEqual(['https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ']);
    // The player takes the place of the button and the link; the other embeds still wait.
    expect(await page.getByRole('button', { name: 'Play video from YouTube' }).count()).toBe(0);
    expect(await page.locator('iframe').count()).toBe(1);
    const [player] = await boxes(page, 'iframe');
    expect(player!.width / player!.height).toBeCloseTo(16 / 9, 1);
    await context.close();
  });

  it('are plain links to the content without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, baseURL: (await import('./browser')).baseUrl() });
    const page = await context.newPage();
    await page.goto(tourPath);
    const link = page.getByRole('link', { name: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ' });
    expect(await link.getAttribute('href')).toBe('https://www.youtube.com/watch?v=aqz-KE-bpKQ');
    expect(await page.locator('iframe').count()).toBe(0);
    await context.close();
  });

  it('audio plays with the browser’s own controls', async () => {
    const { context, page } = await openPage(browser(), tourPath);
    const audio = page.locator('.wp-block-audio audio');
    await audio.waitFor({ state: 'attached' });
    expect(await audio.evaluate((element: HTMLAudioElement) => element.controls)).toBe(true);
    await context.close();
  });
});

describe('at 320 px', () => {
  it.each([
    ['the article with long words and an address', longWordsPath],
    ['the block-heavy article', tourPath],
  ])('nothing in %s runs off the screen', async (_name, path) => {
    const { context, page } = await openPage(browser(), path, { viewport: 'smallPhone' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scrollThrough(page);
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      wider: [...document.querySelectorAll('main *')]
        .filter((element) => !element.closest('table, pre, .wp-block-table'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    }));
    expect(overflow).toEqual({ page: 320, wider: [] });
    await context.close();
  });

  it.each([
    ['the long-words article’s byline and meta line', longWordsPath],
    ['the list that holds it', '/search?q=Hydraulikpumpenwartungsintervallverl%C3%A4ngerungsvereinbarungsunterzeichnungszeremonie'],
  ])('a long author name and a long section name wrap in %s', async (_name, path) => {
    const { context, page } = await openPage(browser(), path, { viewport: 'smallPhone' });
    await page.getByRole('heading', { name: /Hydraulikpumpen/ }).first().waitFor();
    // No seeded section has so long a name: the meta line's section link takes one, as a site might name
    // it, once React has hydrated that link (changed before, hydration would find other text).
    await hydrated(page, 'main a[href^="/category/"]', 'Global Onsite Activity');
    const renamed = await page.$$eval('main a[href^="/category/"]', (links) =>
      links
        .filter((link) => Object.keys(link).some((key) => key.startsWith('__reactProps')))
        .map((link) => link.querySelector('bdi'))
        .filter((name) => name !== null)
        .map((name) => (name.textContent = 'Pumpenwartungsintervallverlängerungsabteilung')).length,
    );
    expect(renamed).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      wider: [...document.querySelectorAll('main *')]
        // The phone's width, not innerWidth: a page wider than the screen widens a phone's layout viewport with it.
        .filter((element) => element.getBoundingClientRect().right > 320.5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        .slice(0, 5),
    }));
    expect(overflow).toEqual({ page: 320, wider: [] });
    if (path === longWordsPath) expect(await page.getByText(/Hydraulikpumpenwartungsintervallverlängerungsbeauftragte Maximiliane/).count()).toBe(1);
    await context.close();
  });

  it('a wide table scrolls inside its own box', async () => {
    const { context, page } = await openPage(browser(), tourPath, { viewport: 'smallPhone' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    const table = await page.$eval('.wp-block-table', (figure) => {
      const scroller = [figure, ...figure.querySelectorAll('table')].find((element) => element.scrollWidth > element.clientWidth && getComputedStyle(element).overflowX === 'auto');
      return { scrolls: Boolean(scroller), right: figure.getBoundingClientRect().right };
    });
    expect(table.scrolls).toBe(true);
    expect(table.right).toBeLessThanOrEqual(320);
    await context.close();
  });
});

describe('titles', () => {
  it('keep their inline markup on the page and stay plain text in the head', async () => {
    const { context, page } = await openPage(browser(), tourPath);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.innerHTML()).toMatch(/<em>Rotterdam<\/em>[\s\S]*&amp;amp;[\s\S]*H<sub>2<\/sub>O/);
    expect(await heading.textContent()).toBe('Inside the Rotterdam Workshop: Pumps, Parts &amp; H2O');
    expect(await page.title()).toMatch(/^Inside the Rotterdam Workshop: Pumps, Parts &amp; H2O – /);
    // The neighbour's link shows the same markup.
    await page.goto(longWordsPath);
    const next = page.getByRole('navigation').getByRole('link', { name: /Inside the Rotterdam Workshop/ });
    expect(await next.locator('em').textContent()).toBe('Rotterdam');
    await context.close();
  });
});
