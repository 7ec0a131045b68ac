import { render } from '@testing-library/react';
import * as v from 'valibot';
import { postSchema, toArticle } from '../api/post-schema';
import { ArticleImage } from './article-image';

const uploads = 'https://news.example/wp-content/uploads/2023/07';

/** A post as WordPress sends it, its featured image's sizes with or without `sources` (Modern Image Formats, or the build's copies). */
function imageOf(webp: (file: string) => object | undefined) {
  const size = (file: string, width: number, height: number) => ({ source_url: `${uploads}/${file}`, width, height, ...(webp(file) ? { sources: { 'image/webp': webp(file) } } : {}) });
  const post = v.parse(postSchema, {
    id: 1,
    date: '2023-07-05T09:30:00',
    slug: 'cranes',
    link: 'https://news.example/cranes/',
    title: { rendered: 'Cranes' },
    categories: [],
    tags: [],
    _embedded: {
      'wp:featuredmedia': [
        {
          source_url: `${uploads}/cranes.jpg`,
          alt_text: 'Cranes at dusk',
          media_details: {
            width: 1600,
            height: 900,
            ...(webp('cranes.jpg') ? { sources: { 'image/webp': webp('cranes.jpg') } } : {}),
            sizes: { medium: size('cranes-300x169.jpg', 300, 169), medium_large: size('cranes-768x432.jpg', 768, 432) },
          },
        },
      ],
    },
  });
  return toArticle(post).image!;
}

it('offers the WebP of every size first, and keeps the JPEG for a browser without WebP', () => {
  const { container } = render(<ArticleImage image={imageOf((file) => ({ file: `${file}.webp`, filesize: 100 }))} sizes="100vw" />);
  const source = container.querySelector('picture > source[type="image/webp"]');
  expect(source?.getAttribute('srcset')).toBe(`${uploads}/cranes-300x169.jpg.webp 300w, ${uploads}/cranes-768x432.jpg.webp 768w, ${uploads}/cranes.jpg.webp 1600w`);
  expect(source?.getAttribute('sizes')).toBe('100vw');
  const img = container.querySelector('picture > img');
  expect(img?.getAttribute('src')).toBe(`${uploads}/cranes-768x432.jpg`);
  expect(img?.getAttribute('srcset')).toContain(`${uploads}/cranes-300x169.jpg 300w`);
  expect(img?.getAttribute('alt')).toBe('Cranes at dusk');
});

it('is a plain picture when a size has no WebP, or names one that is not a file beside it', () => {
  for (const webp of [(file: string) => (file.startsWith('cranes-300') ? undefined : { file: `${file}.webp` }), (file: string) => ({ file: `../../${file}.webp` })]) {
    const { container, unmount } = render(<ArticleImage image={imageOf(webp)} sizes="100vw" />);
    expect(container.querySelector('picture')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('srcset')).toContain('cranes-300x169.jpg 300w');
    unmount();
  }
});

it('is a plain picture, the post whole, when WordPress sends no formats as PHP’s empty list or in a shape of its own', () => {
  for (const sources of [[], { 'image/webp': { filesize: 10 } }, 'webp']) {
    const image = imageOf(() => sources as object);
    expect(image.alt).toBe('Cranes at dusk');
    const { container, unmount } = render(<ArticleImage image={image} sizes="100vw" />);
    expect(container.querySelector('picture')).toBeNull();
    expect(container.querySelector('img')?.getAttribute('srcset')).toContain('cranes-768x432.jpg 768w');
    unmount();
  }
});
