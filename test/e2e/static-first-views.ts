/**
 * What the static-first suites check on every prerendered view, whichever
 * WordPress the build read (the stand-in in test/e2e, the real one in
 * test/wordpress): the five kinds of view, when a page has settled, and what
 * "shown in full" means.
 */
import type { Page } from 'playwright-core';
import { createSeed } from '@/mocks/seed/create-seed';
import { hydrated, type ExpectedProblem } from './browser';

const seed = createSeed();

/** WordPress's rendered title as text, for the few entities the seed's titles use. */
export const plain = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#8217;/g, '’').replace(/&amp;/g, '&');

export const reference = seed.posts.find((post) => post.id === 1042)!;
export const referenceTitle = plain(reference.title);
export const referenceCategory = seed.categories.find((term) => term.id === reference.categories[0])!;
const referenceTag = seed.tags.find((term) => term.id === reference.tags[0])!;

/** An article with a thread: the build's copy of its comments is what an outage must leave on screen. */
export const discussed = seed.posts.find((post) => post.status === 'publish' && !post.password && seed.comments.filter((comment) => comment.post === post.id).length >= 2)!;

/** A line of the reference article's text, shown only once the article's data is on screen. */
export const referenceText = 'Thierry Breton said the EU would work with Japan';

/** The five kinds of prerendered view, with a text each shows only once its data is on screen. */
export const prerenderedViews = [
  { path: '/', heading: 'Latest news', text: referenceTitle },
  { path: `/news/${reference.slug}`, heading: referenceTitle, text: referenceText },
  { path: `/category/${referenceCategory.slug}/`, heading: referenceCategory.name, text: /\d+ articles/ },
  { path: `/tag/${referenceTag.slug}/`, heading: `Tagged “${referenceTag.name}”`, text: referenceTitle },
  { path: '/page/2/', heading: 'Latest news', text: /page 2 of \d+/ },
] as const;

export type PrerenderedView = (typeof prerenderedViews)[number];

/** Started: the header's menu button has its code, so the app has hydrated, and the page has gone quiet. */
export async function settled(page: Page) {
  await hydrated(page, 'header button', 'Select Page');
  await page.waitForLoadState('networkidle');
}

export async function showsInFull(page: Page, view: PrerenderedView) {
  await page.getByRole('heading', { level: 1, name: view.heading }).waitFor();
  await page.getByRole('main').getByText(view.text).first().waitFor();
  // Its first picture too (the build copied it from WordPress): decoded, so not a broken image.
  const picture = page.locator('main img[fetchpriority="high"]');
  if (await picture.count()) expect(await picture.evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth, () => 0))).toBeGreaterThan(0);
  expect(await page.getByRole('alert').count()).toBe(0);
}

/** The quiet notice over a thread whose live read failed. */
export const threadBehind = 'Newer comments could not be loaded just now.';

/** Chromium's console lines for reads of a WordPress that is down, expected throughout an outage. */
export const outageProblems: ExpectedProblem[] = [
  {
    pattern: /^error: Failed to load resource: (net::ERR_CONNECTION_REFUSED|net::ERR_FAILED|the server responded with a status of 503)/,
    reason: 'WordPress is down: the live reads (the comment thread, an article the build does not have) fail, which these tests are about',
  },
  {
    // WordPress's maintenance page is sent before the REST API could add its CORS headers.
    pattern: /^error: Access to fetch at '.*\/wp-json\/wp\/v2\/comments\?.*' has been blocked by CORS policy/,
    reason: 'in maintenance, WordPress answers the live comment read without CORS headers',
  },
];
