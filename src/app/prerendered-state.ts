import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router-dom';

/** What a prerendered page carries besides its markup: the data it was rendered from. */
export interface PrerenderedState {
  /** The path the markup belongs to; a host serving it for another path gets a fresh render instead. */
  path: string;
  queries: DehydratedState;
  router: HydrationState;
  /** The dates and counted messages the page shows, as the build formatted them (lib/i18n/format-memo.ts). */
  formats?: Record<string, string>;
  /**
   * In the file a page that waits for intent reads as the app starts (scripts/prerender.mjs,
   * `index.state.json`): a hash of the rest, which the page's `<meta name="reader-state">` names too.
   */
  stamp?: string;
}

export const stateElementId = 'reader-state';

/**
 * JSON for a `<script type="application/json">` block. `<` is escaped, so
 * `</script>` or `<!--` inside WordPress content cannot end the block early;
 * U+2028/2029 are escaped for older JSON readers.
 */
export function serializeState(state: PrerenderedState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Paths compared as the reader sees them: decoded, without a trailing slash. */
export function samePath(a: string, b: string): boolean {
  const normal = (path: string) => {
    let decoded = path;
    try {
      decoded = decodeURI(path);
    } catch {
      // a malformed escape stays as it is
    }
    return decoded.replace(/\/+$/, '') || '/';
  };
  return normal(a) === normal(b);
}

/**
 * The data a page was prerendered from, from its own block or the file beside it: null when it
 * belongs to another path (a host serving the page for another address), when the file is not the
 * one the page names (`expectedStamp`: a cache or a newer build answered), or when it is not JSON.
 * The page is then rendered from scratch instead of hydrated.
 */
export function parsePrerenderedState(text: string | null | undefined, path: string, expectedStamp: string | null): PrerenderedState | null {
  if (!text) return null;
  try {
    const state = JSON.parse(text) as PrerenderedState;
    if (expectedStamp !== null && state.stamp !== expectedStamp) return null;
    return samePath(state.path, path) ? state : null;
  } catch {
    return null;
  }
}
