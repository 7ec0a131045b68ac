import type { Page } from 'playwright-core';
import { referenceSlug, referenceTitle } from '../reference-page';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hydrated, openPage, sharedBrowser, viewports, watchContext } from './browser';
import { serveCopy } from './serve-copy';

const browser = sharedBrowser();

const referencePath = `/news/${referenceSlug}`;
const otherPath = '/news/seamac-opens-a-24-hour-marine-service-desk-in-singapore';
const otherTitle = 'SeaMac Opens a 24-Hour Marine Service Desk in Singapore';

/** Two frames: scroll handlers (which wait for a frame) have run and the page is painted. */
function nextFrames(page: Page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The article's running text: its paragraphs, not the header, tags or share bar. */
async function textBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('main article p')]
      .filter((p) => !p.closest('header, section') && (p.textContent ?? '').trim().length > 60)
      .map((p) => p.getBoundingClientRect().toJSON() as DOMRect),
  );
}

/** The boxes of the floating contact button and its greeting, where a reader can see them. */
function floatingBoxes(page: Page) {
  return page.evaluate(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label')?.startsWith('Chat with us on WhatsApp'));
    const bubble = button?.parentElement?.querySelector('[role="status"]');
    return [button, bubble]
      .filter((element): element is HTMLElement => Boolean(element))
      .filter((element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .map((element) => element.getBoundingClientRect().toJSON() as DOMRect);
  });
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function articleEnd(page: Page) {
  const boxes = await textBoxes(page);
  const scrollY = await page.evaluate(() => window.scrollY);
  return Math.max(...boxes.map((box) => box.bottom)) + scrollY;
}

describe.each(['phone', 'desktop'] as const)('reading on %s', (viewport) => {
  it('opens a link typed in the same tab at its top, or at its #fragment', async () => {
    const { context, page } = await openPage(browser(), referencePath, { viewport });
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.getByRole('heading', { name: /Subscribe To Our Newsletter/ }).first().waitFor();
    // Started and refreshed: a request the mock's worker is still answering when the tab moves on
    // loses its page, and the worker lets it through to the static server (a 404 in the console).
    await page.waitForLoadState('networkidle');
    // Down into the text: a position the next page could hold too, so a wrongly restored one shows.
    await page.evaluate(() => window.scrollTo(0, 700));
    expect(await page.evaluate(() => window.scrollY)).toBe(700);

    // Typed into the address bar: a new document in the same tab.
    await page.goto(otherPath);
    await page.getByRole('heading', { level: 1, name: otherTitle }).waitFor();
    await page.getByRole('heading', { name: /comment/i, level: 2 }).waitFor();
    // The page has started (its code arrives after the first paint) before its scroll position is read.
    await page.waitForLoadState('networkidle');
    await nextFrames(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // A shared link to the comments opens at the comments.
    await page.goto(`${otherPath}#comments`);
    await page.getByRole('heading', { level: 1, name: otherTitle }).waitFor();
    await page.waitForFunction(() => {
      const box = document.getElementById('comments')?.getBoundingClientRect();
      return Boolean(box && box.top >= 0 && box.top < window.innerHeight / 2);
    });
    await context.close();
  });

  it('keeps the contact button and its greeting off the article’s text while the reader scrolls down', async () => {
    const { context, page } = await openPage(browser(), referencePath, { viewport });
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await hydrated(page, 'button[aria-label^="Chat with us"]', '');
    await page.mouse.move(viewport === 'phone' ? 195 : 640, 400);
    const end = await articleEnd(page);
    const covered: string[] = [];
    while ((await page.evaluate(() => window.scrollY + window.innerHeight)) < end + 200) {
      await page.mouse.wheel(0, 250);
      await nextFrames(page);
      const floating = await floatingBoxes(page);
      const text = await textBoxes(page);
      const y = await page.evaluate(() => window.scrollY);
      for (const box of floating) if (text.some((line) => overlaps(box, line))) covered.push(`at scrollY ${y}`);
    }
    expect(covered).toEqual([]);
    // At the end of the text it is back, and on scrolling up.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).waitFor({ state: 'visible' });
    await page.mouse.wheel(0, -1200);
    await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).waitFor({ state: 'visible' });
    await context.close();
  });

  it('shows one newsletter box per page, and a sign-up in it is known in every tab', async () => {
    const { context, page } = await openPage(browser(), referencePath, { viewport });
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    const boxes = page.getByRole('region', { name: /Subscribe To Our Newsletter/ });
    await hydrated(page, 'footer button', 'Subscribe');
    expect(await boxes.count()).toBe(1);

    const other = await context.newPage();
    await other.goto('/');
    const otherBox = other.getByRole('region', { name: /Subscribe To Our Newsletter/ });
    await hydrated(other, 'footer button', 'Subscribe');
    // One, once the page has settled (waitFor fails on two as well as on none).
    await otherBox.waitFor();
    expect(await otherBox.count()).toBe(1);

    await boxes.getByLabel('Email').fill('one.box@example.com');
    await boxes.getByRole('button', { name: 'Subscribe' }).click();
    await boxes.getByText('You have Successfully Subscribed!').waitFor();
    // The other tab stops offering "Subscribe" without a reload.
    await otherBox.getByText(/subscribed to updates from EMAC News as one.box@example.com/).waitFor();

    await page.getByRole('contentinfo').getByRole('link', { name: 'Latest news' }).click();
    await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
    expect(await boxes.count()).toBe(1);
    expect(await boxes.getByLabel('Email').count()).toBe(0);
    await context.close();
  });

  it('starts a page opened by a link at its top, and Back returns to where the reader was', async () => {
    const { context, page } = await openPage(browser(), referencePath, { viewport });
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    const next = page.getByRole('navigation', { name: 'More articles' }).getByRole('link').first();
    await hydrated(page, 'button', 'Leave a comment');
    await next.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(500);
    await next.click();
    await page.waitForFunction((path) => window.location.pathname !== path, referencePath);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => window.scrollY === 0);
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, before);
    await context.close();
  });

  it('shows the mock’s scenario strip only to a tester who chose a scenario, above the page', async () => {
    const { context, page } = await openPage(browser(), referencePath, { viewport });
    await hydrated(page, 'button[aria-label^="Chat with us"]', '');
    expect(await page.getByRole('complementary', { name: 'Mock API' }).count()).toBe(0);
    // Its background refresh done first: a request in flight when the tab moves on reaches the host.
    await page.waitForLoadState('networkidle');
    await page.goto(`${referencePath}?scenario=normal`);
    const badge = page.getByRole('complementary', { name: 'Mock API' });
    await badge.waitFor();
    // In the flow above the header: it covers nothing.
    const [strip, header] = await Promise.all([badge.boundingBox(), page.getByRole('banner').boundingBox()]);
    expect(strip!.y + strip!.height).toBeLessThanOrEqual(header!.y + 1);
    await context.close();
  });

  it('shows one search box on the results page', async () => {
    const { context, page } = await openPage(browser(), '/search?q=semiconductor', { viewport });
    await page.getByRole('heading', { level: 1, name: 'Results for “semiconductor”' }).waitFor();
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    const visible = await page.getByRole('searchbox').evaluateAll((boxes) => boxes.filter((box) => box.checkVisibility()).length);
    expect(visible).toBe(1);
    expect(await page.getByRole('searchbox').first().inputValue()).toBe('semiconductor');
    await context.close();
  });
});

describe('on a 390 px phone', () => {
  it('keeps the tail after the reference article under 1,750 px, with everything the reference page has', async () => {
    const { context, page } = await openPage(browser(), referencePath, { viewport: 'phone' });
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^(No comments yet|\d+ comments?)/ }).waitFor();
    await page.getByRole('heading', { name: /^More from / }).waitFor();
    const newsletter = page.getByRole('region', { name: /Subscribe To Our Newsletter/ });
    await newsletter.getByRole('button', { name: 'Subscribe' }).waitFor();
    await page.getByRole('contentinfo').waitFor();

    const tail = (await page.evaluate(() => document.documentElement.scrollHeight)) - (await articleEnd(page));
    expect(tail).toBeLessThanOrEqual(1750);

    // What the reference page has after its text is all still there.
    expect(await page.getByRole('link', { name: 'Pin It on Pinterest' }).isVisible()).toBe(true);
    expect(await newsletter.getByRole('heading', { name: 'Subscribe To Our Newsletter' }).isVisible()).toBe(true);
    expect(await newsletter.getByText(/Subscribe to get the latest updates from/).isVisible()).toBe(true);
    expect(await newsletter.getByLabel('Email').isVisible()).toBe(true);
    expect(await page.getByRole('main').getByRole('link', { name: '0 comments' }).isVisible()).toBe(true);
    await hydrated(page, 'button[aria-label^="Chat with us"]', '');
    await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).click();
    await page.getByRole('dialog', { name: 'Sales Team' }).getByRole('link', { name: /Contact EMAC Now!/ }).waitFor();
    await context.close();
  });

  // The Select Page menu next to it, its dimmed page and what a tap on it does: site-menu.e2e.ts.
  it('has a search button in the header', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: 'phone' });
    const search = page.getByRole('banner').getByRole('link', { name: 'Search' });
    await search.waitFor();

    await search.click();
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    const box = page.getByRole('searchbox');
    expect(await box.count()).toBe(1);
    await box.fill('semiconductor');
    await box.press('Enter');
    await page.getByRole('link', { name: referenceTitle }).waitFor();
    await context.close();
  });
});

/** Per line of the element, the text on it: where the browser broke the line. */
/**
 * The text of each line of an element as laid out. `seen`: only the characters a reader can see
 * there, not those a clip cuts away (the browser's hit test says which).
 */
function lines(page: Page, selector: string, { seen = false } = {}) {
  return page.evaluate(([selector, seen]) => {
    const root = document.querySelector(selector);
    if (!root) throw new Error(`No ${selector}`);
    if (seen) root.scrollIntoView({ block: 'center' });
    const rows = new Map<number, string>();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let index = 0; index < text.length; index += 1) {
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const box = [...range.getClientRects()].find((rect) => rect.width > 0);
        if (!box) continue;
        if (seen && !root.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))) continue;
        const top = [...rows.keys()].find((row) => Math.abs(row - box.top) < 4) ?? Math.round(box.top);
        rows.set(top, (rows.get(top) ?? '') + text[index]);
      }
    }
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, text]) => text.replace(/\s+/g, ' ').trim());
  }, [selector, seen] as const);
}

describe('on a 320 px phone', () => {
  it('keeps each part of the meta line whole, with no separator left at either end of a line', async () => {
    const { context, page } = await openPage(browser(), referencePath, { viewport: 'smallPhone' });
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.getByRole('main').getByRole('link', { name: /comments?$/ }).first().waitFor();
    // As prerendered, before any app: the stylesheet alone keeps separators off the ends of lines.
    expect(await page.locator('html').getAttribute('data-reader')).toBeNull();
    const meta = await lines(page, 'main article header p', { seen: true });
    for (const part of ['Jul 5, 2023', 'Global Onsite Activity', '0 comments']) expect(meta.some((line) => line.includes(part))).toBe(true);
    for (const line of meta) {
      expect(line.startsWith('|')).toBe(false);
      expect(line.endsWith('|')).toBe(false);
    }
    await context.close();
  });

  it('never breaks a short hyphenated word in a headline', async () => {
    const { context, page } = await openPage(browser(), otherPath, { viewport: 'smallPhone' });
    await page.getByRole('heading', { level: 1, name: otherTitle }).waitFor();
    const title = await lines(page, 'main h1');
    expect(title.length).toBeGreaterThan(1);
    expect(title.some((line) => line.includes('24-Hour'))).toBe(true);
    await context.close();
  });
});

describe('the meta line "date | category | N comments" on the narrowest phones', () => {
  /**
   * Every part of each meta line on the page that a "|" leads, by whether it
   * starts a line and whether its "|" shows: it should show exactly when the
   * part does not start a line.
   */
  function separators(page: Page) {
    return page.evaluate(() =>
      [...document.querySelectorAll('main p:has(> span > time)')].flatMap((meta) => {
        const parts = [...meta.querySelectorAll<HTMLElement>('span')].filter((span) => getComputedStyle(span).whiteSpace === 'nowrap');
        return parts.flatMap((part, index) => {
          const bar = [...part.children].find((child) => child.getAttribute('aria-hidden') === 'true' && child.textContent === '| ');
          if (!bar || index === 0) return [];
          // The line a part is on: where its last box is.
          const boxes = (element: Element) => [...element.getClientRects()].filter((box) => box.width > 0);
          const startsLine = boxes(part).at(-1)!.top > boxes(parts[index - 1]!).at(-1)!.top + 2;
          // Seen where the browser's hit test finds it: a clipped separator is not.
          bar.scrollIntoView({ block: 'center' });
          const box = bar.getBoundingClientRect();
          const shows = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === bar;
          return [{ text: meta.textContent!.trim(), startsLine, shows }];
        });
      }),
    );
  }

  it.each([320, 340, 360])('never loses a "|" between parts on one line, nor leads a line with one, at %i px', async (width) => {
    const { context, page } = await openPage(browser(), '/', { viewport: 'smallPhone' });
    await page.setViewportSize({ width, height: 640 });
    for (const path of ['/', '/page/2/']) {
      if (path !== '/') await page.goto(path);
      await page.getByRole('main').getByRole('article').first().waitFor();
      // As prerendered, before any app: the stylesheet alone places them.
      expect(await page.locator('html').getAttribute('data-reader')).toBeNull();
      const found = await separators(page);
      expect(found.length).toBeGreaterThan(10);
      expect(found.filter((part) => part.startsLine === part.shows)).toEqual([]);
    }
    await context.close();
  });
});

describe('the contact greeting on a list', () => {
  it('shows only where it covers no card’s title, meta line or excerpt', async () => {
    // A deployment that greets at once: nothing to wait out.
    const server = await serveCopy({
      change: (dir) => {
        const file = join(dir, 'site-config.json');
        const config = JSON.parse(readFileSync(file, 'utf8')) as { contact: { greeting: { delaySeconds: number } } };
        config.contact.greeting.delaySeconds = 0;
        writeFileSync(file, JSON.stringify(config));
      },
    });
    const context = await browser().newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true, baseURL: server.url, reducedMotion: 'reduce' });
    watchContext(context);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('main').getByRole('article').first().waitFor();
    await hydrated(page, 'button[aria-label^="Chat with us"]', '');
    await page.getByRole('button', { name: /Chat with our team/ }).waitFor({ state: 'attached' });
    const covered: string[] = [];
    let shown = 0;
    const bottom = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    // Stops down the list, each reached by a little scroll back up: the button (and its greeting) is back then.
    for (let y = 0; y <= bottom; y += 200) {
      await page.evaluate((top) => window.scrollTo(0, top + 80), y);
      await nextFrames(page);
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).waitFor({ state: 'visible' });
      await nextFrames(page);
      const [, bubble] = await floatingBoxes(page);
      if (!bubble) continue;
      shown += 1;
      const text = await page.evaluate(() => [...document.querySelectorAll('main article :is(h2, p)')].map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
      if (text.some((box) => overlaps(bubble, box))) covered.push(`at scrollY ${y}`);
    }
    expect(covered).toEqual([]);
    // Not a test that passes by never showing it: between cards, or over the footer, it shows.
    expect(shown).toBeGreaterThan(0);
    await context.close();
    await server.close();
  });
});
