/**
 * The seeded test WordPress of `npm run test:wordpress`, for scripts that
 * need it up while they work (the benchmark): run.sh --serve, started under
 * /tmp/wordpress.lock (only one may run on a machine: it writes
 * /etc/wordpress), with gzip in front of PHP's server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../run-build.mjs';

const runScript = resolve(import.meta.dirname, 'run.sh');

/** Debian's WordPress, its stock theme, PHP and MariaDB are on this machine. */
export function wordpressInstalled() {
  const onPath = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
  return (
    existsSync('/usr/share/wordpress/wp-settings.php') &&
    existsSync('/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json') &&
    ['php', 'mariadbd', 'flock'].every(onPath)
  );
}

/** Starts the site and resolves once it is seeded and answering: `{ url, close }`. */
export async function startSeededWordPress({ lock = '/tmp/wordpress.lock' } = {}) {
  const [phpPort, gzipPort] = [await freePort(), await freePort()];
  // A process group of its own, so that closing stops flock, run.sh and everything run.sh started.
  const child = spawn('flock', [lock, runScript, '--serve'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WORDPRESS_PORT: String(phpPort), WORDPRESS_GZIP_PORT: String(gzipPort) },
  });
  const exited = new Promise((done) => child.once('exit', done));
  let output = '';
  const url = await new Promise((done, fail) => {
    const read = (chunk) => {
      output += chunk;
      const found = /WORDPRESS_URL=(\S+)/.exec(output);
      if (found) done(found[1]);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => fail(new Error(`The seeded WordPress stopped before it was up (exit ${code}):\n${output}`)));
  });
  const close = async () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    await exited;
  };
  return { url, close };
}
