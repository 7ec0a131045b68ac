#!/usr/bin/env node
/**
 * Receives the generic hook of wordpress/emac-reader-publish.php and rebuilds the reader.
 *
 *   PUBLISH_HOOK_SECRET=... node scripts/publish-hook.mjs \
 *     [--port 8787] [--host 127.0.0.1] \
 *     [--command "npm run build:incremental"] [--deploy "rsync -a --delete dist/ /var/www/news/"]
 *
 * Every POST must carry the plugin's X-Emac-Timestamp and X-Emac-Signature
 * headers (HMAC-SHA256 with the shared secret, at most 5 minutes old); others
 * get 401. A good call gets 202 at once; the build runs after. One build runs
 * at a time: calls that arrive during a build are served by one follow-up
 * build. The deploy command runs only after a build that succeeded. Both run in
 * a shell in the current folder, with the calls' changes as JSON in
 * PUBLISH_HOOK_CHANGES.
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { buildAndDeploy, createBuildQueue, verifyCall } from './publish-hook-core.mjs';

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Starts the receiver. `onAccepted(payload)` is told about each call that
 * passed the checks (the tests watch it); `log` defaults to the console.
 */
export function startPublishHook({
  secret,
  port = 8787,
  host = '127.0.0.1',
  command = 'npm run build:incremental',
  deploy = '',
  onAccepted = () => undefined,
  log = (line) => console.log(`[publish-hook ${new Date().toISOString()}] ${line}`),
}) {
  if (!secret) throw new Error('publish-hook needs a secret (PUBLISH_HOOK_SECRET), the one set in wp-admin.');

  const queue = createBuildQueue((calls) => buildAndDeploy({ calls, command, deploy, log }));

  const server = createServer((request, response) => {
    const answer = (status, body) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST') {
      answer(request.method === 'GET' ? 200 : 405, { building: queue.busy });
      return;
    }
    const chunks = [];
    let size = 0;
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        answer(413, { error: 'too large' });
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (response.writableEnded) return;
      const body = Buffer.concat(chunks).toString('utf8');
      const check = verifyCall({ secret, body, timestamp: request.headers['x-emac-timestamp'], signature: request.headers['x-emac-signature'] });
      if (!check.ok) {
        log(`refused a call from ${request.socket.remoteAddress}: ${check.reason}`);
        answer(401, { error: 'unauthorised' });
        return;
      }
      let payload;
      try {
        payload = JSON.parse(body);
      } catch {
        answer(400, { error: 'body is not JSON' });
        return;
      }
      answer(202, { accepted: true });
      onAccepted(payload);
      queue.add(payload);
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}/`,
        idle: () => queue.idle(),
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const hook = await startPublishHook({
      secret: process.env.PUBLISH_HOOK_SECRET,
      port: Number(option('port', process.env.PORT ?? 8787)),
      host: option('host', '127.0.0.1'),
      command: option('command', 'npm run build:incremental'),
      deploy: option('deploy', ''),
    });
    console.log(`publish-hook listening on ${hook.url}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
