import { readFileSync } from 'node:fs';
import { referenceTitle } from '../reference-page';
import { sharedBrowser, viewports } from './browser';
import { serveDist, type StaticServer } from './static-server';

const browser = sharedBrowser();

async function open(server: StaticServer, path: string, initScript?: string) {
  const context = await browser().newContext({ viewport: viewports.desktop, baseURL: server.url, reducedMotion: 'reduce' });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

describe('the mock build as a deployment serves it', () => {
  it('reads a replaced site-config.json, without a rebuild', async () => {
    const config = JSON.parse(readFileSync('public/site-config.json', 'utf8')) as Record<string, unknown>;
    const server = await serveDist({ replace: { '/site-config.json': JSON.stringify({ ...config, siteName: 'Replaced Harbour News' }) } });
    const { context, page } = await open(server, '/');
    await page.getByRole('link', { name: referenceTitle }).waitFor({ timeout: 20_000 });
    await page.getByRole('banner').getByText('Replaced Harbour News').waitFor();
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
    const server = await serveDist();
    const { context, page } = await open(server, '/?scenario=normal', script);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    expect(await alert.textContent()).toContain('The built-in demo WordPress could not start');
    expect(await alert.textContent()).not.toContain('could not read');
    await context.close();
    await server.close();
  });
});
