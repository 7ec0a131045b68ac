export interface MirrorOptions {
  /** WordPress's origin: only pictures there are copied. */
  wordpressOrigin: string;
  /** The reader's public address: the copies' URLs are on it. */
  siteUrl: string;
  /** The build's output folder. */
  outDir: string;
  /** Where the downloaded pictures are kept between builds. */
  cacheDir: string;
  /** The files (relative to outDir, with `/`) the last build placed, taken out first. */
  previousFiles?: readonly string[];
  /** Download every picture again, cached or not. */
  fresh?: boolean;
  fetch?: typeof fetch;
  concurrency?: number;
}

export interface MirrorReport {
  pictures: number;
  copied: number;
  downloaded: number;
  /** Pictures whose path is a file of the reader's own. */
  refused: number;
  /** `<url>: <why>` for each picture that could not be downloaded. */
  failed: string[];
  /** JPEGs and PNGs that got a WebP beside them. */
  webp: number;
  /** `<url>: <why>` for each JPEG or PNG copied without one. */
  unconverted: string[];
}

export function escapeRegExp(text: string): string;
export function picturesIn(text: string, wordpressOrigin: string): { found: Map<string, { path: string; file: string }>; address: RegExp };
export function mirrorMedia<T>(snapshot: T, options: MirrorOptions): Promise<{ snapshot: T; report: MirrorReport; files: string[]; rewrite: (json: string) => string }>;
