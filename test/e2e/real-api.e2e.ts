/**
 * The reader built for a real WordPress on another origin. A stand-in
 * WordPress answers over real HTTP from a second port, with the CORS headers
 * WordPress sends, so nothing here can lean on the in-browser mock.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getResponse } from 'msw';
import { freePort, runBuild } from '../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { handlers } from '@/mocks/handlers';
import { referenceTitle } from '../reference-page';
import { openPage, sharedBrowser } from './browser';

const browser = sharedBrowser();
let wordpress: Server;
let reader: RunningServer;
let outDir: string;
let apiRoot: string;

/** WordPress's own CORS answer (rest_send_cors_headers): the origin reflected, the paging headers exposed. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Methods': 'OPTIONS, GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    Vary: 'Origin',
  };
}

beforeAll(async () => {
  wordpress = createServer(async (incoming, outgoing) => {
    const url = `http://${incoming.headers.host}${incoming.url}`;
    const cors = corsHeaders(incoming.headers.origin);
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(200, cors).end();
      return;
    }
    if (incoming.url?.startsWith('/media/')) {
      try {
        outgoing.writeHead(200, { 'Content-Type': 'image/jpeg', ...cors }).end(readFileSync(join('public', incoming.url)));
      } catch {
        outgoing.writeHead(404, cors).end();
      }
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = new Request(url, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : Buffer.concat(chunks),
    });
    const response = await getResponse(handlers, request);
    if (!response || !new URL(url).pathname.startsWith('/wp-json/')) {
      outgoing.writeHead(404, { 'Content-Type': 'application/json', ...cors }).end('{"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}}');
      return;
    }
    outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors }).end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => wordpress.listen(0, '127.0.0.1', resolve));
  const address = wordpress.address();
  apiRoot = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/wp-json`;

  // The whole production build, prerendering included, reads this WordPress over HTTP.
  outDir = join(mkdtempSync(join(tmpdir(), 'reader-real-api-')), 'dist');
  const port = await freePort();
  await runBuild({ out: outDir, env: { VITE_WP_API_URL: apiRoot, VITE_SITE_URL: `http://localhost:${port}` } });
  reader = await startServer({ dir: outDir, port, host: 'localhost' });
}, 180_000);

afterAll(async () => {
  await reader?.close();
  await new Promise((resolve) => wordpress?.close(resolve));
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

function readerUrl(path: string): string {
  return `http://localhost:${new URL(reader.url).port}${path}`;
}

describe('built with VITE_WP_API_URL for a WordPress on another origin', () => {
  it('lists that site’s posts and opens one, with no mock in the page', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/'));
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(apiRoot)) apiCalls.push(request.url());
    });
    await page.getByRole('link', { name: referenceTitle }).click();
    await page.getByRole('heading', { level: 1, name: referenceTitle }).waitFor();
    await page.locator('figcaption', { hasText: 'Thierry Breton' }).waitFor();
    expect(await page.evaluate(async () => (await navigator.serviceWorker?.getRegistrations())?.length ?? 0)).toBe(0);
    expect(await page.getByRole('complementary', { name: 'Mock API' }).count()).toBe(0);
    // No newsletter endpoint is configured for this site, so there is no box that could only fail.
    expect(await page.getByRole('region', { name: 'Subscribe To Our Newsletter' }).count()).toBe(0);
    expect(apiCalls.length).toBeGreaterThan(0);
    await context.close();
  });

  it('pages through with the totals the site sends in its headers', async () => {
    const { context, page } = await openPage(browser(), readerUrl('/page/2/'));
    await page.getByText(/page 2 of 5/).waitFor();
    await context.close();
  });
});
