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
  // Their text is code, not words: `<script>x=1</script>Excerpt` must read "Excerpt".
  for (const element of doc.querySelectorAll('script, style, template, noscript')) element.remove();
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
