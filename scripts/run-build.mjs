/** Runs the production build in a child process, for tests and benchmarks that build first. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export function runBuild({ out, env = {}, args: extra = [] } = {}) {
  const args = [resolve(import.meta.dirname, 'build.mjs'), ...(out ? ['--out', out] : []), ...extra];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done(output) : fail(new Error(`The build failed (exit ${code}):\n${output}`))));
  });
}

/** A port nothing listens on now. */
export async function freePort() {
  const { createServer } = await import('node:net');
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}
