/**
 * The DOM the reader parses and sanitises HTML with. In a browser it is the
 * page's own; while the build prerenders pages in Node, the prerender hands in
 * a server DOM (jsdom), so both produce the same markup.
 */
export type DomWindow = Window & typeof globalThis;

let serverWindow: DomWindow | undefined;

export function provideServerDom(window: DomWindow): void {
  serverWindow = window;
}

export function domWindow(): DomWindow {
  const window = serverWindow ?? (typeof globalThis.window === 'undefined' ? undefined : globalThis.window);
  if (!window) throw new Error('No DOM to parse HTML with: call provideServerDom() before rendering in Node.');
  return window;
}
