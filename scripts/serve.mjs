#!/usr/bin/env node
/**
 * Serves a build as a static host would, and as the README tells hosts to:
 * gzip, long-lived caching for hashed assets, the prerendered page for each
 * path, the shell (200.html) for articles the build did not know, and
 * 404.html with status 404 for everything else.
 *
 *   node scripts/serve.mjs [--port 4173] [--host 127.0.0.1] [--dir dist]
 *
 * Also used by the browser tests and the Lighthouse benchmark (startServer).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.map']);

function cacheControl(path) {
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  // Pages, their data files and the build manifest change with every build: revalidated on each read.
  if (path.endsWith('.html') || path.endsWith('.json') || path === '/mockServiceWorker.js') return 'no-cache';
  return 'public, max-age=3600';
}

/** The file a request path maps to, and the status to answer with. */
function resolveFile(dir, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { file: join(dir, '404.html'), status: 404 };
  }
  const target = normalize(join(dir, decoded));
  if (target !== dir && !target.startsWith(dir + sep)) return { file: join(dir, '404.html'), status: 404 };
  if (existsSync(target) && statSync(target).isFile()) return { file: target, status: 200 };
  const index = join(target, 'index.html');
  if (existsSync(index)) return { file: index, status: 200 };
  // A data file the build did not write (an article published since) is missing, never the shell.
  if (decoded.endsWith('.json')) return { file: join(dir, '404.html'), status: 404 };
  // An article published after the build, or search results: the shell renders them in the browser.
  if (/^\/(?:news\/[^/]+|search)\/?$/.test(decoded) && existsSync(join(dir, '200.html'))) return { file: join(dir, '200.html'), status: 200 };
  return { file: join(dir, '404.html'), status: 404 };
}

export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1', headers = {} } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();
  const server = createServer((request, response) => {
    // Parsed as a path, not a URL: `//x` would otherwise read as a host, and an unparsable address is a 400, not a crash.
    let url;
    try {
      url = new URL(`http://localhost${request.url?.startsWith('/') ? request.url : '/'}`);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    const { file, status } = resolveFile(root, url.pathname);
    if (!existsSync(file)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const extension = extname(file);
    const head = {
      'Content-Type': types[extension] ?? 'application/octet-stream',
      'Cache-Control': status === 200 ? cacheControl(file.slice(root.length).split(sep).join('/')) : 'no-cache',
      Vary: 'Accept-Encoding',
      ...headers,
    };
    if (compressible.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      // Compressed once per version of the file: a deployment may replace it while the server runs.
      const { mtimeMs, size } = statSync(file);
      const key = `${file}\0${mtimeMs}\0${size}`;
      let body = gzipped.get(key);
      if (!body) {
        body = gzipSync(readFileSync(file), { level: 9 });
        gzipped.set(key, body);
      }
      response.writeHead(status, { ...head, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(status, { ...head, 'Content-Length': statSync(file).size });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({ url: `http://${host}:${address.port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ dir: arg('dir', 'dist'), port: Number(arg('port', 4173)), host: arg('host', '127.0.0.1') });
  console.log(`Serving ${arg('dir', 'dist')} at ${url} (gzip, 200.html for unknown articles, 404.html otherwise)`);
}
