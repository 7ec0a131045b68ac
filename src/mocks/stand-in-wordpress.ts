/**
 * The mock WordPress over real HTTP, on its own origin, with the CORS headers
 * WordPress sends: for a build with VITE_WP_API_URL to read at build time and
 * in the browser, with no mock in the page (browser tests, the benchmark).
 * Node only.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import { handlers } from './handlers';

/** WordPress's own CORS answer (rest_send_cors_headers): the origin reflected, the paging headers exposed. */
function corsHeaders(origin: string | undefined): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin ?? '*',
    'Access-Control-Allow-Methods': 'OPTIONS, GET, POST, PUT, PATCH, DELETE',
    'Access-Control-Allow-Headers': 'Authorization, X-WP-Nonce, Content-Disposition, Content-MD5, Content-Type',
    'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
    Vary: 'Origin',
  };
}

const noRoute = '{"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}}';

export interface StandInWordPress {
  /** The REST root, e.g. `http://127.0.0.1:8123/wp-json`. */
  apiRoot: string;
  /** WordPress in trouble: every REST request answered 503, as a failing PHP or database does; `null` heals it. */
  failWith: (status: number | null) => void;
  /** Every REST request it answered, in order (path and query), for tests that count them. */
  requests: string[];
  close: () => Promise<void>;
}

const unavailable = '{"code":"internal_server_error","message":"The site is experiencing technical difficulties.","data":{"status":503}}';

export function startStandInWordPress({ port = 0, host = '127.0.0.1', publicDir = 'public' } = {}): Promise<StandInWordPress> {
  let failure: number | null = null;
  const requests: string[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const url = `http://${incoming.headers.host}${incoming.url}`;
    const cors = corsHeaders(incoming.headers.origin);
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(200, cors).end();
      return;
    }
    if (incoming.url?.startsWith('/media/')) {
      try {
        const file = readFileSync(join(publicDir, new URL(url).pathname));
        outgoing.writeHead(200, { 'Content-Type': 'image/jpeg', 'Cache-Control': 'public, max-age=31536000', ...cors }).end(file);
      } catch {
        outgoing.writeHead(404, cors).end();
      }
      return;
    }
    requests.push(incoming.url ?? '');
    if (failure !== null) {
      outgoing.writeHead(failure, { 'Content-Type': 'application/json', ...cors }).end(unavailable);
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = new Request(url, {
      method: incoming.method,
      headers: incoming.headers as Record<string, string>,
      body: incoming.method === 'GET' || incoming.method === 'HEAD' ? undefined : Buffer.concat(chunks),
    });
    const response = await getResponse(handlers, request);
    if (!response || !new URL(url).pathname.startsWith('/wp-json')) {
      outgoing.writeHead(404, { 'Content-Type': 'application/json', ...cors }).end(noRoute);
      return;
    }
    const body = Buffer.from(await response.arrayBuffer());
    const headers: Record<string, string> = { ...Object.fromEntries(response.headers), ...cors };
    delete headers['content-length'];
    // WordPress's servers gzip JSON; so does the stand-in, so byte counts are honest.
    if (/\bgzip\b/.test(String(incoming.headers['accept-encoding'] ?? '')) && body.length > 0) {
      const zipped = gzipSync(body);
      outgoing.writeHead(response.status, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': zipped.length }).end(zipped);
      return;
    }
    outgoing.writeHead(response.status, { ...headers, 'Content-Length': body.length }).end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        apiRoot: `http://${host}:${actualPort}/wp-json`,
        failWith: (status) => {
          failure = status;
        },
        requests,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            // Keep-alive connections would otherwise hold the port open.
            server.closeAllConnections();
          }),
      });
    });
  });
}
