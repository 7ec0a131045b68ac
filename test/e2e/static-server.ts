import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves the production build in `dist/` as a plain static host would (a
 * missing path gets index.html, for the reader's own routes), with headers of
 * the test's choosing and files it replaces, as a deployment would.
 */
export async function serveDist({ headers = {}, replace = {} }: { headers?: Record<string, string>; replace?: Record<string, string> } = {}): Promise<StaticServer> {
  const root = join(process.cwd(), 'dist');
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const replaced = replace[path];
      let body: Buffer | string;
      let type: string;
      if (replaced !== undefined) {
        body = replaced;
        type = types[extname(path)] ?? 'application/octet-stream';
      } else {
        const file = normalize(join(root, path));
        try {
          if (!file.startsWith(root) || path.endsWith('/')) throw new Error('not a file');
          body = await readFile(file);
          type = types[extname(file)] ?? 'application/octet-stream';
        } catch {
          body = await readFile(join(root, 'index.html'));
          type = types['.html']!;
        }
      }
      response.writeHead(200, { 'Content-Type': type, ...(type.startsWith('text/html') ? headers : {}) });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
