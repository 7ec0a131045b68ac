/**
 * The build against the real WordPress: after editors edit, publish,
 * unpublish and delete posts and approve a comment, an incremental build
 * gives the same dist/ tree, file for file, as a full build; and pages
 * rendered from the build's bulk read are the same, byte for byte, as pages
 * whose every query read WordPress itself.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesUnder, treeDifferences } from '../../tree-differences';
import { runBuild } from '../../../scripts/run-build.mjs';

const env = { VITE_WP_API_URL: `${process.env.WORDPRESS_URL}/wp-json`, VITE_SITE_URL: 'http://localhost:4173' };
const run = `build-${Date.now().toString(36)}`;
const title = (name: string) => `Incremental ${name} ${run}`;
const slug = (name: string) => title(name).toLowerCase().replace(/[^a-z0-9]+/g, '-');
let dir: string;
let ids: Record<string, number> = {};
let busiest: { id: number } | undefined;
const post = (as: string, extra: object = {}) => ({ op: 'insert_post', as, title: title(as), categories: [busiest!.id], ...extra });

/** Editors' actions, through WordPress's own functions (scripts/wordpress/publish.php). */
function edit(actions: object[]): Record<string, number> {
  return JSON.parse(execFileSync('php', ['scripts/wordpress/publish.php', 'do', JSON.stringify(actions)], { encoding: 'utf8' })) as Record<string, number>;
}

const page = (out: string, path: string) => join(out, path, 'index.html');
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString().slice(0, 19).replace('T', ' ');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'reader-incremental-wp-'));
  // In the busiest section, which stays the menu's first: a new section, or a new order of them, changes every page's menu.
  [busiest] = (await (await fetch(`${env.VITE_WP_API_URL}/wp/v2/categories?per_page=1&hide_empty=true&orderby=count&order=desc&_fields=id`)).json()) as { id: number }[];
  // Distinct times: posts of the same second have no order WordPress promises.
  ids = edit([
    post('edited', { date_gmt: minutesAgo(4) }),
    post('unpublished', { date_gmt: minutesAgo(3) }),
    post('deleted', { date_gmt: minutesAgo(2) }),
    post('commented', { date_gmt: minutesAgo(1) }),
    // An older post not yet public, published later without its `modified` changing, as WP-Cron publishes a scheduled post.
    post('scheduled', { status: 'private', date_gmt: '2020-06-01 08:00:00' }),
    { op: 'insert_comment', as: 'comment', post: 'commented', content: `A comment approved after the build ${run}` },
  ]);
  await runBuild({ out: join(dir, 'incremental'), env });
}, 180_000);

afterAll(() => {
  // One by one: a post the test deleted already cannot be deleted again.
  for (const id of Object.entries(ids).filter(([name]) => name !== 'comment').map(([, id]) => id)) {
    try {
      edit([{ op: 'delete_post', ref: id }]);
    } catch {
      // gone already
    }
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('an incremental build after edits, publishing, unpublishing, deleting and an approved comment equals a full build', async () => {
  const out = join(dir, 'incremental');
  // An article in the middle of the site and in another section: none of the changes is its neighbour or among its related articles.
  const [middle] = (await (await fetch(`${env.VITE_WP_API_URL}/wp/v2/posts?per_page=1&page=10&categories_exclude=${busiest!.id}&_fields=slug`)).json()) as { slug: string }[];
  const untouched = statSync(page(out, `news/${middle!.slug}`)).mtimeMs;
  const made = edit([
    { op: 'update_post', ref: ids.edited, title: title('edited, with a new title') },
    { op: 'set_status', ref: ids.unpublished, status: 'draft' },
    { op: 'delete_post', ref: ids.deleted },
    post('published'),
    { op: 'publish_scheduled', ref: ids.scheduled },
    { op: 'comment_status', ref: ids.comment, status: 'approve' },
  ]);
  ids = { ...ids, ...made };

  const log = await runBuild({ out, env });
  expect(log).toMatch(/kept [1-9]\d* unchanged/);
  expect(log).toMatch(/WordPress read \d+ post\(s\) modified since, 2 gone, 1 new comment\(s\)/);
  await runBuild({ out: join(dir, 'full'), env, args: ['--full'] });
  expect(treeDifferences(out, join(dir, 'full'))).toEqual([]);

  expect(readFileSync(page(out, `news/${slug('edited')}`), 'utf8')).toContain(title('edited, with a new title'));
  expect(existsSync(page(out, `news/${slug('unpublished')}`))).toBe(false);
  expect(existsSync(page(out, `news/${slug('deleted')}`))).toBe(false);
  expect(readFileSync(page(out, ''), 'utf8')).not.toContain(title('deleted'));
  expect(readFileSync(page(out, `news/${slug('published')}`), 'utf8')).toContain(title('published'));
  expect(readFileSync(page(out, `news/${slug('scheduled')}`), 'utf8')).toContain(title('scheduled'));
  expect(readFileSync(page(out, `news/${slug('commented')}`), 'utf8')).toContain(`A comment approved after the build ${run}`);
  // A page none of this touched was not written again.
  expect(Math.abs(statSync(page(out, `news/${middle!.slug}`)).mtimeMs - untouched)).toBeLessThan(1);
}, 180_000);

it('renders pages from its bulk read exactly as from every page reading WordPress itself', async () => {
  await runBuild({ out: join(dir, 'live'), env, args: ['--live'] });
  expect(filesUnder(join(dir, 'live')).filter((file) => file.endsWith('index.html')).length).toBeGreaterThan(60);
  expect(treeDifferences(join(dir, 'live'), join(dir, 'full'))).toEqual([]);
}, 180_000);
