/**
 * WordPress's pictures copied into the build (scripts/media/mirror-media.mjs),
 * downloaded from a WordPress that MSW plays here: which URLs are copied, what
 * the pages are then rendered with, and what a second build downloads again.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { http, HttpResponse } from 'msw';
import { server } from '@/mocks/node';
import { mirrorMedia } from '../scripts/media/mirror-media.mjs';

const wordpress = 'https://wp.example';
const siteUrl = 'https://news.example';
let dir: string;
let outDir: string;
let cacheDir: string;
let asked: string[];
let missing: Set<string>;

/** The bytes WordPress sends for a picture: its own path, so a copy can be told from another. */
const bytesOf = (path: string) => `picture ${path}`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reader-mirror-'));
  outDir = join(dir, 'out');
  cacheDir = join(dir, 'cache');
  mkdirSync(outDir);
  asked = [];
  missing = new Set();
  server.use(
    http.get(`${wordpress}/*`, ({ request }) => {
      const { pathname } = new URL(request.url);
      asked.push(pathname);
      if (missing.has(pathname)) return HttpResponse.text('<!doctype html><title>Not found</title>', { status: 404, headers: { 'Content-Type': 'text/html' } });
      return new HttpResponse(bytesOf(pathname), { headers: { 'Content-Type': 'image/jpeg' } });
    }),
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const uploads = `${wordpress}/wp-content/uploads/2023/07`;

/** A snapshot as WordPress sends it: a featured image with its sizes, pictures in the content, a share image. */
function snapshot(content = '') {
  return {
    posts: [
      {
        id: 1,
        content: {
          rendered:
            `<figure><img src="${uploads}/cranes-1024x576.jpg" srcset="${uploads}/cranes-1024x576.jpg 1024w, ${uploads}/cranes-300x169.jpg 300w" alt=""></figure>` +
            `<div class="wp-block-cover" style="background-image:url(${uploads}/cover.png)"></div>` +
            `<a href="${uploads}/plan.pdf">Plan</a><img src="${uploads}/logo.svg" alt=""><img src="${uploads}/resized.jpg?w=300" alt="">` +
            `<img src="https://elsewhere.example/wp-content/uploads/other.jpg" alt="">` +
            content,
        },
        _embedded: { 'wp:featuredmedia': [{ source_url: `${uploads}/cranes.jpg`, media_details: { sizes: { medium: { source_url: `${uploads}/cranes-300x169.jpg` } } } }] },
        yoast_head_json: { og_image: [{ url: `${uploads}/cranes.jpg` }] },
      },
    ],
  };
}

const mirror = <T,>(data: T, options: Partial<Parameters<typeof mirrorMedia>[1]> = {}) =>
  mirrorMedia(data, { wordpressOrigin: wordpress, siteUrl, outDir, cacheDir, ...options });

it('copies every picture on WordPress’s origin into the build at its path, and names the copies in what the pages render', async () => {
  const { snapshot: shown, report, files } = await mirror(snapshot());
  const text = JSON.stringify(shown);
  for (const name of ['cranes.jpg', 'cranes-1024x576.jpg', 'cranes-300x169.jpg', 'cover.png']) {
    expect(readFileSync(join(outDir, 'wp-content/uploads/2023/07', name), 'utf8')).toBe(bytesOf(`/wp-content/uploads/2023/07/${name}`));
    expect(text).toContain(`${siteUrl}/wp-content/uploads/2023/07/${name}`);
  }
  expect(text).not.toMatch(/https:\/\/wp\.example\/wp-content\/uploads\/2023\/07\/(cranes|cover)/);
  // A srcset keeps its widths, a cover its url(), the share image its place.
  expect(shown.posts[0]!.content.rendered).toContain(`${siteUrl}/wp-content/uploads/2023/07/cranes-300x169.jpg 300w`);
  expect(shown.posts[0]!.content.rendered).toContain(`url(${siteUrl}/wp-content/uploads/2023/07/cover.png)`);
  expect(shown.posts[0]!.yoast_head_json.og_image[0]!.url).toBe(`${siteUrl}/wp-content/uploads/2023/07/cranes.jpg`);
  // Not a picture, not a file (a query), an SVG, or not WordPress's: left as it was, not asked for.
  for (const kept of [`${uploads}/plan.pdf`, `${uploads}/logo.svg`, `${uploads}/resized.jpg?w=300`, 'https://elsewhere.example/wp-content/uploads/other.jpg']) expect(text).toContain(kept);
  expect(asked.sort()).toEqual(['cover.png', 'cranes-1024x576.jpg', 'cranes-300x169.jpg', 'cranes.jpg'].map((name) => `/wp-content/uploads/2023/07/${name}`));
  expect(report).toMatchObject({ pictures: 4, copied: 4, downloaded: 4, refused: 0, failed: [] });
  // These answers are not real pictures (see the WebP test below): copied as they are, without a WebP.
  expect(report.unconverted).toHaveLength(4);
  expect(files).toHaveLength(4);
});

it('writes a WebP beside each JPEG and PNG it copies, and names it where WordPress’s image formats plugin does', async () => {
  const jpeg = readFileSync('public/media/harbour-cranes-768.jpg');
  server.use(http.get(`${uploads}/:name`, () => new HttpResponse(jpeg, { headers: { 'Content-Type': 'image/jpeg' } })));
  const { snapshot: shown, report, files } = await mirror(snapshot());
  expect(report).toMatchObject({ copied: 4, webp: 4, unconverted: [] });
  const webp = readFileSync(join(outDir, 'wp-content/uploads/2023/07/cranes-300x169.jpg.webp'));
  expect(webp.subarray(0, 4).toString()).toBe('RIFF');
  expect(webp.subarray(8, 12).toString()).toBe('WEBP');
  expect(webp.length).toBeLessThan(jpeg.length);
  expect(files).toContain('wp-content/uploads/2023/07/cranes-300x169.jpg.webp');
  const media = shown.posts[0]!._embedded['wp:featuredmedia'][0]!;
  expect(media.media_details.sizes.medium).toMatchObject({
    source_url: `${siteUrl}/wp-content/uploads/2023/07/cranes-300x169.jpg`,
    sources: { 'image/webp': { file: 'cranes-300x169.jpg.webp', filesize: webp.length } },
  });
  expect((media.media_details as { sources?: object }).sources).toEqual({ 'image/webp': { file: 'cranes.jpg.webp', filesize: expect.any(Number) } });
});

it('keeps WordPress’s URL for a picture it could not download, and says which', async () => {
  missing.add('/wp-content/uploads/2023/07/cover.png');
  const { snapshot: shown, report } = await mirror(snapshot());
  expect(shown.posts[0]!.content.rendered).toContain(`url(${uploads}/cover.png)`);
  expect(existsSync(join(outDir, 'wp-content/uploads/2023/07/cover.png'))).toBe(false);
  expect(report.failed).toEqual([`${uploads}/cover.png: HTTP 404`]);
  expect(report.copied).toBe(3);
});

it('keeps WordPress’s URL for an answer that is not a picture', async () => {
  server.use(http.get(`${uploads}/cover.png`, () => HttpResponse.text('<!doctype html><p>Log in</p>', { headers: { 'Content-Type': 'text/html' } })));
  const { snapshot: shown, report } = await mirror(snapshot());
  expect(shown.posts[0]!.content.rendered).toContain(`url(${uploads}/cover.png)`);
  expect(report.failed).toEqual([`${uploads}/cover.png: not a picture (text/html)`]);
});

it('downloads a picture once: a later build places the cached copy, and drops what no page shows any more', async () => {
  const first = await mirror(snapshot());
  asked = [];
  // The next build starts from this one's output; the post lost its cover and gained a picture.
  const next = snapshot(`<img src="${uploads}/new.webp" alt="">`);
  next.posts[0]!.content.rendered = next.posts[0]!.content.rendered.replace(/<div class="wp-block-cover"[^>]*><\/div>/, '');
  const second = await mirror(next, { previousFiles: first.files });
  expect(asked).toEqual(['/wp-content/uploads/2023/07/new.webp']);
  expect(second.report).toMatchObject({ pictures: 4, copied: 4, downloaded: 1 });
  expect(existsSync(join(outDir, 'wp-content/uploads/2023/07/cover.png'))).toBe(false);
  expect(existsSync(join(cacheDir, 'wp-content/uploads/2023/07/cover.png'))).toBe(false);
  expect(readFileSync(join(outDir, 'wp-content/uploads/2023/07/cranes.jpg'), 'utf8')).toBe(bytesOf('/wp-content/uploads/2023/07/cranes.jpg'));
  // A full build downloads every picture again (one replaced at the same URL).
  asked = [];
  await mirror(next, { previousFiles: second.files, fresh: true });
  expect(asked).toHaveLength(4);
});

it('never writes outside the build, nor over a file of the reader’s own', async () => {
  writeFileSync(join(outDir, 'og-default.jpg'), 'the reader’s own');
  const hostile = `<img src="${wordpress}/wp-content/uploads/%2e%2e/%2e%2e/%2e%2e/escaped.jpg" alt=""><img src="${wordpress}/og-default.jpg" alt="">`;
  const { snapshot: shown, report } = await mirror({ posts: [{ id: 2, content: { rendered: hostile } }] });
  expect(existsSync(join(dir, 'escaped.jpg'))).toBe(false);
  expect(readFileSync(join(outDir, 'og-default.jpg'), 'utf8')).toBe('the reader’s own');
  expect(shown.posts[0]!.content.rendered).toBe(hostile);
  expect(report).toMatchObject({ pictures: 1, copied: 0, refused: 1 });
  expect(asked).toEqual([]);
});
