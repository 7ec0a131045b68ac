/**
 * Preloading a view before it is opened: its code and, for a view the build
 * prerendered, its data file. The app installs how (it knows the routes and
 * the cache); parts that hold links only say which path may be opened next.
 */
type Preloader = (path: string) => void;

let preloader: Preloader | null = null;
const done = new Set<string>();

export function setPreloader(next: Preloader | null): void {
  preloader = next;
  done.clear();
}

/** Once per path: a hover, a focus or a link coming near the viewport. */
export function preloadPath(path: string): void {
  if (!preloader || done.has(path)) return;
  done.add(path);
  preloader(path);
}
