/**
 * WordPress's own block stylesheets for a build without a WordPress (the
 * mock): the published `@wordpress/block-library` tarball, fetched with
 * `npm pack` at a pinned version, checked against its integrity hash and kept
 * in node_modules/.cache. Only the tarball is fetched, not its hundreds of
 * dependencies, and only its `build-style/` folder is unpacked. Nothing of it
 * is copied into the repository.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The release whose CSS the mock's pages get (Gutenberg 10.5 ≈ WordPress 6.8's blocks). */
export const blockLibrary = {
  name: '@wordpress/block-library',
  version: '10.5.0',
  integrity: 'sha512-+zpSxYNHitzBboMdziL/lS9oc1r0VaEiz1EPZCYWqJk6iRINNGYuv0FKCgO87dmeL/rQ2dBvuVsTzpcFERb/Lg==',
};

const root = resolve(import.meta.dirname, '..', '..');
const cacheDir = join(root, 'node_modules', '.cache', `wp-block-library-${blockLibrary.version}`);

let unpacked;

/** The unpacked `build-style/` folder of the pinned release, fetched on first use. */
export function blockLibraryStyles() {
  unpacked ??= unpack();
  return unpacked;
}

function unpack() {
  const styles = join(cacheDir, 'package', 'build-style');
  if (existsSync(join(styles, 'common.css'))) return styles;
  const work = mkdtempSync(join(tmpdir(), 'wp-block-library-'));
  try {
    const packed = JSON.parse(
      execFileSync('npm', ['pack', `${blockLibrary.name}@${blockLibrary.version}`, '--json', '--pack-destination', work], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
    );
    const tarball = join(work, packed[0].filename);
    const [algorithm, expected] = blockLibrary.integrity.split('-');
    const actual = createHash(algorithm).update(readFileSync(tarball)).digest('base64');
    if (actual !== expected) throw new Error(`${blockLibrary.name}@${blockLibrary.version}: the tarball's ${algorithm} is ${actual}, not the pinned ${expected}`);
    const extracted = join(work, 'out');
    mkdirSync(extracted);
    execFileSync('tar', ['-xzf', tarball, '-C', extracted, 'package/build-style', 'package/package.json']);
    rmSync(cacheDir, { recursive: true, force: true });
    mkdirSync(join(cacheDir, '..'), { recursive: true });
    renameSync(extracted, cacheDir);
    return styles;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The block names the release has a front-end stylesheet for. */
export function blockLibraryNames() {
  const styles = blockLibraryStyles();
  return readdirSync(styles, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(styles, entry.name, 'style.css')))
    .map((entry) => entry.name);
}
