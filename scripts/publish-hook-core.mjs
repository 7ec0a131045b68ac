/**
 * The pieces of scripts/publish-hook.mjs that decide things, kept apart so
 * they can be tested without a server: whether a call comes from our
 * WordPress plugin (wordpress/emac-reader-publish.php), how calls that
 * arrive while a build runs become one follow-up build, and when to deploy.
 */
import { spawn } from 'node:child_process';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Calls older (or further in the future) than this are refused, so a recorded call cannot be replayed later. */
export const MAX_AGE_SECONDS = 300;

/**
 * The signature the plugin sends in X-Emac-Signature: HMAC-SHA256 over the
 * timestamp header, a dot and the body, so the timestamp cannot be changed
 * without the secret.
 */
export function signature(secret, timestamp, body) {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Checks a call's X-Emac-Timestamp and X-Emac-Signature headers against its raw body.
 * Returns `{ ok: true }` or `{ ok: false, reason }`; the reason is for our log, not for the caller.
 */
export function verifyCall({ secret, body, timestamp, signature: given, now = Date.now() }) {
  if (!secret) return { ok: false, reason: 'no secret is configured' };
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing or malformed X-Emac-Timestamp' };
  const age = Math.abs(now / 1000 - Number(timestamp));
  if (age > MAX_AGE_SECONDS) return { ok: false, reason: `timestamp is ${Math.round(age)} s away from this machine's clock` };
  if (typeof given !== 'string') return { ok: false, reason: 'missing X-Emac-Signature' };
  const expected = Buffer.from(signature(secret, timestamp, body));
  const received = Buffer.from(given);
  // timingSafeEqual needs equal lengths; a length mismatch is a wrong signature anyway.
  if (expected.length !== received.length || !timingSafeEqual(expected, received)) return { ok: false, reason: 'signature does not match' };
  return { ok: true };
}

/**
 * Runs `build(calls)` one at a time. A call that arrives while a build runs
 * waits; all that waited are handed together to one follow-up build, since a
 * build reads the site as it is when it starts and covers every change before.
 *
 * `add(call)` never waits; `idle()` resolves when nothing runs or waits.
 */
export function createBuildQueue(build) {
  let waiting = [];
  let running = null;

  function next() {
    if (running || waiting.length === 0) return;
    const calls = waiting;
    waiting = [];
    running = Promise.resolve()
      .then(() => build(calls))
      .catch(() => undefined)
      .finally(() => {
        running = null;
        next();
      });
  }

  return {
    add(call) {
      waiting.push(call);
      next();
    },
    get busy() {
      return running !== null || waiting.length > 0;
    },
    async idle() {
      while (running) await running;
    },
  };
}

function run(command, env, log) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', (error) => {
      log(`could not start "${command}": ${error.message}`);
      resolve(false);
    });
    child.on('exit', (code, signal) => {
      if (code !== 0) log(`"${command}" failed (${signal ?? `exit ${code}`})`);
      resolve(code === 0);
    });
  });
}

/**
 * One build for a group of calls: the build command, then the deploy command
 * only if the build succeeded (a failed build leaves the old dist/, which
 * must not be deployed as if it were new). Both get the calls' changes as
 * JSON in PUBLISH_HOOK_CHANGES. Resolves to 'deployed', 'built', 'build failed' or 'deploy failed'.
 */
export async function buildAndDeploy({ calls, command, deploy = '', log }) {
  const changes = calls.flatMap((call) => (Array.isArray(call?.changes) ? call.changes : []));
  const env = { PUBLISH_HOOK_CHANGES: JSON.stringify(changes) };
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  log(`build for ${calls.length} call(s), ${changes.length} change(s): ${command}`);
  if (!(await run(command, env, log))) {
    log(`build failed after ${seconds()} s; nothing deployed`);
    return 'build failed';
  }
  if (!deploy) {
    log(`built in ${seconds()} s`);
    return 'built';
  }
  if (!(await run(deploy, env, log))) {
    log(`built, but the deploy failed after ${seconds()} s`);
    return 'deploy failed';
  }
  log(`built and deployed in ${seconds()} s`);
  return 'deployed';
}
