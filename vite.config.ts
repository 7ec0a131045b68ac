/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import MagicString from 'magic-string';
import type { BlockCss } from './scripts/blocks/block-css.mjs';

/**
 * The dev server's feed.xml, as a mock build writes it: pages link to it, and
 * without this the link would open the reader's not-found page. Built from the
 * same seed by the build's own code, with the mock WordPress in this process.
 * (On a real WordPress the pages link to WordPress's own feed instead.)
 */
function devFeed(): Plugin {
  let mockStarted: Promise<unknown> | undefined;
  return {
    name: 'emac:dev-feed',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (request.method !== 'GET' || request.url?.split('?')[0] !== '/feed.xml') return next();
        try {
          const entry = await server.ssrLoadModule('/src/entry-server.tsx');
          if (!entry.usesMockApi) return next();
          mockStarted ??= entry.startMockWordPress();
          await mockStarted;
          const xml: string = await entry.siteFeedXml();
          response.setHeader('Content-Type', 'application/rss+xml; charset=utf-8');
          response.end(xml);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/**
 * The dev server's (and the workshop's) /wp-blocks/<name>.css: the block
 * stylesheets a build writes beside its pages (scripts/blocks/), made on request
 * from the same source, the site's WordPress or @wordpress/block-library.
 */
function devBlockStyles(): Plugin {
  let cssFor: BlockCss | undefined;
  return {
    name: 'emac:dev-block-styles',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const match = /^\/wp-blocks\/([a-z][a-z0-9-]*?)(-rtl)?\.css$/.exec(request.url?.split('?')[0] ?? '');
        if (request.method !== 'GET' || !match) return next();
        try {
          const blocks = await import('./scripts/blocks/block-css.mjs');
          const apiUrl = server.config.env.VITE_WP_API_URL?.trim();
          cssFor ??= apiUrl ? blocks.wordpressBlockCss(apiUrl) : blocks.libraryBlockCss();
          const css = await cssFor(match[1] ?? '', Boolean(match[2]));
          response.setHeader('Content-Type', 'text/css; charset=utf-8');
          response.end(css ?? '');
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/**
 * The interface catalogs (src/lib/i18n/catalogs/*.json) are written in ICU
 * MessageFormat; the browser gets them compiled, so it needs Lingui's small
 * runtime and not its parser. A message that is not valid ICU fails the build.
 */
function compiledCatalogs(): Plugin {
  const catalog = /[\\/]src[\\/]lib[\\/]i18n[\\/]catalogs[\\/][a-z]+\.json$/;
  return {
    name: 'emac:compiled-catalogs',
    enforce: 'pre',
    async transform(code, id) {
      if (!catalog.test(id.split('?')[0])) return null;
      const { compileMessageOrThrow } = await import('@lingui/message-utils/compileMessage');
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled = Object.fromEntries(Object.entries(messages).map(([key, message]) => [key, compileMessageOrThrow(message)]));
      return { code: JSON.stringify(compiled), map: null };
    },
  };
}

/**
 * CommonJS libraries (React, React DOM) are wrapped by the bundler in an arrow function that runs
 * on first `require`. Chromium compiles that arrow on the page's main thread when it is first
 * called; as a parenthesised function expression it is compiled while the script streams in, off
 * the main thread. For React DOM's 200 KB body that moved about 25 ms (100 ms at a phone's 4x)
 * out of the first long task (README, "Performance"). Same meaning: the bodies use neither
 * `this` nor `arguments`, and the call count of parentheses is unchanged.
 */
function eagerCommonJs(): Plugin {
  const wrapper = /__commonJSMin\(\(\(((?:exports|module|[\w$]+)(?:, ?[\w$]+)*)\) => \{/g;
  return {
    name: 'emac:eager-commonjs',
    apply: 'build',
    renderChunk(code) {
      if (!code.includes('__commonJSMin(((')) return null;
      const edited = new MagicString(code);
      for (const match of code.matchAll(wrapper)) {
        edited.overwrite(match.index, match.index + match[0].length, `__commonJSMin((function(${match[1]}) {`);
      }
      return { code: edited.toString(), map: edited.generateMap({ hires: 'boundary' }) };
    },
  };
}

export default defineConfig({
  plugins: [react(), devFeed(), devBlockStyles(), compiledCatalogs(), eagerCommonJs()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
  // One stylesheet (7 KB gzipped) for every view: one render-blocking request instead of one per view.
  build: {
    target: 'es2022',
    sourcemap: true,
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // The libraries every page hydrates with, in one file: not split into slivers by what lazy views share.
        codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom|@tanstack)[\\/]/ }] },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    restoreMocks: true,
    // A view test renders the whole app in jsdom: seconds on a busy 2-core runner, not the default 5.
    testTimeout: 15_000,
    // Every core, not the default of one fewer: on a 2-core runner 150 s instead of 217 s.
    maxWorkers: '100%',
  },
});
