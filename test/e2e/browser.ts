import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
  /** The narrowest phone the reader supports. */
  smallPhone: { width: 320, height: 640 },
} as const;

export type ViewportName = keyof typeof viewports;

/** Debian's Chromium; never a downloaded browser. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const launchArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath, args: launchArgs, headless: true });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** A fresh context (storage, service worker) per test, at a viewport, optionally in dark mode. */
export async function openPage(
  browser: Browser,
  path: string,
  { viewport = 'desktop', colorScheme = 'light' }: { viewport?: ViewportName; colorScheme?: 'light' | 'dark' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: viewports[viewport],
    isMobile: viewport !== 'desktop',
    hasTouch: viewport !== 'desktop',
    deviceScaleFactor: 1,
    colorScheme,
    reducedMotion: 'reduce',
    baseURL: baseUrl(),
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  return { context, page };
}

/** One Chromium for a test file: launched before its tests, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running yet.');
    return browser;
  };
}

/**
 * Waits until React has hydrated the control with this text: a prerendered
 * button does nothing before its code has arrived, as for any reader.
 */
export function hydrated(page: Page, selector: string, text: string) {
  return page.waitForFunction(
    ([selector, text]) =>
      [...document.querySelectorAll(selector)].some(
        (element) => element.textContent?.trim() === text && Object.keys(element).some((key) => key.startsWith('__reactProps')),
      ),
    [selector, text] as const,
  );
}
