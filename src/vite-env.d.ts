/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** REST root of a real WordPress site, e.g. `https://example.com/wp-json`. Empty: the built-in mock. */
  readonly VITE_WP_API_URL?: string;
  /** Where the site configuration JSON lives; defaults to `site-config.json` beside the app. */
  readonly VITE_SITE_CONFIG_URL?: string;
  /** The reader's public address, e.g. `https://news.example.com`; canonical and shared links use it. */
  readonly VITE_SITE_URL?: string;
  /**
   * `true`: views opened from the build's files then refresh from WordPress in the background, as
   * before static-first reading (for sites that cannot trigger a build when they publish).
   */
  readonly VITE_LIVE_REFRESH?: string;
  /** Articles the built-in mock site holds (default: the seed's own); for the prerender benchmark. */
  readonly VITE_MOCK_ARTICLES?: string;
  /** The built-in mock's site language (`de-DE`, `ar`): its front page's `<html lang>`. Default `en-US`. */
  readonly VITE_MOCK_LOCALE?: string;
}

interface Window {
  /**
   * The text of the file a prerendered page names in `<meta name="reader-state">`, read by
   * public/boot.js as the app starts (src/main.tsx parses it).
   */
  readerPageState?: string;
}
