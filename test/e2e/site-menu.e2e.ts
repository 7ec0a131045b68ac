/**
 * The header's "Select Page" menu on narrow screens: a popover, so opening,
 * closing on a tap outside or Escape, and the button's expanded state are the
 * browser's; following a link and widening the window close it by the app's
 * code. The menu without JavaScript is in prerender.e2e.ts.
 */
import type { Page } from 'playwright-core';
import { baseUrl, expandedState, hydrated, openPage, sharedBrowser, viewports, watchContext } from './browser';

const browser = sharedBrowser();

function menuParts(page: Page) {
  return {
    button: page.getByRole('banner').getByRole('button', { name: 'Select Page' }),
    nav: page.getByRole('navigation', { name: 'Main' }),
    expanded: () => expandedState(page, 'button', 'Select Page'),
    isOpen: () => page.evaluate(() => document.querySelector('header [popover]')?.matches(':popover-open')),
  };
}

/** Every click from now on, by what it landed on: a link's path, or the tag name. */
function recordClicks(page: Page) {
  return page.evaluate(() => {
    const clicks: string[] = [];
    (window as unknown as { clicks: string[] }).clicks = clicks;
    document.addEventListener(
      'click',
      (event) => {
        const target = event.target as Element;
        clicks.push(target.closest('a')?.getAttribute('href') ?? target.tagName.toLowerCase());
      },
      true,
    );
  });
}

describe('the Select Page menu on a phone', () => {
  it('opens on a tap; a tap on the dimmed page closes it and reaches no link under it', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: 'phone' });
    const menu = menuParts(page);
    await page.getByRole('main').getByRole('article').first().waitFor();
    await hydrated(page, 'header button', 'Select Page');
    expect(await menu.nav.isVisible()).toBe(false);
    expect(await menu.expanded()).toBe(false);

    await menu.button.tap();
    await menu.nav.waitFor();
    await expect.poll(menu.expanded).toBe(true);

    // A link of the page under the dimmed part, below the open panel and clear of the floating contact button.
    // The page scrolls under the open menu until a link shows below it (a long menu leaves little page in view).
    const spot = await page.evaluate(() => {
      const panelBottom = document.querySelector('header [popover]')!.getBoundingClientRect().bottom;
      for (const top of [0, 150, 300, 450, 600]) {
        window.scrollTo(0, top);
        const link = [...document.querySelectorAll('main a')]
          .map((a) => a.getBoundingClientRect())
          .find((box) => box.top > panelBottom + 8 && box.bottom < window.innerHeight - 100 && box.width > 40);
        if (link) return { x: link.left + 20, y: link.top + link.height / 2 };
      }
      return undefined;
    });
    expect(spot).toBeDefined();
    await recordClicks(page);
    const before = page.url();
    await page.touchscreen.tap(spot!.x, spot!.y);
    await menu.nav.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (window as unknown as { clicks: string[] }).clicks)).toEqual(['button']);
    await expect.poll(menu.expanded).toBe(false);
    expect(page.url()).toBe(before);
    await context.close();
  });

  it('closes when a link in it opens its page', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: 'phone' });
    const menu = menuParts(page);
    await hydrated(page, 'header button', 'Select Page');
    // Set on this document: still there after the link only if the app, not a page load, showed the next view.
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    await menu.button.tap();
    await menu.nav.getByRole('link', { name: 'Company News' }).tap();
    await page.getByRole('heading', { level: 1, name: 'Company News' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await menu.nav.waitFor({ state: 'hidden' });
    expect(await menu.isOpen()).toBe(false);
    await expect.poll(menu.expanded).toBe(false);
    await context.close();
  });

  it('opens from the keyboard and Escape closes it, with focus back on its button', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: 'phone' });
    const menu = menuParts(page);
    await page.getByRole('main').getByRole('article').first().waitFor();
    await menu.button.focus();
    await page.keyboard.press('Enter');
    await menu.nav.waitFor();
    // Tab goes on into the menu: its search box first.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('header [popover]') !== null && document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.press('Escape');
    await menu.nav.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Select Page');
    await expect.poll(menu.expanded).toBe(false);
    await context.close();
  });
});

describe('the Select Page menu when the window changes width', () => {
  it('closes and goes back into the header bar on widening, and is closed on narrowing again', async () => {
    const { context, page } = await openPage(browser(), '/', { viewport: 'desktop' });
    const menu = menuParts(page);
    const company = menu.nav.getByRole('link', { name: 'Company News' });
    await hydrated(page, 'header button', 'Select Page');
    expect(await menu.button.isVisible()).toBe(false);

    await page.setViewportSize({ width: 768, height: 1024 });
    await menu.nav.waitFor({ state: 'hidden' });
    await menu.button.click();
    await menu.nav.waitFor();

    // A tablet turned: the open menu must not stay in the top layer over the wide layout.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect.poll(menu.isOpen).toBe(false);
    await company.waitFor();
    const header = (await page.getByRole('banner').boundingBox())!;
    const link = (await company.boundingBox())!;
    expect(link.y + link.height).toBeLessThanOrEqual(header.y + header.height);
    expect(await menu.button.isVisible()).toBe(false);

    await page.setViewportSize({ width: 768, height: 1024 });
    await menu.nav.waitFor({ state: 'hidden' });
    await menu.button.waitFor();
    expect(await menu.expanded()).toBe(false);
    await context.close();
  });
});

describe('the open Select Page menu under a scenario strip', () => {
  // A browser without anchor positioning, as Chromium can play one: CSS.supports says no, and
  // the bar names no anchor, so the stylesheet's anchor() takes its fallback, as such a browser's
  // cascade takes the declaration before it.
  const noAnchors = `const supports = CSS.supports.bind(CSS);
    CSS.supports = (...args) => (String(args.join(' ')).includes('anchor(') ? false : supports(...args));
    addEventListener('DOMContentLoaded', () => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'header * { anchor-name: none !important; }' }));
    });`;

  it.each([
    ['with anchor positioning', ''],
    ['without anchor positioning', noAnchors],
  ])('hangs from the header bar, not over it (%s)', async (_case, script) => {
    const context = await browser().newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true, baseURL: baseUrl(), reducedMotion: 'reduce' });
    watchContext(context);
    if (script) await context.addInitScript(script);
    const page = await context.newPage();
    // The testers' strip stands above the header and pushes the bar down.
    await page.goto('/?scenario=normal');
    await page.getByRole('main').getByRole('article').first().waitFor();
    // The strip is its own root, rendered once the mock worker runs: wait for it, not for the page.
    await page.getByRole('complementary', { name: 'Mock API' }).waitFor();
    await hydrated(page, 'header button', 'Select Page');
    const menu = menuParts(page);
    await menu.button.tap();
    await menu.nav.waitFor();
    const { barBottom, panelTop } = await page.evaluate(() => ({
      barBottom: document.querySelector('header [popover]')!.parentElement!.getBoundingClientRect().bottom,
      panelTop: document.querySelector('header [popover]')!.getBoundingClientRect().top,
    }));
    expect(barBottom).toBeGreaterThan(100);
    expect(Math.abs(panelTop - barBottom)).toBeLessThan(2);
    await context.close();
  });
});
