/**
 * The mock must behave like WordPress, or the reader would pass here and fail
 * on a real site. These requests go through fetch to the MSW handlers.
 */
import { db } from '../db';
import { get, post } from '../../../test/wordpress-requests';
import { referenceSlug, referenceTitle } from '../../../test/reference-page';

type Post = { id: number; slug: string; title: { rendered: string }; categories: number[]; _embedded?: Record<string, unknown> };

describe('posts', () => {
  it('pages ten at a time with X-WP-Total, X-WP-TotalPages and Link headers', async () => {
    const { response, body } = await get('/posts?page=2');
    const total = db.posts.filter((post) => post.status === 'publish').length;
    expect(response.headers.get('X-WP-Total')).toBe(String(total));
    expect(response.headers.get('X-WP-TotalPages')).toBe(String(Math.ceil(total / 10)));
    expect(response.headers.get('Link')).toMatch(/page=1>; rel="prev", <.*page=3>; rel="next"/);
    expect(body).toHaveLength(10);
  });

  it('lists newest first', async () => {
    const { body } = await get('/posts?per_page=100&_fields=id,date');
    const dates = (body as { date: string }[]).map((post) => post.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses per_page above 100 and pages past the last one, as WordPress does', async () => {
    const tooMany = await get('/posts?per_page=101');
    expect(tooMany.response.status).toBe(400);
    expect(tooMany.body).toMatchObject({ code: 'rest_invalid_param', data: { status: 400 } });

    const pastEnd = await get('/posts?page=99');
    expect(pastEnd.response.status).toBe(400);
    expect(pastEnd.body).toMatchObject({ code: 'rest_post_invalid_page_number' });
  });

  it('finds a post by slug, and answers an unknown slug with an empty list', async () => {
    const found = await get(`/posts?slug=${referenceSlug}`);
    expect((found.body as Post[])[0]?.title.rendered).toBe(referenceTitle);
    const missing = await get('/posts?slug=no-such-post');
    expect(missing.response.status).toBe(200);
    expect(missing.body).toEqual([]);
  });

  it('searches titles and content, every word', async () => {
    const { body } = await get('/posts?search=Rapidus%20foundry');
    expect((body as Post[]).map((post) => post.slug)).toContain(referenceSlug);
    const none = await get('/posts?search=Rapidus%20zeppelin');
    expect(none.body).toEqual([]);
    expect(none.response.headers.get('X-WP-Total')).toBe('0');
  });

  it('filters by category and tag', async () => {
    const category = db.categories.find((term) => term.slug === 'global-onsite-activity')!;
    const { body } = await get(`/posts?categories=${category.id}&per_page=100`);
    expect((body as Post[]).length).toBeGreaterThan(0);
    expect((body as Post[]).every((post) => post.categories.includes(category.id))).toBe(true);

    const tag = db.tags.find((term) => db.posts.some((post) => post.tags.includes(term.id)))!;
    const tagged = await get(`/posts?tags=${tag.id}&per_page=100`);
    expect((tagged.body as Post[]).length).toBe(db.posts.filter((post) => post.tags.includes(tag.id)).length);
  });

  it('embeds the author, featured media and terms on request', async () => {
    const { body } = await get(`/posts?slug=${referenceSlug}&_embed`);
    const embedded = (body as Post[])[0]?._embedded as Record<string, unknown[]>;
    expect(embedded.author).toHaveLength(1);
    const terms = embedded['wp:term'] as { name: string; taxonomy: string }[][];
    expect(terms[0]?.map((term) => term.name)).toEqual(['Global Onsite Activity']);
    const withImage = db.posts.find((post) => post.featured_media > 0)!;
    const media = await get(`/posts?slug=${withImage.slug}&_embed=wp:featuredmedia`);
    const item = (media.body as Post[])[0]!;
    expect(item._embedded?.['wp:featuredmedia']).toHaveLength(1);
    expect(item._embedded?.author).toBeUndefined();
  });

  it('answers an unknown post id with rest_post_invalid_id', async () => {
    const { response, body } = await get('/posts/999999');
    expect(response.status).toBe(404);
    expect(body).toMatchObject({ code: 'rest_post_invalid_id' });
  });

  it('answers a draft by id with rest_forbidden and leaves it out of lists', async () => {
    const draft = db.posts.find((post) => post.status === 'draft')!;
    const byId = await get(`/posts/${draft.id}`);
    expect(byId.response.status).toBe(401);
    expect(byId.body).toMatchObject({ code: 'rest_forbidden' });
    expect((await get(`/posts?slug=${draft.slug}`)).body).toEqual([]);
  });
});

describe('categories and tags', () => {
  it('lists categories with counts and finds one by slug', async () => {
    const { body } = await get('/categories?per_page=100');
    const terms = body as { name: string; count: number; slug: string }[];
    expect(terms.length).toBeGreaterThanOrEqual(4);
    expect(terms.find((term) => term.slug === 'global-onsite-activity')?.count).toBeGreaterThan(0);
    const unknown = await get('/tags?slug=nothing-here');
    expect(unknown.body).toEqual([]);
  });
});

describe('comments', () => {
  const openPost = () => db.posts.find((post) => post.comment_status === 'open')!;
  const comment = (body: Record<string, unknown>) => post('/comments', body);

  it('lists only approved comments, with parent ids for threads', async () => {
    const withReplies = db.comments.find((comment) => comment.parent > 0 && comment.status === 'approved')!;
    const { body } = await get(`/comments?post=${withReplies.post}&per_page=100`);
    const comments = body as { id: number; parent: number; status: string }[];
    expect(comments.some((comment) => comment.parent === withReplies.parent)).toBe(true);
    expect(comments.every((comment) => comment.status === 'approved')).toBe(true);
    const onlyReplies = await get(`/comments?post=${withReplies.post}&parent=${withReplies.parent}`);
    expect((onlyReplies.body as { parent: number }[]).every((comment) => comment.parent === withReplies.parent)).toBe(true);
  });

  it('creates a comment with 201, and escapes markup in it', async () => {
    const target = openPost();
    const { response, body } = await comment({ post: target.id, author_name: 'Ada', author_email: 'ada@example.com', content: 'Hi <script>x</script>' });
    expect(response.status).toBe(201);
    // A first comment waits for a moderator, as WordPress's default "previously approved" rule says.
    expect(body).toMatchObject({ post: target.id, status: 'hold', author_name: 'Ada' });
    expect((body.content as { rendered: string }).rendered).not.toContain('<script>');
  });

  it('holds a comment for moderation when the site says so', async () => {
    db.settings.commentModeration = true;
    const { response, body } = await comment({ post: openPost().id, author_name: 'Ada', author_email: 'ada@example.com', content: 'Held' });
    expect(response.status).toBe(201);
    expect(body.status).toBe('hold');
  });

  it('refuses bad input with WordPress error codes', async () => {
    const id = openPost().id;
    expect((await comment({ post: id, author_name: '', author_email: '', content: 'x' })).body.code).toBe('rest_comment_author_data_required');
    expect((await comment({ post: id, author_name: 'A', author_email: 'a@example.com', content: '  ' })).body.code).toBe('rest_comment_content_invalid');
    const closed = db.posts.find((p) => p.comment_status === 'closed')!;
    const refused = await comment({ post: closed.id, author_name: 'A', author_email: 'a@example.com', content: 'x' });
    expect(refused.response.status).toBe(403);
    expect(refused.body.code).toBe('rest_comment_closed');
    db.settings.commentRegistrationRequired = true;
    const login = await comment({ post: id, author_name: 'A', author_email: 'a@example.com', content: 'x' });
    expect(login.response.status).toBe(401);
    expect(login.body.code).toBe('rest_comment_login_required');
  });

  it('publishes a returning reader’s comment at once and holds a newcomer’s', async () => {
    const known = db.comments.find((comment) => comment.status === 'approved')!;
    const target = db.posts.find((post) => post.comment_status === 'open' && !post.password && post.status === 'publish')!;
    const send = (author_name: string, author_email: string) => comment({ post: target.id, author_name, author_email, content: `Hello from ${author_name}` });
    expect((await send(known.author_name, known.author_email)).body.status).toBe('approved');
    expect((await send('Newcomer', 'newcomer@example.com')).body.status).toBe('hold');
  });
});

