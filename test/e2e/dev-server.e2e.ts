import { createServer, type ViteDevServer } from 'vite';
import { baseUrl } from './browser';

/** The item titles of an RSS feed, in order. */
const itemTitles = (feed: string) => [...feed.matchAll(/<item>\s*<title>([^<]+)<\/title>/g)].map((match) => match[1]!);

describe('the dev server (npm start)', () => {
  let vite: ViteDevServer;
  beforeAll(async () => {
    vite = await createServer({ server: { port: 0, hmr: false }, logLevel: 'error' });
    await vite.listen();
  });
  afterAll(async () => {
    await vite.close();
  });

  it('serves feed.xml with the articles of the build’s feed, so the pages’ feed link works in development too', async () => {
    const devUrl = vite.resolvedUrls!.local[0]!;
    const response = await fetch(new URL('/feed.xml', devUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const devFeed = await response.text();
    const builtFeed = await (await fetch(new URL('/feed.xml', baseUrl()))).text();
    expect(itemTitles(devFeed)).toHaveLength(10);
    expect(itemTitles(devFeed)).toEqual(itemTitles(builtFeed));
  });
});
