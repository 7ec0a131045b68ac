import { exampleSite } from './example-site';
import { plainDescription } from './head-model';
import { absoluteFileUrl, shareImage } from './share-image';

const site = exampleSite();
const size = (width: number) => ({ url: `https://wp.example.com/a-${width}.jpg`, width, height: Math.round((width * 9) / 16) });

describe('the share picture', () => {
  it('is the widest size up to 1200 px', () => {
    const picture = { ...size(2400), alt: 'A pump', sources: [size(300), size(768), size(1024), size(1536), size(2400)] };
    expect(shareImage(picture, 'Title', site)).toEqual({ url: 'https://wp.example.com/a-1024.jpg', width: 1024, height: 576, alt: 'A pump' });
  });

  it('is the narrowest larger one when every size is wider, and never one under 200 px', () => {
    expect(shareImage({ ...size(2400), alt: '', sources: [size(150), size(1600), size(2400)] }, 'Title', site)).toMatchObject({ width: 1600, alt: 'Title' });
    expect(shareImage({ ...size(150), alt: '', sources: [size(150)] }, 'Title', site)).toBe(site.defaultImage);
    expect(shareImage(null, 'Title', site)).toBe(site.defaultImage);
  });

  it('is absolute: relative paths on the reader, the mock’s files on the reader’s address', () => {
    expect(absoluteFileUrl('/media/a.jpg', site)).toBe('https://news.example.com/media/a.jpg');
    expect(absoluteFileUrl('https://wp.example.com/wp-content/a.jpg', site)).toBe('https://wp.example.com/wp-content/a.jpg');
    const mock = { ...site, wordpressOrigin: 'http://localhost:5173', wordpressIsReader: true };
    expect(absoluteFileUrl('http://localhost:5173/media/a.jpg', mock)).toBe('https://news.example.com/media/a.jpg');
  });
});

describe('plainDescription', () => {
  it('keeps a short text and cuts a long one at a word, within 160 characters', () => {
    expect(plainDescription('  Short\n text. ')).toBe('Short text.');
    const long = 'Word '.repeat(60);
    const cut = plainDescription(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toMatch(/Word…$/);
  });
});
