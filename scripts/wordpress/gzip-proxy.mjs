#!/usr/bin/env node
/**
 * Gzip in front of PHP's built-in server, which sends everything uncompressed:
 * the test WordPress then answers as a real host does (and as scripts/serve.mjs
 * serves the reader), so the benchmark compares like with like.
 *
 *   node scripts/wordpress/gzip-proxy.mjs <listen port> <PHP's port>
 *
 * Text answers (HTML, CSS, JS, JSON, SVG, XML) are compressed at the reader's
 * level when the browser accepts gzip; everything else passes through as it is.
 */
import { createServer, request as forward } from 'node:http';
import { gzipSync } from 'node:zlib';

const compressible = /^(text\/|application\/(json|javascript|xml|rss\+xml|atom\+xml|ld\+json)|image\/svg\+xml)/;

export function startGzipProxy({ port, target, host = '127.0.0.1' }) {
  const server = createServer((incoming, outgoing) => {
    const upstream = forward(
      { host, port: target, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        const wanted = /\bgzip\b/.test(incoming.headers['accept-encoding'] ?? '');
        if (!wanted || answer.headers['content-encoding'] || !compressible.test(type) || incoming.method === 'HEAD') {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          return;
        }
        const parts = [];
        answer.on('data', (part) => parts.push(part));
        answer.on('end', () => {
          const body = gzipSync(Buffer.concat(parts), { level: 9 });
          const headers = { ...answer.headers, 'content-encoding': 'gzip', 'content-length': String(body.length) };
          delete headers['transfer-encoding'];
          headers.vary = answer.headers.vary ? `${answer.headers.vary}, Accept-Encoding` : 'Accept-Encoding';
          outgoing.writeHead(answer.statusCode ?? 502, headers);
          outgoing.end(body);
        });
        answer.on('error', () => outgoing.destroy());
      },
    );
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' });
      outgoing.end('PHP did not answer.');
    });
    incoming.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ url: `http://${host}:${server.address().port}`, close: () => new Promise((done) => server.close(() => done())) }));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port, target] = process.argv.slice(2).map(Number);
  if (!port || !target) {
    console.error('usage: gzip-proxy.mjs <listen port> <PHP port>');
    process.exit(2);
  }
  const { url } = await startGzipProxy({ port, target });
  console.log(`gzip proxy at ${url} for PHP on port ${target}`);
}
