import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { referenceSlug, referenceTitle } from '../reference-page';
import { hydrated, sharedBrowser, viewports } from './browser';
import { serveCopy, type CopyServer } from './serve-copy';
import type { Page } from 'playwright-core';

const browser = sharedBrowser();

async function open(server: CopyServer, path: string, initScript?: string) {
  const context = await browser().newContext({ viewport: viewports.desktop, baseURL: server.url, reducedMotion: 'reduce' });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

/** A deployment replaces the build manifest while a tab is open. */
function rewriteManifest(server: CopyServer, change: Partial<{ code: string; content: string }>) {
  const file = join(server.dir, 'build.json');
  writeFileSync(file, JSON.stringify({ ...(JSON.parse(readFileSync(file, 'utf8')) as object), ...change }));
}

/** A client navigation to page 2 of the list, which reads the manifest on its way. */
async function toPage2ReadingManifest(page: Page) {
  const manifestRead = page.waitForResponse((response) => new URL(response.url()).pathname === '/build.json');
  await page.getByRole('navigation', { name: 'Article pages' }).getByRole('link', { name: 'Page 2' }).click();
  await page.getByText(/page 2 of \d+/).waitFor();
  await (await manifestRead).finished();
}

describe('the mock build as a deployment serves it', () => {
  it('reads a replaced site-config.json, without a rebuild', async () => {
    const server = await serveCopy({
      change: (dir) => {
        const config = JSON.parse(readFileSync(join(dir, 'site-config.json'), 'utf8')) as Record<string, unknown>;
        writeFileSync(join(dir, 'site-config.json'), JSON.stringify({ ...config, contact: { ...(config.contact as object), title: 'Replaced Harbour Team' } }));
      },
    });
    const { context, page } = await open(server, '/');
    await page.getByRole('link', { name: referenceTitle }).waitFor({ timeout: 20_000 });
    // The button is prerendered: a click before its code has arrived does nothing.
    await hydrated(page, 'button[aria-label^="Chat with us on WhatsApp"]', '');
    await page.getByRole('button', { name: /Chat with us on WhatsApp/ }).click();
    await page.getByRole('dialog', { name: 'Replaced Harbour Team' }).waitFor({ timeout: 10_000 });
    await context.close();
    await server.close();
  });

  // Chrome with site data blocked throws on any touch of localStorage or sessionStorage; MSW
  // itself needs localStorage, so the demo cannot start, and the reader must say so.
  const blockStorage = `for (const name of ['localStorage', 'sessionStorage']) {
    Object.defineProperty(window, name, { get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });
  }`;
  const noWorkers = `Object.defineProperty(Navigator.prototype, 'serviceWorker', { get() { return undefined; } });`;

  it.each([
    ['site storage is blocked', blockStorage],
    ['the browser allows no service worker', noWorkers],
  ])('says the demo WordPress could not start when %s, instead of an unreadable answer', async (_case, script) => {
    const server = await serveCopy();
    // A search is never prerendered: it needs the API.
    const { context, page } = await open(server, '/search?q=engine', script);
    const alert = page.getByRole('alert').filter({ hasText: 'could not' });
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('The built-in demo WordPress could not start');
    expect(await alert.textContent()).not.toContain('could not read');
    await context.close();
    await server.close();
  });

  it('loads the next page from the new build when a deployment has replaced the code, chunks and all', async () => {
    const server = await serveCopy();
    const { context, page } = await open(server, '/');
    await hydrated(page, 'header button', 'Select Page');
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => Object.assign(window, { startedTab: true }));
    // The deployment: a build of new code (whose chunks would have other names).
    rewriteManifest(server, { code: 'a-newer-build' });
    // The first navigation after it notices; the one after opens as a full page of the new build.
    await toPage2ReadingManifest(page);
    await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForFunction(() => !('startedTab' in window));
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
    await server.close();
  });

  it('shows the rebuilt text of an article the tab had preloaded before a rebuild', async () => {
    const server = await serveCopy();
    const { context, page } = await open(server, '/');
    await hydrated(page, 'header button', 'Select Page');
    const link = page.getByRole('main').getByRole('link', { name: referenceTitle });
    await link.hover();
    await page.waitForLoadState('networkidle');
    // A rebuild with the same code: the article's title was edited in WordPress.
    const file = join(server.dir, 'news', referenceSlug, 'index.json');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(referenceTitle, 'Retitled in a rebuild'));
    rewriteManifest(server, { content: 'rebuilt' });
    // Any navigation reads the manifest; the article opened after it is the rebuilt one.
    await toPage2ReadingManifest(page);
    await page.goBack();
    await page.getByRole('main').getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: 'Retitled in a rebuild' }).waitFor();
    await context.close();
    await server.close();
  });
});
