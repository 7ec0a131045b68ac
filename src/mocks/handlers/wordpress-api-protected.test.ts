/**
 * A password-protected post, as WordPress 6 answers a reader who is not logged
 * in: the mock must withhold what WordPress withholds, or the reader would show
 * here what a real site refuses.
 */
import { db } from '../db';
import { get, post } from '../../../test/wordpress-requests';

describe('a password-protected post, as WordPress 6 answers an anonymous reader', () => {
  const locked = () => db.posts.find((p) => p.password)!;
  type Protected = { id: number; title: { rendered: string }; content: { rendered: string; protected: boolean }; excerpt: { rendered: string; protected: boolean } };

  it('lists the post with its title, and its content and excerpt withheld', async () => {
    const { body } = await get(`/posts?slug=${locked().slug}`);
    const [listed] = body as Protected[];
    expect(listed!.title.rendered).toBe(locked().title);
    expect(listed!.content).toEqual({ rendered: '', protected: true });
    expect(listed!.excerpt).toEqual({ rendered: '', protected: true });
    const byId = await get(`/posts/${locked().id}`);
    expect(byId.body).toMatchObject({ content: { rendered: '', protected: true }, excerpt: { rendered: '', protected: true } });
  });

  it('gives the content for the right ?password= on the post, and refuses a wrong one with 403', async () => {
    const right = await get(`/posts/${locked().id}?password=${locked().password}`);
    expect((right.body as Protected).content).toEqual({ rendered: locked().content, protected: true });
    const wrong = await get(`/posts/${locked().id}?password=guess`);
    expect(wrong.response.status).toBe(403);
    expect(wrong.body).toMatchObject({ code: 'rest_post_incorrect_password', data: { status: 403 } });
  });

  it('refuses its comments with 401 rest_cannot_read_post, alone without the password and in any batch', async () => {
    const other = db.posts.find((p) => !p.password)!;
    for (const query of [`post=${locked().id}`, `post=${other.id},${locked().id}`, `post=${other.id},${locked().id}&password=${locked().password}`]) {
      const { response, body } = await get(`/comments?${query}`);
      expect(response.status).toBe(401);
      expect(body).toMatchObject({ code: 'rest_cannot_read_post', data: { status: 401 } });
    }
    const unlocked = await get(`/comments?post=${locked().id}&password=${locked().password}`);
    expect(unlocked.response.status).toBe(200);
    expect((unlocked.body as unknown[]).length).toBeGreaterThan(0);
  });

  it('leaves its comments out of an unfiltered list, and the post out of a search', async () => {
    const { body } = await get('/comments?per_page=100');
    expect((body as { post: number }[]).some((c) => c.post === locked().id)).toBe(false);
    // Words from its title and from its hidden text.
    for (const words of ['Marine Expo', 'rate card']) {
      const search = await get(`/posts?search=${encodeURIComponent(words)}`);
      expect((search.body as { id: number }[]).some((p) => p.id === locked().id)).toBe(false);
    }
  });

  it('takes a comment only with the password', async () => {
    const comment = { post: locked().id, author_name: 'Ada', author_email: 'ada@example.com', content: 'See you there' };
    const refused = await post('/comments', comment);
    expect(refused.response.status).toBe(401);
    expect(refused.body).toMatchObject({ code: 'rest_cannot_read_post' });
    expect((await post('/comments', { ...comment, password: locked().password })).response.status).toBe(201);
  });
});
