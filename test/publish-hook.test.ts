/**
 * The decisions of the generic publish hook's receiver (scripts/publish-hook.mjs):
 * which calls it believes, and how calls during a build become one more build.
 * The receiver over HTTP, called by the real plugin, is in test/wordpress/contract/publish.contract.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAndDeploy, createBuildQueue, MAX_AGE_SECONDS, signature, verifyCall } from '../scripts/publish-hook-core.mjs';

const secret = 'correct horse battery staple';
const body = JSON.stringify({ site: 'https://example.com', changes: [{ type: 'post', id: 7, action: 'update' }] });
const now = Date.UTC(2026, 0, 5, 9, 30);
const timestamp = String(now / 1000);

describe('verifyCall', () => {
  it('accepts a call signed with the secret over its timestamp and body', () => {
    expect(verifyCall({ secret, body, timestamp, signature: signature(secret, timestamp, body), now })).toEqual({ ok: true });
  });

  it('matches the signature PHP’s hash_hmac writes for the same material', () => {
    // hash_hmac('sha256', '1700000000.{}', 'k') in PHP 8.
    expect(signature('k', '1700000000', '{}')).toBe('sha256=c6ef4734033cee2367414a0939385eca0397754aa7a59716da7463a9298b5146');
  });

  it('refuses a changed body, a wrong secret and a missing or malformed signature', () => {
    const signed = signature(secret, timestamp, body);
    expect(verifyCall({ secret, body: body.replace('7', '8'), timestamp, signature: signed, now }).ok).toBe(false);
    expect(verifyCall({ secret: 'another secret', body, timestamp, signature: signed, now }).ok).toBe(false);
    expect(verifyCall({ secret, body, timestamp, signature: undefined, now }).ok).toBe(false);
    expect(verifyCall({ secret, body, timestamp, signature: signed.slice(0, -2), now }).ok).toBe(false);
    expect(verifyCall({ secret, body, timestamp, signature: signed.toUpperCase(), now }).ok).toBe(false);
  });

  it('refuses a timestamp that was moved, since it is part of what is signed', () => {
    const signed = signature(secret, timestamp, body);
    expect(verifyCall({ secret, body, timestamp: String(Number(timestamp) + 1), signature: signed, now }).ok).toBe(false);
  });

  it('refuses a replay older than five minutes and a call from the future', () => {
    const old = String(now / 1000 - MAX_AGE_SECONDS - 1);
    const late = verifyCall({ secret, body, timestamp: old, signature: signature(secret, old, body), now });
    expect(late).toEqual({ ok: false, reason: expect.stringContaining('clock') });
    const recent = String(now / 1000 - MAX_AGE_SECONDS + 5);
    expect(verifyCall({ secret, body, timestamp: recent, signature: signature(secret, recent, body), now }).ok).toBe(true);
    const ahead = String(now / 1000 + MAX_AGE_SECONDS + 1);
    expect(verifyCall({ secret, body, timestamp: ahead, signature: signature(secret, ahead, body), now }).ok).toBe(false);
    expect(verifyCall({ secret, body, timestamp: 'yesterday', signature: signature(secret, 'yesterday', body), now }).ok).toBe(false);
  });

  it('refuses everything when no secret is configured', () => {
    expect(verifyCall({ secret: '', body, timestamp, signature: signature('', timestamp, body), now }).ok).toBe(false);
  });
});

describe('createBuildQueue', () => {
  /** A build that finishes when the test says so, recording what it was given. */
  function controlledBuilds() {
    const builds: { calls: string[]; finish: () => void }[] = [];
    const queue = createBuildQueue<string>(
      (calls) =>
        new Promise<void>((resolve) => {
          builds.push({ calls, finish: resolve });
        }),
    );
    return { builds, queue };
  }

  it('starts a build at once and runs one follow-up for every call that arrived during it', async () => {
    const { builds, queue } = controlledBuilds();
    queue.add('first');
    await vi.waitFor(() => expect(builds).toHaveLength(1));
    queue.add('second');
    queue.add('third');
    queue.add('fourth');
    expect(builds).toHaveLength(1);
    expect(queue.busy).toBe(true);
    builds[0]!.finish();
    await vi.waitFor(() => expect(builds).toHaveLength(2));
    expect(builds.map((build) => build.calls)).toEqual([['first'], ['second', 'third', 'fourth']]);
    builds[1]!.finish();
    await queue.idle();
    expect(builds).toHaveLength(2);
    expect(queue.busy).toBe(false);
  });

  it('goes on after a build that failed', async () => {
    const seen: string[][] = [];
    const queue = createBuildQueue<string>(async (calls) => {
      seen.push(calls);
      if (calls.includes('broken')) throw new Error('build failed');
    });
    queue.add('broken');
    await queue.idle();
    queue.add('next');
    await queue.idle();
    expect(seen).toEqual([['broken'], ['next']]);
  });
});

describe('buildAndDeploy', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'publish-hook-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** A shell command that writes the changes it was handed to `file`. */
  const writeChanges = (file: string) => `node -e "require('fs').writeFileSync(process.argv[1], process.env.PUBLISH_HOOK_CHANGES)" ${JSON.stringify(join(folder, file))}`;
  const calls = [{ changes: [{ type: 'post', id: 1, action: 'update' }] }, { changes: [{ type: 'comment', id: 9, action: 'approve' }] }];

  it('deploys after a build that succeeded, both with every call’s changes', async () => {
    const log: string[] = [];
    const result = await buildAndDeploy({ calls, command: writeChanges('built.json'), deploy: writeChanges('deployed.json'), log: (line) => log.push(line) });
    expect(result).toBe('deployed');
    const changes = [...calls[0]!.changes, ...calls[1]!.changes];
    expect(JSON.parse(readFileSync(join(folder, 'built.json'), 'utf8'))).toEqual(changes);
    expect(JSON.parse(readFileSync(join(folder, 'deployed.json'), 'utf8'))).toEqual(changes);
    expect(log.at(-1)).toMatch(/^built and deployed in \d+\.\d s$/);
  });

  it('does not deploy after a failed build, and says so', async () => {
    const log: string[] = [];
    const result = await buildAndDeploy({ calls, command: 'node -e "process.exit(3)"', deploy: writeChanges('deployed.json'), log: (line) => log.push(line) });
    expect(result).toBe('build failed');
    expect(existsSync(join(folder, 'deployed.json'))).toBe(false);
    expect(log).toContainEqual(expect.stringContaining('exit 3'));
    expect(log.at(-1)).toMatch(/nothing deployed$/);
  });
});
