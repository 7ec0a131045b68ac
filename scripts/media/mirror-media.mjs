/**
 * WordPress's pictures, served by the reader itself: every picture a built
 * page can show (a featured image and its sizes, a picture in a post's or
 * page's content, a cover's background, a share image) is copied into the
 * build at the path it has on WordPress (`/wp-content/uploads/2023/07/…`),
 * and the pages are rendered from a snapshot whose picture URLs name the
 * reader's copy. So a prerendered page keeps its pictures when WordPress is
 * down, as it keeps its text, and asks WordPress for nothing at all.
 *
 * Only pictures (JPEG, PNG, GIF, WebP, AVIF) on WordPress's own origin, with no
 * query: an SVG could run script on the reader's origin, a video or a PDF is
 * not worth a copy per build, and a URL with a query is a service's (a resizer)
 * rather than a file. A picture that cannot be downloaded, or whose path is a
 * file of the reader's own, keeps WordPress's URL (the build says how many),
 * so a build never fails for one.
 *
 * Each picture is downloaded once: the copies are kept in a cache folder of the
 * output's (hard-linked into the build, so they cost no disk twice) and a later
 * build downloads only pictures it has not seen; `fresh` downloads all again
 * (a full build, for a picture replaced at the same URL). Pictures no page
 * shows any more leave the cache and the build.
 */
import { existsSync, copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

const picture = /\.(?:jpe?g|png|gif|webp|avif)$/i;
/** Characters of a URL path, as a regex class's body; a match ends where none follows (a quote, a space, a srcset's comma, a bracket). */
const pathChars = 'A-Za-z0-9._~%/+@!$*=:\\-';

/** A text as a regular expression that matches it literally. */
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A URL path's file under a folder, as segments joined for this system; null when it would leave the folder. */
function diskPath(path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path.slice(1));
  } catch {
    return null;
  }
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\') || segment.includes('\0'))) return null;
  return segments.join(sep);
}

/** Every URL of a picture on WordPress's origin the text names, once each, with its path and file. */
export function picturesIn(text, wordpressOrigin) {
  const address = new RegExp(`${escapeRegExp(wordpressOrigin)}(/[${pathChars}]*)(?![${pathChars}?#])`, 'g');
  const found = new Map();
  for (const [url, path] of text.matchAll(address)) {
    if (!picture.test(path) || found.has(url)) continue;
    const file = diskPath(path);
    if (file) found.set(url, { path, file });
  }
  return { found, address };
}

/** sharp, the standard image library of Node, when it can load here (a build without it copies pictures as they are). */
const sharpLoaded = import('sharp').then((module) => module.default).catch(() => null);

/** A JPEG's or PNG's WebP, written whole or not at all; its size in bytes. */
async function writeWebp(from, into) {
  const sharp = await sharpLoaded;
  if (!sharp) throw new Error('sharp is not available');
  const partial = `${into}.${process.pid}.partial`;
  const { size } = await sharp(from).webp({ quality: 80 }).toFile(partial);
  renameSync(partial, into);
  return size;
}

async function download(url, into, fetchImpl) {
  const response = await fetchImpl(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('image/')) throw new Error(`not a picture (${type || 'no type'})`);
  const bytes = Buffer.from(await response.arrayBuffer());
  mkdirSync(dirname(into), { recursive: true });
  // Whole or not at all: a new file, renamed over the old, so a link to the old one never changes.
  const partial = `${into}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, into);
}

function place(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function filesUnder(dir) {
  const files = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(full);
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

const convertible = /\.(?:jpe?g|png)$/i;

/**
 * Names the WebP of each size of every media object (a post's featured image) where WordPress's
 * Modern Image Formats plugin would, in `sources['image/webp']` beside its `source_url` (and the
 * original's in `media_details.sources`), so the reader reads the build's WebP and a site's own alike.
 */
function withWebpSources(value, webps) {
  const annotate = (sources, url) => ({ ...(sources && typeof sources === 'object' ? sources : {}), 'image/webp': webps.get(url) });
  const walk = (node) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const details = node.media_details;
      if (details && typeof details === 'object' && typeof node.source_url === 'string') {
        if (webps.has(node.source_url)) details.sources = annotate(details.sources, node.source_url);
        for (const size of Object.values(details.sizes ?? {})) {
          if (size && typeof size.source_url === 'string' && webps.has(size.source_url)) size.sources = annotate(size.sources, size.source_url);
        }
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(value);
  return value;
}

/**
 * Copies the snapshot's pictures into `outDir` and returns the snapshot with
 * their URLs on `siteUrl`, what it did (for the build's log), the files it
 * placed (for the next build, which takes them out first: `previousFiles`),
 * and `rewrite`, which does the same to any other JSON text (WordPress's answers
 * to a live build).
 */
export async function mirrorMedia(snapshot, { wordpressOrigin, siteUrl, outDir, cacheDir, previousFiles = [], fresh = false, fetch: fetchImpl = fetch, concurrency = 6 }) {
  const text = JSON.stringify(snapshot);
  const { found, address } = picturesIn(text, wordpressOrigin);
  // The last build's copies go (a build that copied the last one's output has them); this build's are placed again.
  for (const file of previousFiles) rmSync(join(outDir, file), { force: true });
  const mirrored = new Map();
  /** The WebP made of each copied picture, by its URL on WordPress: `{ file, filesize }`. */
  const webps = new Map();
  const unconverted = [];
  const placed = [];
  const failed = [];
  let downloaded = 0;
  let refused = 0;
  const queue = [...found];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [url, { path, file }] = next;
      const into = join(outDir, file);
      // Never over a file of the reader's own (a page, its data, a picture it ships).
      if (existsSync(into)) {
        refused += 1;
        continue;
      }
      const cached = join(cacheDir, file);
      try {
        if (fresh || !existsSync(cached)) {
          await download(url, cached, fetchImpl);
          downloaded += 1;
        }
        place(cached, into);
        mirrored.set(url, new URL(path, siteUrl).href);
        placed.push(file.split(sep).join('/'));
      } catch (error) {
        failed.push(`${url}: ${error instanceof Error ? error.message : error}`);
        continue;
      }
      // Beside a JPEG or PNG, its WebP (a third of the bytes of a photo), which the reader offers first.
      const webpFile = `${file}.webp`;
      if (!convertible.test(file) || existsSync(join(outDir, webpFile))) continue;
      try {
        const cachedWebp = join(cacheDir, webpFile);
        const size = fresh || !existsSync(cachedWebp) ? await writeWebp(cached, cachedWebp) : statSync(cachedWebp).size;
        place(cachedWebp, join(outDir, webpFile));
        placed.push(webpFile.split(sep).join('/'));
        webps.set(url, { file: basename(webpFile), filesize: size });
      } catch (error) {
        unconverted.push(`${url}: ${error instanceof Error ? error.message : error}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, found.size) }, worker));

  // The cache keeps what this build shows, nothing else.
  const kept = new Set([...found.values()].flatMap(({ file }) => [join(cacheDir, file), join(cacheDir, `${file}.webp`)]));
  for (const file of filesUnder(cacheDir)) if (!kept.has(file)) rmSync(file, { force: true });

  const rewrite = (json) => JSON.stringify(withWebpSources(JSON.parse(json), webps)).replace(address, (url) => mirrored.get(url) ?? url);
  return {
    snapshot: JSON.parse(rewrite(text)),
    report: { pictures: found.size, copied: mirrored.size, downloaded, refused, failed, webp: webps.size, unconverted },
    files: placed.sort(),
    rewrite,
  };
}
