import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { escapeRegExp } from '@/lib/escape-reg-exp';

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

/**
 * A console error or warning a test provokes on purpose, and why it is
 * expected. The pattern is matched against `type: text (url)`.
 */
export interface ExpectedProblem {
  pattern: RegExp;
  reason: string;
}

/** The console error Chromium logs for a response with this status from this endpoint, which the test asks the mock for. */
export function failedResponse(status: number, endpoint: string, reason: string): ExpectedProblem {
  return { pattern: new RegExp(`^error: Failed to load resource: the server responded with a status of ${status} .*\\(.*${escapeRegExp(endpoint)}`), reason };
}

interface WatchedContext {
  problems: string[];
  expected: ExpectedProblem[];
}

let watched: WatchedContext[] = [];

/**
 * Records the uncaught errors and console errors and warnings of every page in
 * a context; the `afterEach` that `sharedBrowser` installs fails the test on
 * any that no `expected` entry matches. Uncaught errors are never expected.
 */
export function watchContext(context: BrowserContext, expected: ExpectedProblem[] = []): void {
  const entry: WatchedContext = { problems: [], expected };
  watched.push(entry);
  context.on('console', (message: ConsoleMessage) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const where = message.location().url;
    const text = `${type}: ${message.text()}${where ? ` (${where})` : ''}`;
    if (!expected.some(({ pattern }) => pattern.test(text))) entry.problems.push(text);
  });
  context.on('weberror', (error) => entry.problems.push(`uncaught: ${error.error().message}`));
}

/** The unexpected problems of every context watched since the last call, which forgets them. */
export function takeUnexpectedProblems(): string[] {
  const problems = watched.flatMap((entry) => entry.problems);
  watched = [];
  return problems;
}

/** A fresh context (storage, service worker) per test, at a viewport, optionally in dark mode. */
export async function openPage(
  browser: Browser,
  path: string,
  {
    viewport = 'desktop',
    colorScheme = 'light',
    expected = [],
  }: { viewport?: ViewportName; colorScheme?: 'light' | 'dark'; expected?: ExpectedProblem[] } = {},
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
  watchContext(context, expected);
  const page = await context.newPage();
  await page.goto(path);
  return { context, page };
}

/**
 * One Chromium for a test file: launched before its tests, closed after. After
 * each test, any unexpected page error or console error of its pages fails it.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => {
    expect(takeUnexpectedProblems(), 'uncaught errors and console errors or warnings the test did not expect').toEqual([]);
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
 * The reader's first sign of intent, a pointer moving over the page: what starts the app on a page
 * prerendered complete (public/boot.js). A page that started at once is not affected.
 */
export async function showIntent(page: Page) {
  await page.mouse.move(3, 3);
  await page.mouse.move(9, 9, { steps: 2 });
}

/**
 * Waits until the app runs the page: started (on intent, where it waits for one) and hydrated. The
 * reader moves again while it is not: once in a full run a second tab's page was a fresh document
 * again after the move that had started it, and waited for a reader of its own.
 */
export async function live(page: Page) {
  const isLive = page.locator('html[data-reader="live"]');
  await expect
    .poll(
      async () => {
        if ((await isLive.count()) === 0) await showIntent(page);
        return isLive.count();
      },
      { timeout: 30_000, interval: 1_000 },
    )
    .toBe(1);
}

/**
 * Waits until React has hydrated the control with this text: a prerendered
 * button does nothing before its code has arrived, as for any reader.
 */
export async function hydrated(page: Page, selector: string, text: string) {
  await live(page);
  return page.waitForFunction(
    ([selector, text]) =>
      [...document.querySelectorAll(selector)].some(
        (element) => element.textContent?.trim() === text && Object.keys(element).some((key) => key.startsWith('__reactProps')),
      ),
    [selector, text] as const,
  );
}

/**
 * The expanded state Chromium gives assistive technology for a control, read
 * from its accessibility tree: what a screen reader is told, whether it comes
 * from an aria-expanded attribute or from the browser (a popover's button).
 */
export async function expandedState(page: Page, role: string, name: string): Promise<boolean | undefined> {
  const session = await page.context().newCDPSession(page);
  try {
    const { nodes } = await session.send('Accessibility.getFullAXTree');
    const node = nodes.find((node) => !node.ignored && node.role?.value === role && node.name?.value === name);
    if (!node) throw new Error(`No ${role} named ${name} in the accessibility tree`);
    const expanded = node.properties?.find((property) => property.name === 'expanded');
    return expanded === undefined ? undefined : expanded.value.value === true;
  } finally {
    await session.detach();
  }
}
