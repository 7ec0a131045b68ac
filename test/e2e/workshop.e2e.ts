import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { freePort } from '../../scripts/run-build.mjs';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { sharedBrowser, viewports, watchContext } from './browser';

/**
 * Stories tagged `needs-browser` check what jsdom cannot do (a native popover);
 * `npm test` only renders them. Here each one plays in Chromium on the built
 * workshop, and must finish as Storybook reports a passed play function.
 */
const browser = sharedBrowser();
let workshop: RunningServer;

interface IndexEntry {
  id: string;
  type: string;
  tags?: string[];
}

beforeAll(async () => {
  // CI builds the workshop before this suite; alone, `npm run test:e2e` builds it here.
  if (!existsSync('storybook-static/index.json')) execFileSync('npm', ['run', 'build-storybook'], { stdio: 'ignore' });
  workshop = await startServer({ dir: 'storybook-static', port: await freePort() });
}, 240_000);

afterAll(async () => {
  await workshop?.close();
});

it('plays every story that needs a browser, on a phone, and each passes', async () => {
  const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, IndexEntry> };
  const stories = Object.values(index.entries).filter((entry) => entry.type === 'story' && entry.tags?.includes('needs-browser'));
  expect(stories.map((story) => story.id)).toContain('layout-site-chrome--header-on-phone-menu-open');
  for (const story of stories) {
    const context = await browser().newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    watchContext(context);
    const page = await context.newPage();
    // Storybook's preview announces each story's end on its channel, with the play function's verdict.
    await page.addInitScript(() => {
      const results = window as unknown as { storyFinished?: { status: string }; playError?: string };
      const listen = () => {
        const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__?: { on: (event: string, listener: (payload: never) => void) => void } })
          .__STORYBOOK_ADDONS_CHANNEL__;
        if (!channel) return void setTimeout(listen, 10);
        channel.on('storyFinished', (payload: { status: string }) => (results.storyFinished = payload));
        channel.on('playFunctionThrewException', (error: { message?: string }) => (results.playError = error.message ?? 'thrown'));
      };
      listen();
    });
    await page.goto(`${workshop.url}/iframe.html?id=${story.id}&viewMode=story`);
    const verdict = await page.waitForFunction(() => {
      const results = window as unknown as { storyFinished?: { status: string }; playError?: string };
      return results.storyFinished ? { status: results.storyFinished.status, error: results.playError ?? null } : null;
    });
    expect({ story: story.id, ...(await verdict.jsonValue()) }).toEqual({ story: story.id, status: 'success', error: null });
    await context.close();
  }
});
