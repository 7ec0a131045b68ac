import { domWindow } from './dom';

/**
 * Plain text of a WordPress HTML fragment (titles, excerpts, captions):
 * entities decoded, tags dropped. DOMParser builds an inert document, so
 * nothing in the fragment runs or loads.
 */
export function htmlToText(html: string): string {
  if (!html) return '';
  const window = domWindow();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  // WordPress wraps a pasted <script> in a paragraph (wpautop): its source is no text to show.
  // (getElementsByTagName, not querySelectorAll: jsdom's selector engine leaves listeners behind
  // on every parsed document, which made prerendering a large site quadratic.)
  for (const tag of ['script', 'style', 'template']) for (const element of [...doc.body.getElementsByTagName(tag)]) element.remove();
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
