import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { db, type DbPost } from '@/mocks/db';
import { readSnapshot } from './snapshot';

/** The site as the reader lists it: newest published post first. */
const published = () => db.posts.filter((post) => post.status === 'publish').sort((a, b) => b.date.localeCompare(a.date)) as [DbPost, ...DbPost[]];
const ids = (records: readonly { id: number }[]) => records.map((record) => record.id);

it('reads every published post, approved comment, category and tag, with the fields the reader reads', async () => {
  const { snapshot, report } = await readSnapshot();
  expect(ids(snapshot.posts)).toEqual(ids(published()).sort((a, b) => a - b));
  // A visitor sees no comment of a password-protected post, nor pingbacks and trackbacks (listed to signed-in users only).
  const open = new Set(published().filter((post) => !post.password).map((post) => post.id));
  const visible = db.comments.filter((comment) => comment.status === 'approved' && open.has(comment.post) && (comment.type ?? 'comment') === 'comment');
  expect(ids(snapshot.comments)).toEqual(ids(visible).sort((a, b) => a - b));
  expect(snapshot.categories.length).toBe(db.categories.length);
  expect(Object.keys(snapshot.posts[0]!).sort()).toEqual(expect.arrayContaining(['_embedded', 'content', 'date', 'slug', 'title']));
  expect(snapshot.posts[0]).not.toHaveProperty('guid');
  expect(report.mode).toBe('full');
});

it('after a build, reads only what changed, and comes to the same snapshot as a full read', async () => {
  const { snapshot: before } = await readSnapshot();
  const [latest, edited, , removed] = published() as [DbPost, DbPost, DbPost, DbPost];
  edited.title = 'A title edited after the build';
  edited.modified = '2030-01-01T10:00:00';
  edited.modified_gmt = '2030-01-01T02:00:00';
  removed.status = 'draft';
  // Published without its `modified` changing, as WP-Cron publishes a scheduled post.
  db.posts.push({ ...latest, id: 9001, slug: 'went-live-on-schedule', modified: '2001-01-01T00:00:00', modified_gmt: '2001-01-01T00:00:00' });
  const held = db.comments.find((comment) => comment.status === 'hold')!;
  held.status = 'approved';
  const spam = db.comments.find((comment) => comment.status === 'approved' && comment.id !== held.id)!;
  spam.status = 'hold';

  const { snapshot: after, report } = await readSnapshot(before);
  // Read again: the two, and whatever was saved in the minutes before the last build's newest change (a margin).
  expect(report).toMatchObject({ mode: 'incremental', postsRemoved: 1, commentsAdded: 1 });
  expect(report.postsRead).toBeGreaterThanOrEqual(2);
  expect(report.postsRead).toBeLessThan(5);
  // The one put on hold, and the unpublished post's.
  expect(report.commentsRemoved).toBe(1 + db.comments.filter((comment) => comment.post === removed.id && comment.status === 'approved').length);
  expect(after).toEqual((await readSnapshot()).snapshot);
  expect(after.posts.find((post) => post.id === edited.id)?.title).toEqual({ rendered: 'A title edited after the build' });
});

it('asks a busy WordPress again after a pause, and takes its answer', async () => {
  let refused = 0;
  server.use(
    http.get('*/wp-json/wp/v2/tags', () => {
      refused += 1;
      return refused === 1 ? HttpResponse.json({ code: 'too_many', message: 'Slow down', data: { status: 429 } }, { status: 429 }) : undefined;
    }),
  );
  const { snapshot } = await readSnapshot();
  expect(snapshot.tags.length).toBe(db.tags.length);
});

it('waits as long as a busy WordPress asks (Retry-After) before asking again', async () => {
  const askedAt: number[] = [];
  server.use(
    http.get('*/wp-json/wp/v2/tags', () => {
      askedAt.push(Date.now());
      if (askedAt.length > 1) return undefined;
      return HttpResponse.json({ code: 'too_many', message: 'Slow down', data: { status: 429 } }, { status: 429, headers: { 'Retry-After': '2' } });
    }),
  );
  const { snapshot } = await readSnapshot();
  expect(snapshot.tags.length).toBe(db.tags.length);
  // Not the first pause of half a second: the two seconds WordPress asked for.
  expect(askedAt[1]! - askedAt[0]!).toBeGreaterThanOrEqual(1900);
});

it('fails at once, saying so, when WordPress asks for a wait longer than a build sits idle', async () => {
  let asked = 0;
  server.use(
    http.get('*/wp-json/wp/v2/tags', () => {
      asked += 1;
      return new HttpResponse('Rate limited', { status: 503, headers: { 'Retry-After': '3600' } });
    }),
  );
  await expect(readSnapshot()).rejects.toThrow('WordPress asked the build to wait 3600 s before asking /tags again (HTTP 503, Retry-After); build again later.');
  expect(asked).toBe(1);
});

it('fails with WordPress’s own words when it refuses, without asking again', async () => {
  let asked = 0;
  server.use(
    http.get('*/wp-json/wp/v2/comments', () => {
      asked += 1;
      return HttpResponse.json({ code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.', data: { status: 401 } }, { status: 401 });
    }),
  );
  await expect(readSnapshot()).rejects.toThrow(/WordPress did not answer \/comments \(HTTP 401\): Sorry, you are not allowed to do that\./);
  expect(asked).toBe(1);
});
