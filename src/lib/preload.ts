/**
 * Preloading a view before it is opened: its code and, for a view the build
 * prerendered, its data file. The app installs how (it knows the routes and
 * the cache); parts that hold links only say which path may be opened next.
 */
/** `data`: only the build's data file (a link coming near); `all`: its code too (a hover, a focus, a touch). */
export type PreloadDepth = 'data' | 'all';
type Preloader = (path: string, depth: PreloadDepth) => void;

let preloader: Preloader | null = null;
const done = new Set<string>();

export function setPreloader(next: Preloader | null): void {
  preloader = next;
  done.clear();
}

/**
 * Once per path and depth. A link coming near the viewport fetches only the
 * view's data file, a few KB of JSON: code for every card a reader scrolls
 * past would cost a phone more than it saves; intent (hover, focus, touch) fetches the code too.
 */
export function preloadPath(path: string, depth: PreloadDepth = 'all'): void {
  const key = `${depth} ${path}`;
  if (!preloader || done.has(key)) return;
  done.add(key);
  preloader(path, depth);
}

/** The site was rebuilt: paths preloaded before are preloaded again on the next hover or approach. */
export function forgetPreloaded(): void {
  done.clear();
}
