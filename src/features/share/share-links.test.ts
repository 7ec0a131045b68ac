import { shareUrl } from './share-links';

const article = {
  url: 'https://news.example.com/news/q-and-a?ref=home&lang=en',
  title: 'Q&A #3? 50% “quotes” & émoji 🚢',
  imageUrl: 'https://news.example.com/media/pic 1.jpg',
};

describe('share links', () => {
  it('builds Pinterest’s Pin It link with the page, the picture and the title', () => {
    expect(shareUrl('pinterest', article)).toBe(
      'https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fnews.example.com%2Fnews%2Fq-and-a%3Fref%3Dhome%26lang%3Den&media=https%3A%2F%2Fnews.example.com%2Fmedia%2Fpic%201.jpg&description=Q%26A%20%233%3F%2050%25%20%E2%80%9Cquotes%E2%80%9D%20%26%20%C3%A9moji%20%F0%9F%9A%A2',
    );
  });

  it('leaves the picture out of Pin It when there is none', () => {
    expect(shareUrl('pinterest', { ...article, imageUrl: null })).not.toContain('media=');
  });

  it('builds Facebook, X, LinkedIn, WhatsApp and email links', () => {
    const encodedUrl = 'https%3A%2F%2Fnews.example.com%2Fnews%2Fq-and-a%3Fref%3Dhome%26lang%3Den';
    const encodedTitle = 'Q%26A%20%233%3F%2050%25%20%E2%80%9Cquotes%E2%80%9D%20%26%20%C3%A9moji%20%F0%9F%9A%A2';
    expect(shareUrl('facebook', article)).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`);
    expect(shareUrl('x', article)).toBe(`https://x.com/intent/post?url=${encodedUrl}&text=${encodedTitle}`);
    expect(shareUrl('linkedin', article)).toBe(`https://www.linkedin.com/sharing/share-offsite/?url=${encodedUrl}`);
    expect(shareUrl('whatsapp', article)).toBe(`https://wa.me/?text=${encodedTitle}%20${encodedUrl}`);
    expect(shareUrl('email', article)).toBe(`mailto:?subject=${encodedTitle}&body=${encodedTitle}%0A%0A${encodedUrl}`);
  });

  it('round-trips: the service reads back exactly what was shared', () => {
    const params = new URL(shareUrl('x', article)).searchParams;
    expect(params.get('text')).toBe(article.title);
    expect(params.get('url')).toBe(article.url);
  });
});
