/**
 * Build-time configuration. `VITE_WP_API_URL` is the REST root of a real
 * WordPress site (for example `https://example.com/wp-json`). When it is empty
 * the reader runs on the built-in mock, served from this origin.
 */
const configuredApiRoot = (import.meta.env.VITE_WP_API_URL ?? '').trim();

/** True when no real WordPress is configured and the built-in mock serves the API. */
export const usesMockApi = configuredApiRoot === '';

/**
 * The reader's public address (`VITE_SITE_URL`), without a trailing slash:
 * canonical links, shared links and the origin pages are prerendered for.
 * The build fills in the preview server's address when it is not set, and says so.
 */
export const siteUrl: string = (import.meta.env.VITE_SITE_URL || 'http://localhost:4173').replace(/\/+$/, '');

/**
 * The origin this code runs at: the page's in a browser, the public address
 * while the build prerenders pages in Node.
 */
export function currentOrigin(): string {
  return typeof window === 'undefined' ? new URL(siteUrl).origin : window.location.origin;
}

/** Absolute REST root without a trailing slash. */
export function apiRoot(): string {
  const root = usesMockApi ? '/wp-json' : configuredApiRoot;
  return new URL(root, currentOrigin()).href.replace(/\/+$/, '');
}

/** Where the site configuration (contact teams, newsletter endpoint, name) is fetched from. */
export const siteConfigUrl: string =
  import.meta.env.VITE_SITE_CONFIG_URL || `${import.meta.env.BASE_URL}site-config.json`;

/**
 * Milliseconds before a request is abandoned as a timeout. A timed-out read is
 * tried once more, so a silent server is reported after about 17 s (8 + 1 + 8),
 * and readers are told it is slow after 8 s (`SlowNotice`).
 */
export const requestTimeoutMs = 8_000;
