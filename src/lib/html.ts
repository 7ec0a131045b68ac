import { domWindow } from './dom';
import { policyFor, trustedTypesPolicies } from './trusted-types';

/**
 * Plain text of a WordPress HTML fragment (titles, excerpts, captions):
 * entities decoded, tags dropped. DOMParser builds an inert document, so
 * nothing in the fragment runs or loads.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  const known = recentTexts.get(html);
  if (known !== undefined) return known;
  const text = parseText(html);
  // The oldest goes first once the memory is full.
  if (recentTexts.size >= rememberedTexts) recentTexts.delete(recentTexts.keys().next().value as string);
  recentTexts.set(html, text);
  return text;
}

/**
 * The same post is read again and again (its page, its neighbours', lists,
 * related articles): parsing a body takes milliseconds, most of a prerendered
 * page's time on a large site, so recent answers are remembered.
 */
const rememberedTexts = 2000;
const recentTexts = new Map<string, string>();

function parseText(html: string): string {
  const window = domWindow();
  // An inert document (nothing in it runs or loads), read for its text only: the policy passes the HTML as it is.
  const policy = policyFor(window, trustedTypesPolicies.inertParse, { createHTML: (input) => input });
  const doc = new window.DOMParser().parseFromString(policy.createHTML(html) as string, 'text/html');
  // Their text is code, not words; WordPress even wraps a pasted <script> in a paragraph (wpautop).
  // (getElementsByTagName, not querySelectorAll: jsdom's selector engine leaves listeners behind
  // on every parsed document, which made prerendering a large site quadratic.)
  for (const tag of ['script', 'style', 'template', 'noscript']) for (const element of [...doc.body.getElementsByTagName(tag)]) element.remove();
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
