/**
 * Writes a static HTML page for every view the site has, from the server
 * bundle (src/entry-server.tsx) and one bulk read of WordPress
 * (src/prerender/). Called by scripts/build.mjs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createProgress } from './build-progress.mjs';
import { escapeRegExp, mirrorMedia } from './media/mirror-media.mjs';

const stateSlot = '<!--app-state-->';
const htmlSlot = '<!--app-html-->';
const headSlot = '<!--app-head-->';
/** Beside a page that may wait for intent, the data it was rendered from (writeState). */
const stateFileName = 'index.state.json';

/** React hoists `<title>`, `<meta>` and `<link>` of a fragment ahead of its markup; they belong in the head. */
function splitHoisted(html) {
  const hoisted = /^(?:<title\b[^>]*>[\s\S]*?<\/title>|<(?:meta|link)\b[^>]*>)/;
  let head = '';
  let rest = html;
  for (let match = rest.match(hoisted); match; match = rest.match(hoisted)) {
    head += match[0];
    rest = rest.slice(match[0].length);
  }
  return { head, body: rest };
}

function escapeAttribute(value) {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The view's code, from Vite's manifest: its chunk and what it imports that the entry does not. */
function viewModules(manifest, modules) {
  const entryKey = 'index.html';
  const loaded = new Set();
  const walk = (key, into) => {
    const chunk = manifest[key];
    if (!chunk || into.has(key)) return;
    into.add(key);
    for (const imported of chunk.imports ?? []) walk(imported, into);
  };
  walk(entryKey, loaded);
  const wanted = new Set();
  // A view that shares a chunk with others has no entry of its own; the browser fetches it on start.
  for (const module of modules) walk(module, wanted);
  return [...wanted].filter((key) => !loaded.has(key)).map((key) => `/${manifest[key].file}`);
}

const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Every page data file under the build, relative and sorted, for the manifest's content version. */
function dataFiles(outDir) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'assets') walk(full);
      } else if (entry.name === 'index.json') found.push(full);
    }
  };
  walk(outDir);
  return found.map((file) => relative(outDir, file).split(sep).join('/')).sort();
}

function fileFor(outDir, path) {
  const clean = decodeURI(path).replace(/^\/+|\/+$/g, '');
  return clean ? join(outDir, clean, 'index.html') : join(outDir, 'index.html');
}

const listPageSize = 10;

/**
 * The build's Application Password, for the site's menu and the posts' pingbacks and trackbacks
 * (README, "Pointing it at a real WordPress"): read from the environment here and sent only with
 * those requests, never written anywhere.
 */
export function buildAuthorization(env = process.env) {
  const user = env.WORDPRESS_USER?.trim() ?? '';
  const password = env.WORDPRESS_APP_PASSWORD?.trim() ?? '';
  if (!user && !password) return null;
  if (!user || !password) {
    throw new Error(`${user ? 'WORDPRESS_APP_PASSWORD' : 'WORDPRESS_USER'} is not set: the menu and the pings are read with both, WORDPRESS_USER and WORDPRESS_APP_PASSWORD (an Application Password), or with neither.`);
  }
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/**
 * Renders every page of the site from one bulk read of WordPress.
 * outDir: the client build to write pages into (holding the last build's pages when `samePages`);
 * previous: the last build's snapshot and page records, or null for a full build;
 * samePages: the last build ran the same code, so a page whose answers are unchanged is kept as it is;
 * live: every page reads WordPress itself, as before the snapshot (to check it against).
 * Returns a summary line and what the next build needs (`cache`), or no cache after a live build.
 */
export async function prerenderSite({ server, outDir, template, manifest, previous, samePages, live = false, mediaCache = null }) {
  const apiOrigin = new URL(server.apiRoot()).origin;
  // A picture the build could not copy (below) still comes from WordPress's origin, and a prerendered page
  // asks it for nothing else before the app starts (static first): so the connection warmed early is the
  // one an <img> uses, which is not the anonymous (CORS) one the API's fetches use; those come later.
  const wordpressPicture = new RegExp(`(?:src|srcset|imagesrcset)="[^"]*${escapeRegExp(apiOrigin)}/`, 'i');
  const preconnectFor = (html) =>
    apiOrigin !== new URL(server.siteUrl).origin && wordpressPicture.test(html) ? `<link rel="preconnect" href="${escapeAttribute(apiOrigin)}">` : '';
  // The copyright line names the year: a page kept from last year would still say it.
  const year = new Date().getFullYear();
  const reusable = samePages && previous?.year === year ? previous.pages : {};

  const authorization = buildAuthorization();
  const stopMock = server.usesMockApi ? await server.startMockWordPress() : () => undefined;
  const networkFetch = globalThis.fetch;
  const failures = [];
  const written = new Set();
  /** The hash of each page data file this build wrote or kept, so the content version need not read them all again. */
  const dataHashes = new Map();
  const dataFileOf = (path) => relative(outDir, fileFor(outDir, path)).split(sep).join('/').replace(/index\.html$/, 'index.json');

  // The page paints before the app's code is even requested: public/boot.js asks for the entry and
  // the modules the view needs (named in two meta tags) after the first frame.
  const entryScript = template.match(/<script type="module" crossorigin src="([^"]+)"><\/script>/);
  if (!entryScript) throw new Error('The page template has no module entry script.');
  const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
  const entryModules = [...template.matchAll(modulePreload)].map((match) => match[1]);
  // The reader's stylesheet is a precedence group of its own ("app") to React, which then puts the
  // block stylesheets an article adds (precedence "wp-blocks") after it, here and in the browser alike.
  const bootTemplate = template
    .replace(modulePreload, '')
    .replace(entryScript[0], () => '<script type="module" src="/boot.js"></script>')
    .replace(/<link rel="stylesheet" crossorigin href="([^"]+)">/g, (_link, href) => `<link rel="stylesheet" crossorigin href="${href}" data-precedence="app">`);
  // The code's version: the bundle's manifest names every chunk by its hash, so it changes exactly when the code does.
  const code = hash(JSON.stringify(manifest));
  const buildMeta = `<meta name="reader-build" content="${code}">`;
  // React DOM on its own (src/react-stage.ts), which boot.js evaluates a task before the entry.
  const reactStage = manifest['src/react-stage.ts'];
  if (!reactStage) throw new Error('The build has no src/react-stage.ts entry (vite.config.ts).');
  const stageMeta = `<meta name="reader-stage" content="${escapeAttribute(`/${reactStage.file}`)}">`;
  const bootMeta = (modules) =>
    `${buildMeta}<meta name="reader-entry" content="${escapeAttribute(entryScript[1])}">${stageMeta}<meta name="reader-modules" content="${escapeAttribute([...entryModules, ...modules].join(' '))}">`;
  // A page complete without the app waits for the reader's intent to start it (public/boot.js), at the
  // address it was prerendered for. Not in a build that refreshes every view from WordPress as it
  // starts (VITE_LIVE_REFRESH): there, what the page shows depends on the app at once.
  // On the built-in mock, a tab where a tester chose a scenario or a language starts at once too.
  const startIfStored = server.usesMockApi ? `<meta name="reader-start-if-stored" content="${escapeAttribute(server.mockSessionKeys.join(' '))}">` : '';
  const deferMeta = (path) => (server.liveRefresh ? '' : `<meta name="reader-defer" content="${escapeAttribute(path)}">${startIfStored}`);

  // The site's language, as the pages were rendered in it (src/lib/i18n): the shell says it too.
  let htmlTag = '<html lang="en">';
  const page = (result, stateUrl) => {
    const { head, body } = splitHoisted(result.html);
    // Stylesheets React orders by precedence go after the reader's own, where the browser would put them.
    const ordered = /<link rel="stylesheet"[^>]*data-precedence="[^"]*"[^>]*>/g;
    const sheets = head.match(ordered)?.join('') ?? '';
    htmlTag = `<html lang="${escapeAttribute(result.locale.tag)}" dir="${result.locale.dir}">`;
    return bootTemplate
      .replace(/<html\b[^>]*>/, () => htmlTag)
      .replace('</head>', () => `${sheets}</head>`)
      .replace(headSlot, () => head.replace(ordered, '') + preconnectFor(result.html) + bootMeta(viewModules(manifest, result.modules)) + deferMeta(result.state.path) + (stateUrl ? `<meta name="reader-state" content="${escapeAttribute(stateUrl)}">` : ''))
      .replace(htmlSlot, () => body)
      .replace(stateSlot, () => (stateUrl ? '' : `<script type="application/json" id="reader-state">${server.serializeState(result.state)}</script>`));
  };

  /**
   * The data a page was rendered from, in a file beside it when the page may wait for the reader's
   * intent: it is most of a page's bytes (the list's 12 KB of 18 KB gzipped), and a reader who only
   * reads never needs it, so the page paints sooner without it. boot.js reads it as the app starts.
   * Its address carries a stamp of its content, which the page checks (src/app/prerendered-state.ts):
   * a cache or a newer build cannot pair the page with data it was not rendered from.
   */
  function writeState(result, file) {
    if (server.liveRefresh || !file.endsWith(`${sep}index.html`)) return null;
    const stamp = hash(server.serializeState(result.state));
    writeFileSync(file.replace(/index\.html$/, stateFileName), server.serializeState({ ...result.state, stamp }));
    return `${result.state.path.replace(/\/?$/, '/')}${stateFileName}?v=${stamp}`;
  }

  async function render(path, file = fileFor(outDir, path)) {
    const result = await server.renderPage(path);
    if (result.kind === 'redirect') throw new Error(`${path} redirects to ${result.location}; only canonical addresses are prerendered.`);
    for (const failure of result.failures) failures.push(`${path}: ${failure}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page(result, writeState(result, file)));
    // Beside the page, the data it was rendered from: what the browser reads when it navigates here (src/lib/page-data.ts).
    if (file.endsWith(`${sep}index.html`)) {
      const data = JSON.stringify({ format: server.pageDataFormat, code, path, queries: result.queries });
      const dataFile = file.replace(/index\.html$/, 'index.json');
      writeFileSync(dataFile, data);
      dataHashes.set(relative(outDir, dataFile).split(sep).join('/'), hash(data));
    }
    written.add(path);
    return result;
  }

  try {
    // What the last build read belongs to one site: another REST root is another site, and the
    // built-in mock's posts are part of the code (their links name the address the build is for).
    const site = server.usesMockApi ? `mock ${code}` : server.apiRoot();
    let snapshot;
    let report;
    try {
      // With the credentials, the snapshot also holds the pings, which WordPress lists only to a signed-in user.
      ({ snapshot, report } = await server.readSnapshot(previous?.site === site ? previous.snapshot : null, { authorization }));
    } catch (error) {
      throw new Error(`the site could not be read (${error instanceof Error ? error.message : error}). Check VITE_WP_API_URL and that the site is up.`);
    }
    // WordPress's pictures, copied into the build: the pages are rendered from a snapshot that names the copies.
    let shown = snapshot;
    let media = null;
    if (mediaCache && !server.usesMockApi) {
      media = await mirrorMedia(snapshot, {
        wordpressOrigin: apiOrigin,
        siteUrl: server.siteUrl,
        outDir,
        cacheDir: mediaCache,
        previousFiles: samePages ? (previous?.media ?? []) : [],
        fresh: !previous,
      });
      shown = media.snapshot;
      if (media.report.failed.length) {
        console.warn(`Warning: ${media.report.failed.length} picture(s) could not be copied and are shown from WordPress:\n  ${media.report.failed.slice(0, 5).join('\n  ')}${media.report.failed.length > 5 ? '\n  …' : ''}`);
      }
    }
    const shippedConfig = new URL('/site-config.json', server.siteUrl).href;
    const reads = server.createBuildFetch({
      snapshot: shown,
      shipped: (url) => (url === shippedConfig ? readFileSync(join(outDir, 'site-config.json'), 'utf8') : null),
      network: networkFetch,
      hash,
      authorization,
    });
    // A live build still reads the menu through the build's own fetch, the one that holds the credentials.
    const throughBuild = (url) => url === shippedConfig || server.menuRoutes.some((route) => new URL(url).pathname.endsWith(`/wp/v2${route}`));
    // A live build's pages name the pictures this build copied, as the snapshot's do.
    const liveFetch = async (input, init) => {
      const response = await networkFetch(input, init);
      if (!media || !/json/.test(response.headers.get('content-type') ?? '')) return response;
      const body = media.rewrite(JSON.stringify(await response.json()));
      return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    };
    globalThis.fetch = live ? (input, init) => (throughBuild(String(input instanceof Request ? input.url : input)) ? reads.fetch(input, init) : liveFetch(input, init)) : reads.fetch;
    const index = server.siteIndex(shown, reads.posts);
    // A WordPress page at an address the reader's own route has (README, "WordPress pages").
    for (const collision of index.collisions) console.warn(`Warning: ${server.collisionWarning(collision)}`);

    // How many pages there will be, for the progress line: the lists' lengths follow from the counts.
    const listLength = (count) => Math.max(1, Math.ceil(count / listPageSize));
    const lists = [['/', index.posts.length], ...index.categories.map((term) => [`/category/${term.slug}`, term.count]), ...index.tags.map((term) => [`/tag/${term.slug}`, term.count])];
    const progress = createProgress(index.posts.reduce((sum, post) => sum + post.parts, 0) + index.pages.length + lists.reduce((sum, [, count]) => sum + listLength(count), 0));

    const pages = {};
    let kept = 0;
    /**
     * A page is left as the last build wrote it when every answer it read is as it was, or, when some
     * changed in what the page does not keep (the number of newer posts behind a "next article" link),
     * when its loaders give the same data as last time. Any other page is rendered.
     */
    async function visit(path) {
      const before = reusable[path];
      if (before) {
        const now = await reads.readAgain(before.reads);
        const changed = now.find(([, answer], i) => answer !== before.reads[i][1]);
        const same = !changed;
        // Why a page is rendered again, for whoever wonders why a build took long.
        if (changed && process.env.PRERENDER_EXPLAIN) console.log(`${path}: ${changed[0]} changed`);
        if (same || (before.data && before.data === hash((await server.loadedPageData(path)) ?? ''))) {
          pages[path] = { ...before, reads: now };
          if (before.dataHash) dataHashes.set(dataFileOf(path), before.dataHash);
          kept += 1;
          progress.tick();
          return pages[path];
        }
      }
      const { result, reads: answers } = await reads.recordReads(() => render(path));
      pages[path] = { reads: answers, listPages: result.listPages, data: result.loadedData === null ? null : hash(result.loadedData), dataHash: dataHashes.get(dataFileOf(path)) };
      progress.tick();
      return pages[path];
    }

    const articlePath = (slug) => `/news/${encodeURIComponent(decodeURIComponent(slug))}`;
    const encodeTerm = (path) => path.replace(/[^/]+$/, (slug) => encodeURIComponent(decodeURIComponent(slug)));
    for (const post of index.posts) {
      await visit(articlePath(post.slug));
      // The parts of a post split with <!--nextpage-->, at /news/<slug>/2 and on.
      for (let part = 2; part <= post.parts; part += 1) await visit(`${articlePath(post.slug)}/${part}`);
    }
    for (const sitePage of index.pages) await visit(sitePage.path);
    let listPages = 0;
    for (const [base] of lists) {
      const first = await visit(encodeTerm(base));
      for (let n = 2; n <= (first.listPages ?? 1); n += 1) await visit(`${encodeTerm(base).replace(/\/$/, '')}/page/${n}/`);
      listPages += first.listPages ?? 1;
    }
    progress.end();

    await render('/this-page-does-not-exist', join(outDir, '404.html'));
    written.delete('/this-page-does-not-exist');
    // The shell: any page the build did not know (an article published since) renders in the browser.
    writeFileSync(join(outDir, '200.html'), template.replace(/<html\b[^>]*>/, () => htmlTag).replace(headSlot, () => buildMeta).replace(htmlSlot, '').replace(stateSlot, ''));

    // What crawlers look for: every article, archive and the home page; robots.txt points to it.
    for (const file of readdirSync(outDir).filter((name) => /^sitemap(-\d+)?\.xml$/.test(name))) rmSync(join(outDir, file));
    for (const file of server.sitemapFiles(server.sitemapEntries(index), { siteUrl: server.siteUrl })) writeFileSync(join(outDir, file.path), file.xml);
    writeFileSync(join(outDir, 'robots.txt'), server.robotsTxt(server.siteUrl));
    // A real WordPress publishes its own feed, and the pages link to it; the mock has none to link to.
    if (server.usesMockApi) writeFileSync(join(outDir, server.feedFilePath.slice(1)), await server.siteFeedXml());

    if (report.pings?.refused) {
      console.warn(`Warning: WordPress refused WORDPRESS_USER and WORDPRESS_APP_PASSWORD for the pingbacks and trackbacks (${report.pings.refused}); articles show none. Check the Application Password.`);
    }
    for (const refusal of reads.refusedCredentials()) {
      console.warn(`Warning: WordPress refused WORDPRESS_USER and WORDPRESS_APP_PASSWORD for the menu (${refusal}); the pages and categories are the menu instead. Check the Application Password.`);
    }
    if (failures.length) {
      throw new Error(`${failures.length} page(s) could not get their data:\n  ${failures.slice(0, 10).join('\n  ')}${failures.length > 10 ? '\n  …' : ''}`);
    }

    // Pages the site no longer has: an unpublished or deleted post's, a list's last page, an emptied archive.
    for (const path of Object.keys(previous?.pages ?? {})) {
      if (!pages[path] && path !== '/') rmSync(dirname(fileFor(outDir, path)), { recursive: true, force: true });
    }
    // What an open tab reads when it navigates: a new code version reloads it, new content refreshes what it preloaded.
    const content = hash(dataFiles(outDir).map((file) => `${file} ${dataHashes.get(file) ?? hash(readFileSync(join(outDir, file)))}`).join('\n'));
    writeFileSync(join(outDir, 'build.json'), JSON.stringify({ code, content }));

    const read = `read ${report.mode === 'full' ? 'in full' : `${report.postsRead} post(s) modified since, ${report.postsRemoved} gone, ${report.commentsAdded} new comment(s), ${report.commentsRemoved} gone`}`;
    const summary =
      `Prerendered ${written.size} pages, kept ${kept} unchanged (${index.posts.length} articles, ${index.pages.length} WordPress pages, ${listPages} list pages) + 404.html + 200.html; ` +
      `WordPress ${read} in ${server.requestCount.value} request(s), ${reads.liveAnswers()} site-wide answer(s)${live ? ', every page read live' : ''}`;
    const pictures = media ? `; ${media.report.copied} of ${media.report.pictures} picture(s) copied from WordPress (${media.report.downloaded} downloaded)` : '';
    return { summary: summary + pictures, cache: live ? null : { snapshot, pages: { site, code, content, year, pages, media: media?.files ?? [] } } };
  } finally {
    globalThis.fetch = networkFetch;
    stopMock();
  }
}
