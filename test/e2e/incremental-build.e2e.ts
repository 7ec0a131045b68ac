/**
 * The incremental build against a WordPress over HTTP: after a post is
 * published, edited and unpublished, only what changed is rendered again, the
 * unpublished post's page is gone, and the tree is the one a full build makes;
 * a site that cannot be read leaves the last build as it was.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { db, resetDb, type DbPost } from '@/mocks/db';
import { startStandInWordPress, type StandInWordPress } from '@/mocks/stand-in-wordpress';
import { treeDifferences } from '../tree-differences';
import { runBuild } from '../../scripts/run-build.mjs';

let wordpress: StandInWordPress;
let out: string;
const env = () => ({ VITE_WP_API_URL: wordpress.apiRoot, VITE_SITE_URL: 'http://localhost:4173' });
const page = (path: string) => join(out, path, 'index.html');

beforeAll(async () => {
  wordpress = await startStandInWordPress();
  out = join(mkdtempSync(join(tmpdir(), 'reader-incremental-')), 'dist');
  await runBuild({ out, env: env() });
}, 180_000);

afterAll(async () => {
  await wordpress?.close();
  resetDb();
  if (out) rmSync(join(out, '..'), { recursive: true, force: true });
});

it('renders new and edited posts and their neighbours, and removes unpublished ones', async () => {
  // Drafts and protected posts are left out of the neighbours this test counts.
  const newest = db.posts.filter((post) => post.status === 'publish' && !post.password).sort((a, b) => b.date_gmt.localeCompare(a.date_gmt));
  const [latest, second] = newest as [DbPost, DbPost];
  // The new post and the unpublished one are of the same sections, so the menu (busiest section first) keeps its order:
  // a new order would change every page. The untouched article is of other sections, so none of this is among its related articles.
  const sameSections = (post: DbPost) => post.categories.join() === latest.categories.join();
  const unpublished = newest.slice(25).find(sameSections)!;
  const untouched = newest.slice(10, 25).find((post) => !post.categories.some((id) => latest.categories.includes(id)))!;
  const untouchedBefore = statSync(page(`news/${untouched.slug}`)).mtimeMs;

  const now = new Date().toISOString().slice(0, 19);
  db.posts.push({ ...latest, status: 'publish', id: 9001, slug: 'published-after-the-build', title: 'Published After the Build', date: now, date_gmt: now, modified: now, modified_gmt: now });
  second.title = 'An Edited Title';
  second.modified = now;
  second.modified_gmt = now;
  db.posts.splice(db.posts.indexOf(unpublished), 1);

  const log = await runBuild({ out, env: env() });
  expect(log).toMatch(/kept [1-9]\d* unchanged/);

  expect(readFileSync(page('news/published-after-the-build'), 'utf8')).toContain('Published After the Build');
  expect(readFileSync(page(`news/${second.slug}`), 'utf8')).toContain('An Edited Title');
  // The old newest post's "next article" now names the new one.
  expect(readFileSync(page(`news/${latest.slug}`), 'utf8')).toContain('Published After the Build');
  expect(readFileSync(page(''), 'utf8')).toContain('Published After the Build');
  expect(existsSync(page(`news/${unpublished.slug}`))).toBe(false);
  // Not written again (a copy keeps its time to within a millisecond).
  expect(Math.abs(statSync(page(`news/${untouched.slug}`)).mtimeMs - untouchedBefore)).toBeLessThan(1);

  const full = join(out, '..', 'full');
  await runBuild({ out: full, env: env(), args: ['--full'] });
  expect(treeDifferences(out, full)).toEqual([]);
}, 120_000);

it('leaves the last build as it was when the site cannot be read', async () => {
  const before = readFileSync(page(''), 'utf8');
  await wordpress.close();
  await expect(runBuild({ out, env: env() })).rejects.toThrow(/the site could not be read \(WordPress did not answer[\s\S]*Nothing was written to \S+dist\./);
  expect(readFileSync(page(''), 'utf8')).toBe(before);
  wordpress = await startStandInWordPress();
}, 120_000);
