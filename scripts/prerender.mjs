/**
 * Writes a static HTML page for every view the site has, from the server
 * bundle (src/entry-server.tsx). Called by scripts/build.mjs.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const stateSlot = '<!--app-state-->';
const htmlSlot = '<!--app-html-->';
const headSlot = '<!--app-head-->';

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
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
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

/** Runs `task` over `items`, `limit` at a time. */
async function pool(items, limit, task) {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await task(item);
    }
  });
  await Promise.all(workers);
}

/** The build reads the site configuration it ships, whichever WordPress it reads. */
function serveShippedFiles(server, outDir) {
  const configUrl = new URL('/site-config.json', server.siteUrl).href;
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url === configUrl) {
      return new Response(readFileSync(join(outDir, 'site-config.json')), { headers: { 'Content-Type': 'application/json' } });
    }
    return networkFetch(input, init);
  };
  return () => {
    globalThis.fetch = networkFetch;
  };
}

/**
 * outDir: the client build to write pages into; cache: where the last build
 * keeps what the next incremental build needs (never deployed).
 */
export async function prerenderSite({ server, outDir, cache, incremental, concurrency }) {
  if (!incremental) {
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, 'template.html'), readFileSync(join(outDir, 'index.html')));
    writeFileSync(join(cache, 'manifest.json'), readFileSync(join(outDir, '.vite', 'manifest.json')));
    rmSync(join(outDir, '.vite'), { recursive: true, force: true });
  }
  const template = readFileSync(join(cache, 'template.html'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(cache, 'manifest.json'), 'utf8'));
  const previous = incremental ? JSON.parse(readFileSync(join(cache, 'pages.json'), 'utf8')) : null;
  const apiOrigin = new URL(server.apiRoot()).origin;
  const preconnect = apiOrigin === new URL(server.siteUrl).origin ? '' : `<link rel="preconnect" href="${escapeAttribute(apiOrigin)}" crossorigin>`;

  const stopMock = server.usesMockApi ? await server.startMockWordPress() : () => undefined;
  const restoreFetch = serveShippedFiles(server, outDir);
  const failures = [];
  const written = new Set();

  // The page paints before the app's code is even requested: public/boot.js asks for the entry and
  // the modules the view needs (named in two meta tags) after the first frame.
  const entryScript = template.match(/<script type="module" crossorigin src="([^"]+)"><\/script>/);
  if (!entryScript) throw new Error('The page template has no module entry script.');
  const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
  const entryModules = [...template.matchAll(modulePreload)].map((match) => match[1]);
  const bootTemplate = template.replace(modulePreload, '').replace(entryScript[0], () => '<script type="module" src="/boot.js"></script>');
  // The code's version: the bundle's manifest names every chunk by its hash, so it changes exactly when the code does.
  const code = hash(JSON.stringify(manifest));
  const buildMeta = `<meta name="reader-build" content="${code}">`;
  const bootMeta = (modules) =>
    `${buildMeta}<meta name="reader-entry" content="${escapeAttribute(entryScript[1])}"><meta name="reader-modules" content="${escapeAttribute([...entryModules, ...modules].join(' '))}">`;

  // The site's language, as the pages were rendered in it (src/lib/i18n): the shell says it too.
  let htmlTag = '<html lang="en">';
  const page = (result) => {
    const { head, body } = splitHoisted(result.html);
    htmlTag = `<html lang="${escapeAttribute(result.locale.tag)}" dir="${result.locale.dir}">`;
    return bootTemplate
      .replace(/<html\b[^>]*>/, () => htmlTag)
      .replace(headSlot, () => head + preconnect + bootMeta(viewModules(manifest, result.modules)))
      .replace(htmlSlot, () => body)
      .replace(stateSlot, () => `<script type="application/json" id="reader-state">${server.serializeState(result.state)}</script>`);
  };

  async function render(path, file = fileFor(outDir, path)) {
    const result = await server.renderPage(path);
    if (result.kind === 'redirect') throw new Error(`${path} redirects to ${result.location}; only canonical addresses are prerendered.`);
    for (const failure of result.failures) failures.push(`${path}: ${failure}`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, page(result));
    // Beside the page, the data it was rendered from: what the browser reads when it navigates here (src/lib/page-data.ts).
    if (file.endsWith(`${sep}index.html`)) {
      const data = { format: server.pageDataFormat, code, path, queries: result.queries };
      writeFileSync(file.replace(/index\.html$/, 'index.json'), JSON.stringify(data));
    }
    written.add(path);
    return result;
  }

  /** A list and every later page of it, as many as its first page says it has. */
  async function renderList(base) {
    const first = await render(base);
    const pages = [];
    for (let n = 2; n <= (first.listPages ?? 1); n += 1) pages.push(`${base.replace(/\/$/, '')}/page/${n}/`);
    await pool(pages, concurrency, (path) => render(path));
    return [base, ...pages];
  }

  let index;
  try {
    try {
      index = await server.readSiteIndex();
    } catch (error) {
      throw new Error(`the site could not be read (${error instanceof Error ? error.message : error}). Check VITE_WP_API_URL and that the site is up.`);
    }
    const articlePath = (slug) => `/news/${encodeURIComponent(decodeURIComponent(slug))}`;
    const order = index.posts.map((post) => post.slug);
    let articles = order;
    if (previous) {
      // A post is rendered again when it is new or changed, and so are its neighbours, whose previous/next links name it.
      const before = new Map(previous.posts.map((post) => [post.slug, post.modifiedGmt]));
      const changed = new Set();
      index.posts.forEach((post, i) => {
        if (before.get(post.slug) === post.modifiedGmt) return;
        for (const neighbour of [order[i - 1], post.slug, order[i + 1]]) if (neighbour) changed.add(neighbour);
      });
      articles = order.filter((slug) => changed.has(slug));
    }
    await pool(articles, concurrency, (slug) => render(articlePath(slug)));
    const lists = [...(await renderList('/'))];
    for (const [base, terms] of [
      ['/category/', index.categories],
      ['/tag/', index.tags],
    ]) {
      await pool(terms, Math.max(1, Math.floor(concurrency / 2)), async (term) => lists.push(...(await renderList(`${base}${encodeURIComponent(decodeURIComponent(term.slug))}`))));
    }
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

    if (failures.length) {
      throw new Error(`${failures.length} page(s) could not get their data:\n  ${failures.slice(0, 10).join('\n  ')}${failures.length > 10 ? '\n  …' : ''}`);
    }

    const pages = new Set([...articles.map(articlePath), ...lists]);
    if (previous) {
      const published = new Set(order.map(articlePath));
      for (const path of previous.pages) {
        const isArticle = path.startsWith('/news/');
        if (isArticle ? published.has(path) : pages.has(path)) {
          pages.add(path);
          continue;
        }
        // Unpublished, or a list page the site no longer has ('/' always has one, so the root is never removed).
        rmSync(dirname(fileFor(outDir, path)), { recursive: true, force: true });
      }
      for (const path of published) pages.add(path);
    }
    // What an open tab reads when it navigates: a new code version reloads it, new content refreshes what it preloaded.
    const content = hash(dataFiles(outDir).map((file) => `${file} ${hash(readFileSync(join(outDir, file)))}`).join('\n'));
    writeFileSync(join(outDir, 'build.json'), JSON.stringify({ code, content }));
    writeFileSync(join(cache, 'pages.json'), JSON.stringify({ builtAt: new Date().toISOString(), posts: index.posts, pages: [...pages] }));
    return `Prerendered ${written.size} pages (${articles.length} of ${order.length} articles${previous ? ', incremental' : ''}, ${lists.length} list pages) + 404.html + 200.html`;
  } finally {
    restoreFetch();
    stopMock();
  }
}
