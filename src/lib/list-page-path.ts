/**
 * The address of page `n` of a list, as WordPress writes it: page 1 is the
 * list's own address, page N adds `/page/N/` (`/page/2/`,
 * `/category/news/page/3/`, `/tag/pumps/page/2/`).
 */
export function listPagePath(base: string, n: number): string {
  const trimmed = base.replace(/\/+$/, '');
  if (n <= 1) return trimmed || '/';
  return `${trimmed}/page/${n}/`;
}
