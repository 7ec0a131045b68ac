/**
 * A post split into pages with `<!--nextpage-->` (the block editor's Page
 * Break). WordPress's REST API sends every part in one `content.rendered`,
 * with the marker still in it (the_content leaves the comment, and
 * wpautop may have put it in a paragraph of its own); its theme shows one
 * part per address, `/slug/2/`. Here the parts, in order; one part for a post without the marker.
 */
const marker = /(?:<p>\s*)?<!--nextpage-->(?:\s*<\/p>)?/;

export function postParts(html: string): string[] {
  const parts = html.split(marker).filter((part) => part.trim() !== '');
  return parts.length > 0 ? parts : [html];
}

/** The part a path's number names (`/news/slug/2` → 2): 1 without one, null for one the post does not have. */
export function partNumber(param: string | undefined, count: number): number | null {
  if (param === undefined) return 1;
  if (!/^[1-9]\d*$/.test(param)) return null;
  const number = Number(param);
  return number >= 2 && number <= count ? number : null;
}
