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
  for (const element of doc.body.querySelectorAll('script, style, template')) element.remove();
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
