/**
 * A reader built for another origin reads the site across origins: WordPress
 * must let it send its requests and read the paging headers.
 */
import { knownDifferences } from '../known-differences';

const readerOrigin = 'https://news-reader.example';

describe('CORS for a reader on another origin', () => {
  void knownDifferences.cors;

  it('lets the reader read a list and its paging headers', async () => {
    const response = await fetch(`${process.env.WORDPRESS_URL}/wp-json/wp/v2/posts?per_page=1`, { headers: { Origin: readerOrigin, Accept: 'application/json' } });
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(readerOrigin);
    const exposed = (response.headers.get('Access-Control-Expose-Headers') ?? '').split(',').map((name) => name.trim().toLowerCase());
    expect(exposed).toEqual(expect.arrayContaining(['x-wp-total', 'x-wp-totalpages']));
  });

  it('allows the preflight of a JSON comment', async () => {
    const response = await fetch(`${process.env.WORDPRESS_URL}/wp-json/wp/v2/comments`, {
      method: 'OPTIONS',
      headers: { Origin: readerOrigin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(response.ok).toBe(true);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe(readerOrigin);
    expect(response.headers.get('Access-Control-Allow-Methods')).toMatch(/\bPOST\b/);
    expect(response.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('content-type');
  });
});
