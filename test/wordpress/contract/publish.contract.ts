/**
 * Publishing (wordpress/emac-reader-publish.php) on the real site: editors'
 * changes reach the build hook in one signed, debounced call, through
 * WP-Cron, and a hook that is down, failing or hanging never stops a save.
 * The receiver is our own scripts/publish-hook.mjs on loopback, running a
 * "build" that writes down the changes it was given.
 *
 * The test site sets DISABLE_WP_CRON, so these tests run due events the way a
 * system cron does: a request to /wp-cron.php.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPublishHook, type PublishHook } from '../../../scripts/publish-hook.mjs';
import { freePort } from '../../../scripts/run-build.mjs';

const secret = 'test-publishing-secret';
// Seconds between two calls: a minute on a real site, short here so the suite need not wait one.
const quiet = 3;

interface Change {
  type: string;
  id: number;
  action: string;
  slug?: string;
  modified_gmt?: string;
  status?: string;
  post?: number;
}
interface Call {
  site: string;
  time: string;
  reason: string;
  changes: Change[];
}
interface Status {
  status: { ok?: boolean; code?: number; answer?: string; attempted?: number; sent?: number; failures?: number };
  queue: Change[];
  next: number | null;
  now: number;
}

function php(...args: string[]): string {
  return execFileSync('php', ['scripts/wordpress/publish.php', ...args], { encoding: 'utf8' });
}
/** Editors' actions, through WordPress's own functions; returns the ids of what they created. */
function edit(actions: object[]): Record<string, number> {
  return JSON.parse(php('do', JSON.stringify(actions))) as Record<string, number>;
}
function configure(settings: object, extra: { quiet?: number; timeout?: number } = {}): void {
  php('configure', JSON.stringify({ settings, quiet, timeout: 5, ...extra }));
}
function status(): Status {
  return JSON.parse(php('status')) as Status;
}
/** What a system cron does on a site with DISABLE_WP_CRON: runs the events that are due. */
async function runCron(): Promise<void> {
  const response = await fetch(`${process.env.WORDPRESS_URL}/wp-cron.php`);
  await response.text();
}
function slugOf(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** A stand-in for a broken build server: answers every call with `status`, or never. */
async function brokenHook(behaviour: { status: number; body: string } | 'hang'): Promise<{ url: string; requests: IncomingMessage[]; close(): Promise<void> }> {
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request);
    request.resume();
    if (behaviour !== 'hang') request.on('end', () => response.writeHead(behaviour.status).end(behaviour.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/build`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const stamp = Date.now();
const title = (name: string) => `Publishing ${name} ${stamp}`;
let hook: PublishHook;
let calls: { at: number; call: Call }[];
let work: string;
const builds = () => (existsSync(join(work, 'builds.txt')) ? readFileSync(join(work, 'builds.txt'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Change[]) : []);
// Everything these tests create, removed at the end so the other suites see the seeded site.
const created: { posts: number[]; categories: number[]; menus: number[] } = { posts: [], categories: [], menus: [] };

beforeAll(async () => {
  execFileSync('php', ['scripts/wordpress/set-option.php', 'emac_reader_publish', '1']);
  work = mkdtempSync(join(tmpdir(), 'emac-publish-'));
  calls = [];
  hook = await startPublishHook({
    secret,
    port: 0,
    // The "build": writes down the changes it was handed, one line per build.
    command: `node -e "require('fs').appendFileSync(process.argv[1], process.env.PUBLISH_HOOK_CHANGES + '\\n')" ${JSON.stringify(join(work, 'builds.txt'))}`,
    onAccepted: (call) => calls.push({ at: Date.now(), call: call as Call }),
    log: () => undefined,
  });
});

afterAll(async () => {
  configure({ url: '' });
  edit([
    ...created.posts.map((ref) => ({ op: 'delete_post', ref })),
    ...created.categories.map((ref) => ({ op: 'delete_term', ref, taxonomy: 'category' })),
    ...created.menus.map((ref) => ({ op: 'delete_menu', ref })),
  ]);
  execFileSync('php', ['scripts/wordpress/set-option.php', 'emac_reader_publish', '0']);
  await hook?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('publishing through the generic hook', () => {
  let ids: Record<string, number>;

  it('sends one signed call, after the saves, covering a whole burst of changes', async () => {
    configure({ url: hook.url, format: 'generic', secret });
    ids = edit([
      { op: 'insert_post', as: 'edited', title: title('edited') },
      { op: 'update_post', ref: 'edited', title: title('edited twice') },
      { op: 'insert_post', as: 'published', title: title('published') },
      { op: 'insert_post', as: 'trashed', title: title('trashed') },
      { op: 'trash_post', ref: 'trashed' },
      { op: 'insert_post', as: 'deleted', title: title('deleted') },
      { op: 'delete_post', ref: 'deleted' },
      { op: 'insert_post', as: 'draft', title: title('draft'), status: 'draft' },
      { op: 'insert_post', as: 'scheduled', title: title('scheduled'), status: 'future', date_gmt: '2036-01-01 09:00:00' },
      { op: 'insert_post', as: 'page', title: title('page'), type: 'page' },
      { op: 'insert_term', as: 'category', name: title('category'), taxonomy: 'category' },
      { op: 'update_term', ref: 'category', taxonomy: 'category', description: 'Changed' },
      { op: 'insert_comment', as: 'comment', post: 'published', content: `Waiting ${stamp}` },
      { op: 'comment_status', ref: 'comment', status: 'approve' },
      { op: 'insert_comment', as: 'held', post: 'published', content: `Still waiting ${stamp}` },
      { op: 'create_menu', as: 'menu', name: title('menu') },
      { op: 'add_menu_item', menu: 'menu', title: 'Contact', url: 'https://example.com/contact' },
    ]);
    created.posts.push(ids.edited!, ids.published!, ids.trashed!, ids.draft!, ids.scheduled!, ids.page!);
    created.categories.push(ids.category!);
    created.menus.push(ids.menu!);

    // Saving called nobody: the changes wait for WP-Cron.
    expect(calls).toHaveLength(0);
    expect(status().queue).toHaveLength(9);

    await runCron();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    const { call } = calls[0]!;
    expect(call.site).toBe(`${process.env.WORDPRESS_URL}/`);
    expect(Date.parse(call.time)).toBeGreaterThan(stamp - 60_000);
    const byKey = Object.fromEntries(call.changes.map((change) => [`${change.type}:${change.id}`, change]));
    const modified = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(byKey).toEqual({
      // Published, then edited before the call: still new to the build.
      [`post:${ids.edited}`]: { type: 'post', id: ids.edited, action: 'publish', status: 'publish', slug: slugOf(title('edited')), modified_gmt: modified },
      [`post:${ids.published}`]: { type: 'post', id: ids.published, action: 'publish', status: 'publish', slug: slugOf(title('published')), modified_gmt: modified },
      // The slug readers know, not WordPress's "__trashed" one.
      [`post:${ids.trashed}`]: { type: 'post', id: ids.trashed, action: 'trash', status: 'trash', slug: slugOf(title('trashed')), modified_gmt: modified },
      [`post:${ids.deleted}`]: { type: 'post', id: ids.deleted, action: 'delete', status: 'publish', slug: slugOf(title('deleted')), modified_gmt: modified },
      [`post:${ids.scheduled}`]: { type: 'post', id: ids.scheduled, action: 'schedule', status: 'future', slug: slugOf(title('scheduled')), modified_gmt: modified },
      [`page:${ids.page}`]: { type: 'page', id: ids.page, action: 'publish', status: 'publish', slug: slugOf(title('page')), modified_gmt: modified },
      [`category:${ids.category}`]: { type: 'category', id: ids.category, action: 'create', slug: slugOf(title('category')) },
      [`comment:${ids.comment}`]: { type: 'comment', id: ids.comment, action: 'approve', post: ids.published, slug: slugOf(title('published')) },
      [`nav_menu:${ids.menu}`]: { type: 'nav_menu', id: ids.menu, action: 'create', slug: slugOf(title('menu')) },
    });
    expect(call.changes).toHaveLength(9);

    // The receiver ran one build with those changes.
    await hook.idle();
    expect(builds()).toEqual([call.changes]);
    const after = status();
    expect(after.status).toMatchObject({ ok: true, code: 202, failures: 0 });
    expect(after.queue).toEqual([]);
    expect(after.next).toBeNull();
  });

  it('holds a second burst until the quiet period after the last call is over, then sends all of it (a scheduled post going live, a block menu, deletions)', async () => {
    const first = calls.length;
    const more = edit([
      { op: 'update_post', ref: ids.published, title: title('published, corrected') },
      { op: 'comment_status', ref: ids.comment, status: 'hold' },
      // What WP-Cron does when a scheduled post's time has come.
      { op: 'publish_scheduled', ref: ids.scheduled },
      { op: 'insert_post', as: 'navigation', title: title('navigation'), type: 'wp_navigation' },
      { op: 'delete_term', ref: ids.category, taxonomy: 'category' },
      { op: 'delete_menu', ref: ids.menu },
    ]);
    created.posts.push(more.navigation!);
    created.categories.splice(created.categories.indexOf(ids.category!), 1);
    created.menus.splice(created.menus.indexOf(ids.menu!), 1);
    const waiting = status();
    expect(waiting.next).toBeGreaterThanOrEqual(waiting.status.attempted! + quiet);

    await vi.waitFor(
      async () => {
        await runCron();
        expect(calls).toHaveLength(first + 1);
      },
      { timeout: 30_000, interval: 250 },
    );
    const second = calls[first]!;
    expect(second.at - calls[first - 1]!.at).toBeGreaterThanOrEqual((quiet - 1) * 1000);
    expect(second.call.changes.map(({ type, id, action }) => ({ type, id, action }))).toEqual([
      { type: 'post', id: ids.published, action: 'update' },
      { type: 'comment', id: ids.comment, action: 'unapprove' },
      { type: 'post', id: ids.scheduled, action: 'publish' },
      { type: 'wp_navigation', id: more.navigation, action: 'publish' },
      { type: 'category', id: ids.category, action: 'delete' },
      { type: 'nav_menu', id: ids.menu, action: 'delete' },
    ]);
    await hook.idle();
    expect(builds()).toHaveLength(2);
  });

  it('ignores changes readers never see: drafts and comments still held', async () => {
    const before = calls.length;
    const more = edit([
      { op: 'insert_post', as: 'another draft', title: title('another draft'), status: 'draft' },
      { op: 'update_post', ref: 'another draft', title: title('another draft, edited') },
      { op: 'insert_comment', as: 'held again', post: ids.published, content: `Held ${stamp}` },
    ]);
    created.posts.push(more['another draft']!);
    expect(status().queue).toEqual([]);
    await runCron();
    expect(calls).toHaveLength(before);
  });

  it('refuses a call without the secret’s signature', async () => {
    const stranger = await fetch(hook.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ changes: [] }) });
    expect(stranger.status).toBe(401);
    const forged = await fetch(hook.url, {
      method: 'POST',
      headers: { 'X-Emac-Timestamp': String(Math.floor(Date.now() / 1000)), 'X-Emac-Signature': `sha256=${'0'.repeat(64)}` },
      body: '{}',
    });
    expect(forged.status).toBe(401);
  });
});

/** A person signed in to wp-admin: a cookie jar over fetch, as a browser keeps one. */
class WpAdmin {
  private cookies = new Map<string, string>([['wordpress_test_cookie', 'WP%20Cookie%20check']]);

  async request(path: string, form?: Record<string, string>): Promise<{ status: number; location: string | null; html: string }> {
    const response = await fetch(`${process.env.WORDPRESS_URL}${path}`, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        Cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form) : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const equals = pair.indexOf('=');
      this.cookies.set(pair.slice(0, equals), pair.slice(equals + 1));
    }
    return { status: response.status, location: response.headers.get('Location'), html: await response.text() };
  }

  /** Where a redirect sends the browser. */
  follow(answer: { location: string | null }) {
    const to = new URL(answer.location!, process.env.WORDPRESS_URL);
    return this.request(`${to.pathname}${to.search}`);
  }

  async signIn(login: string, password: string): Promise<void> {
    const answer = await this.request('/wp-login.php', { log: login, pwd: password, testcookie: '1', 'wp-submit': 'Log In', redirect_to: '/wp-admin/' });
    expect(answer.status, `signing in as ${login}`).toBe(302);
  }
}

/** The value of a hidden field of the page's forms. */
function field(html: string, name: string): string {
  const value = new RegExp(`name="${name.replace(/[[\]]/g, '\\$&')}" value="([^"]*)"`).exec(html)?.[1];
  if (value === undefined) throw new Error(`no field ${name} in the page`);
  return value;
}

describe('the settings page in wp-admin', () => {
  const page = '/wp-admin/options-general.php?page=emac-publish';
  const password = `Publishing-${stamp}`;
  const settings = (values: Record<string, string>, html: string) => ({
    option_page: 'emac_publish',
    action: 'update',
    _wpnonce: field(html, '_wpnonce'),
    _wp_http_referer: page,
    ...Object.fromEntries(Object.entries(values).map(([key, value]) => [`emac_publish_settings[${key}]`, value])),
  });

  beforeAll(() => {
    php('user', `publisher-${stamp}`, 'administrator', password);
    php('user', `writer-${stamp}`, 'author', password);
  });
  afterAll(() => {
    php('user', `publisher-${stamp}`, 'remove');
    php('user', `writer-${stamp}`, 'remove');
  });

  it('saves the hook through the Settings API, refuses a URL that is not http(s), keeps the secret when left empty, and sends on request', async () => {
    configure({ url: '' });
    const admin = new WpAdmin();
    await admin.signIn(`publisher-${stamp}`, password);

    let form = await admin.request(page);
    expect(form.status).toBe(200);
    const refused = await admin.request('/wp-admin/options.php', settings({ url: 'javascript:alert(1)', format: 'generic', secret }, form.html));
    expect(refused.status).toBe(302);
    // Where options.php sends the browser back: the page, with the form's errors.
    expect(refused.location).toContain('settings-updated=true');
    form = await admin.follow(refused);
    expect(form.html).toContain('The build hook URL must start with https:// or http://.');
    expect(form.html).toContain('name="emac_publish_settings[url]" value=""');

    expect((await admin.request('/wp-admin/options.php', settings({ url: hook.url, format: 'generic', secret }, form.html))).status).toBe(302);
    form = await admin.request(page);
    expect(form.html).toContain(`name="emac_publish_settings[url]" value="${hook.url}"`);
    // The secret is never printed back.
    expect(form.html).not.toContain(secret);
    // Saved again with the secret field left empty, as the form comes: the saved secret stays.
    expect((await admin.request('/wp-admin/options.php', settings({ url: hook.url, format: 'generic', secret: '' }, form.html))).status).toBe(302);
    form = await admin.request(page);

    const before = calls.length;
    const sent = await admin.request('/wp-admin/admin-post.php', { action: 'emac_publish_send_now', _emac_publish_nonce: field(form.html, '_emac_publish_nonce') });
    expect(sent.status).toBe(302);
    expect(sent.location).toContain('emac_publish_sent=1');
    // The receiver accepts only calls signed with the secret: this one was.
    expect(calls).toHaveLength(before + 1);
    expect(calls[before]!.call).toMatchObject({ reason: 'manual', changes: [] });
    const after = await admin.follow(sent);
    expect(after.html).toContain('Sent: the build hook accepted the call.');
    expect(after.html).toMatch(/Last answer<\/th><td>✓ 202 Accepted/);
  });

  it('is not for authors, nor is its Send now button', async () => {
    const author = new WpAdmin();
    await author.signIn(`writer-${stamp}`, password);
    expect((await author.request(page)).status).toBe(403);
    const before = calls.length;
    const sent = await author.request('/wp-admin/admin-post.php', { action: 'emac_publish_send_now', _emac_publish_nonce: 'guessed' });
    expect(sent.status).toBe(403);
    expect(calls).toHaveLength(before);
  });
});

describe('publishing through GitHub’s repository_dispatch', () => {
  it('posts event_type and client_payload with the token as a bearer', async () => {
    const received: { path?: string; headers: IncomingMessage['headers']; body: string }[] = [];
    const github = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({ path: request.url, headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve));
    const { port } = github.address() as { port: number };
    try {
      configure({ url: `http://127.0.0.1:${port}/repos/emac/news-reader/dispatches`, format: 'github', token: 'github_pat_test', event_type: 'wordpress-changed' });
      const { post } = edit([{ op: 'insert_post', as: 'post', title: title('for github') }]);
      created.posts.push(post!);
      await runCron();
      await vi.waitFor(() => expect(received).toHaveLength(1));
      const [request] = received as [(typeof received)[0]];
      expect(request.path).toBe('/repos/emac/news-reader/dispatches');
      expect(request.headers.authorization).toBe('Bearer github_pat_test');
      expect(request.headers.accept).toBe('application/vnd.github+json');
      const body = JSON.parse(request.body) as { event_type: string; client_payload: Call };
      expect(body.event_type).toBe('wordpress-changed');
      expect(body.client_payload.changes).toEqual([expect.objectContaining({ type: 'post', id: post, action: 'publish' })]);
      expect(status().status).toMatchObject({ ok: true, code: 204 });
    } finally {
      await new Promise((resolve) => github.close(resolve));
    }
  });
});

describe('when the build hook is down, failing or slow', () => {
  const phpLog = () => readFileSync(join(process.env.WORDPRESS_WORK!, 'php.log'), 'utf8');

  it('saves, records the refused connection, tells administrators and keeps the change', async () => {
    configure({ url: `http://127.0.0.1:${await freePort()}/build`, format: 'generic', secret }, { quiet: 1 });
    const { post } = edit([{ op: 'insert_post', as: 'post', title: title('while down') }]);
    created.posts.push(post!);
    await runCron();
    const failed = status();
    expect(failed.status).toMatchObject({ ok: false, code: 0, failures: 1 });
    expect(failed.status.answer).toMatch(/refused|connect/i);
    expect(failed.queue).toEqual([expect.objectContaining({ id: post, action: 'publish' })]);
    expect(failed.next).toBeGreaterThan(failed.status.attempted!);
    expect(phpLog()).toContain('EMAC Reader publishing: the build hook');

    const notice = php('notice', '1');
    expect(notice).toContain('The reader was not rebuilt.');
    expect(notice).toContain(failed.status.answer);
    expect(notice).toContain('1 change(s) are waiting');
    // Authors cannot change the hook: they are not bothered with it.
    expect(php('notice', '2')).toBe('');
    const page = php('page');
    expect(page).toMatch(/Pending changes<\/th><td>1</);
    expect(page).toContain(failed.status.answer);
  });

  it('records a server error with its answer, and sends the change once the hook is back', async () => {
    const failing = await brokenHook({ status: 500, body: 'Build server on fire' });
    try {
      configure({ url: failing.url, format: 'generic', secret }, { quiet: 1 });
      const { post } = edit([{ op: 'insert_post', as: 'post', title: title('while failing') }]);
      created.posts.push(post!);
      await runCron();
      expect(failing.requests).toHaveLength(1);
      const failed = status();
      expect(failed.status).toMatchObject({ ok: false, code: 500 });
      expect(failed.status.answer).toContain('Build server on fire');
      expect(php('notice', '1')).toContain('Build server on fire');

      // The site owner fixes the hook: the queued change goes out with the retry.
      php('configure', JSON.stringify({ settings: { url: hook.url, format: 'generic', secret }, quiet: 1, timeout: 5, keep: true }));
      const before = calls.length;
      await vi.waitFor(
        async () => {
          await runCron();
          expect(calls).toHaveLength(before + 1);
        },
        { timeout: 30_000, interval: 250 },
      );
      expect(calls[before]!.call.changes).toEqual([expect.objectContaining({ id: post, action: 'publish' })]);
      expect(status().status).toMatchObject({ ok: true, failures: 0 });
      expect(php('notice', '1')).toBe('');
    } finally {
      await failing.close();
    }
  });

  it('saves without waiting for a hook that hangs, and gives up on it after the timeout', async () => {
    const hanging = await brokenHook('hang');
    try {
      configure({ url: hanging.url, format: 'generic', secret }, { quiet: 1, timeout: 1 });
      const { post } = edit([
        { op: 'insert_post', as: 'post', title: title('while hanging') },
        { op: 'update_post', ref: 'post', title: title('while hanging, edited') },
      ]);
      created.posts.push(post!);
      // The saves are done and the hook was never called: the save path does no HTTP.
      expect(hanging.requests).toHaveLength(0);
      await runCron();
      expect(hanging.requests).toHaveLength(1);
      const failed = status();
      expect(failed.status).toMatchObject({ ok: false, code: 0 });
      expect(failed.status.answer).toMatch(/timed out/i);
      expect(failed.queue).toHaveLength(1);
    } finally {
      await hanging.close();
    }
  });
});
