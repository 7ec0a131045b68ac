import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { referenceTitle } from '../../../test/reference-page';
import { createSeed, remarks } from './create-seed';
import { discussionPostId } from './discussion-post';

describe('the seed', () => {
  const seed = createSeed();
  const reference = seed.posts.find((post) => post.id === 1042)!;

  it('holds the reference article exactly', () => {
    expect(reference.title).toBe(referenceTitle);
    expect(reference.date.slice(0, 10)).toBe('2023-07-05');
    expect(reference.categories.map((id) => seed.categories.find((term) => term.id === id)?.name)).toEqual(['Global Onsite Activity']);
    expect(seed.comments.filter((comment) => comment.post === reference.id)).toEqual([]);
    expect(reference.content).toContain(
      '<p>Recently, after meeting with Japanese politicians and companies, Thierry Breton, head of the EU industry, announced the signing of a memorandum of understanding with Japan',
    );
    expect(reference.content).toContain('the two sides will have more in-depth talks in Brussels, Belgium, in the first half of next year.</p>');
    expect(reference.content).toContain('<figcaption class="wp-element-caption">Thierry Breton</figcaption>');
    expect(reference.content).toContain('<span lang="ja">こうのたろう</span>');
  });

  it('puts the reference article on the first page of the latest news', () => {
    const newer = seed.posts.filter((post) => post.date_gmt > reference.date_gmt);
    expect(newer.length).toBeLessThan(10);
  });

  it('has 40+ more articles over several categories and tags, with and without images and comments', () => {
    expect(seed.posts.length).toBeGreaterThanOrEqual(41);
    for (const category of seed.categories) expect(seed.posts.some((post) => post.categories.includes(category.id))).toBe(true);
    expect(new Set(seed.posts.flatMap((post) => post.tags)).size).toBeGreaterThanOrEqual(6);
    expect(seed.posts.filter((post) => post.featured_media > 0).length).toBeGreaterThan(10);
    expect(seed.posts.filter((post) => post.featured_media === 0).length).toBeGreaterThan(10);
    expect(seed.comments.some((comment) => comment.parent > 0)).toBe(true);
    expect(seed.posts.some((post) => post.comment_status === 'closed')).toBe(true);
    expect(new Set(seed.posts.map((post) => post.slug)).size).toBe(seed.posts.length);
    expect(new Set(seed.posts.map((post) => post.date)).size).toBe(seed.posts.length);
  });

  it('only refers to things that exist', () => {
    const mediaIds = new Set(seed.media.map((media) => media.id));
    for (const post of seed.posts) if (post.featured_media) expect(mediaIds.has(post.featured_media)).toBe(true);
    for (const comment of seed.comments) {
      // A comment belongs to a post or to a page: WordPress keeps both in one table.
      expect([...seed.posts, ...seed.pages].some((post) => post.id === comment.post)).toBe(true);
      if (comment.parent) expect(seed.comments.find((parent) => parent.id === comment.parent)?.post).toBe(comment.post);
    }
    for (const media of seed.media) {
      for (const size of Object.values(media.sizes)) expect(existsSync(join(process.cwd(), 'public', size.source_url))).toBe(true);
    }
  });

  it('is the same on every call, and each call is independent', () => {
    const again = createSeed();
    expect(again.posts).toEqual(seed.posts);
    expect(again.comments).toEqual(seed.comments);
    again.posts[0]!.title = 'changed';
    again.subscribers.add('new@example.com');
    expect(createSeed().posts[0]!.title).not.toBe('changed');
    expect(createSeed().subscribers.has('new@example.com')).toBe(false);
  });

  it('threads replies under the comment they answer, dated after it', () => {
    const seed = createSeed();
    const replies = seed.comments.filter((comment) => comment.parent > 0);
    expect(replies.length).toBeGreaterThan(2);
    const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();
    for (const reply of replies) {
      const parent = seed.comments.find((comment) => comment.id === reply.parent)!;
      expect(reply.date_gmt > parent.date_gmt).toBe(true);
      // The discussion post's long exchange is written out in full (discussion-post.ts).
      if (reply.post === discussionPostId) continue;
      if (reply.author_name === 'EMAC Service Desk') {
        // The desk's answer is the one for that very remark.
        expect(parent.author_name).not.toBe('EMAC Service Desk');
        expect(remarks.find(([remark]) => remark === text(parent.content))?.[1]).toBe(text(reply.content));
      } else {
        // Under the desk's answer, the reader it answered.
        const question = seed.comments.find((comment) => comment.id === parent.parent);
        expect(reply.author_name).toBe(question?.author_name);
      }
    }
  });
});
